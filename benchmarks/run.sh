#!/usr/bin/env bash
# Builds the JMH jar and runs every benchmark with short settings (about 10 minutes on 2 cores),
# writing benchmarks/RESULTS.md. `benchmarks/run.sh --smoke` tries the whole chain in about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -Pbenchmarks,benchmarks-jar -DskipTests package
java -Xms1g -Xmx8g -cp benchmarks/target/benchmarks.jar \
  io.github.dicoso.benchmarks.RunBenchmarks "$@"
