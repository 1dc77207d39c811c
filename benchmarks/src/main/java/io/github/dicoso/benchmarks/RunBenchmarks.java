package io.github.dicoso.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with short settings, measures the memory retained per officer-year, and
 * writes the results table (Markdown). Used by {@code benchmarks/run.sh}.
 *
 * <p>Arguments: optionally the Markdown file to write (default {@code benchmarks/RESULTS.md}), and
 * {@code --smoke} for a seconds-long run of the smallest size only, to try the chain (written to
 * {@code benchmarks/target/RESULTS-smoke.md} unless a file is named).
 */
public final class RunBenchmarks {
  private static final String CLASS = PopulationBenchmarks.class.getName();
  private static final int MEMORY_SIZE = 10_000;

  /**
   * One JMH run: the benchmarks it includes, the sizes it runs them at, and why sizes are left out.
   */
  private record Group(List<String> benchmarks, List<Integer> sizes, int warmups, String skipped) {}

  /** One measured benchmark at one size. */
  private record Row(
      String benchmark,
      int size,
      int visits,
      double opsPerSecond,
      double error,
      double allocatedPerOp,
      double gcShare) {
    double officerYearsPerSecond() {
      return opsPerSecond * size;
    }

    double visitsPerSecond() {
      return opsPerSecond * visits;
    }

    double nanosPerOfficerYear() {
      return 1e9 / officerYearsPerSecond();
    }
  }

  private RunBenchmarks() {}

  /** Runs the benchmarks and writes the table; see the class comment for the arguments. */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean smoke = List.of(args).contains("--smoke");
    Path out =
        Path.of(
            args.length > 0 && !args[0].startsWith("--")
                ? args[0]
                : smoke ? "benchmarks/target/RESULTS-smoke.md" : "benchmarks/RESULTS.md");
    List<Group> groups = smoke ? smokeGroups() : groups();

    String loadBefore = loadAverage();
    Instant start = Instant.now();
    List<Row> rows = new ArrayList<>();
    for (Group group : groups) {
      rows.addAll(run(group, smoke));
    }
    Map<String, Double> retained = new LinkedHashMap<>();
    int memorySize = smoke ? 1_000 : MEMORY_SIZE;
    for (Map.Entry<String, RetainedMemory.Subject> subject : RetainedMemory.subjects().entrySet()) {
      retained.put(
          subject.getKey(), RetainedMemory.bytesPerOfficerYear(subject.getValue(), memorySize));
    }
    Map<String, Double> cpu = CpuTime.perOfficerYear(memorySize, smoke ? 2 : 8);
    String loadAfter = loadAverage();
    long seconds = ChronoUnit.SECONDS.between(start, Instant.now());

    List<String> order =
        List.of(
            "limit",
            "ledger",
            "evaluate",
            "evaluateStreaming",
            "compare",
            "streams",
            "sqlDuckDb",
            "sqlH2");
    rows.sort(
        java.util.Comparator.comparingInt((Row r) -> order.indexOf(r.benchmark()))
            .thenComparingInt(Row::size));
    String table =
        Report.markdown(
            rows, retained, cpu, memorySize, groups, loadBefore, loadAfter, seconds, smoke);
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println(table);
  }

  /** What the full run measures; see RESULTS.md for what is skipped and why. */
  static List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    groups.add(
        new Group(
            existing("limit", "ledger", "streams", "sqlDuckDb"),
            List.of(1_000, 10_000, 100_000),
            1,
            ""));
    // the evaluator is much more code: one 2-second warm-up leaves it partly interpreted at 1,000
    groups.add(
        new Group(
            existing("evaluate", "evaluateStreaming"), List.of(1_000, 10_000, 100_000), 2, ""));
    List<String> compare = existing("compare");
    if (!compare.isEmpty()) {
      groups.add(
          new Group(
              compare,
              List.of(1_000, 10_000),
              2,
              "not run at 100,000 officers: one operation (three policies, and the re-evaluations that explain"
                  + " each status change) takes over a minute there, past the run's 10-minute budget"));
    }
    groups.add(
        new Group(
            List.of("sqlH2"),
            List.of(1_000, 10_000),
            1,
            "not run at 100,000 officers: loading 4 million visits into H2 and querying them takes minutes,"
                + " past the run's 10-minute budget"));
    return groups;
  }

  private static List<Group> smokeGroups() {
    return List.of(
        new Group(
            existing(
                "limit",
                "ledger",
                "streams",
                "sqlDuckDb",
                "sqlH2",
                "evaluate",
                "evaluateStreaming",
                "compare"),
            List.of(1_000),
            1,
            "smoke run: 1,000 officers only"));
  }

  /** The benchmarks among {@code names} that this build has. */
  private static List<String> existing(String... names) {
    List<String> found = new ArrayList<>();
    for (String name : names) {
      for (java.lang.reflect.Method m : PopulationBenchmarks.class.getMethods()) {
        if (m.getName().equals(name)
            && m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)) {
          found.add(name);
        }
      }
    }
    return found;
  }

  private static List<Row> run(Group group, boolean smoke) throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(CLASS + "\\.(" + String.join("|", group.benchmarks()) + ")$")
            .param("size", group.sizes().stream().map(String::valueOf).toArray(String[]::new))
            .mode(Mode.Throughput)
            .timeUnit(TimeUnit.SECONDS)
            .forks(1)
            .warmupIterations(group.warmups())
            .warmupTime(TimeValue.seconds(smoke ? 1 : 2))
            .measurementIterations(smoke ? 1 : 3)
            .measurementTime(TimeValue.seconds(smoke ? 1 : 3))
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true);
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<Integer, Integer> visits = new TreeMap<>();
    List<Row> rows = new ArrayList<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      int size = Integer.parseInt(r.getParams().getParam("size"));
      int visitCount =
          visits.computeIfAbsent(size, s -> Population.generate(s, Population.SEED).visitCount());
      Result<?> primary = r.getPrimaryResult();
      double allocated =
          r.getSecondaryResults().entrySet().stream()
              .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
              .map(e -> e.getValue().getScore())
              .findFirst()
              .orElse(Double.NaN);
      double gcMillis =
          r.getSecondaryResults().entrySet().stream()
              .filter(e -> e.getKey().endsWith("gc.time"))
              .map(e -> e.getValue().getScore())
              .findFirst()
              .orElse(0.0); // JMH reports no gc.time when no collection happened
      long measuredOps =
          r.getBenchmarkResults().stream()
              .flatMap(b -> b.getIterationResults().stream())
              .mapToLong(i -> i.getMetadata().getMeasuredOps())
              .sum();
      // GC pause time per operation, as a share of the operation's time
      double gcShare =
          measuredOps == 0 ? Double.NaN : gcMillis / 1000.0 / measuredOps * primary.getScore();
      rows.add(
          new Row(
              name.substring(name.lastIndexOf('.') + 1),
              size,
              visitCount,
              primary.getScore(),
              primary.getScoreError(),
              allocated,
              gcShare));
    }
    return rows;
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return String.format(
          Locale.ROOT,
          "%.2f (1 min)",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** The Markdown report. */
  static final class Report {
    private Report() {}

    static String markdown(
        List<Row> rows,
        Map<String, Double> retained,
        Map<String, Double> cpu,
        int memorySize,
        List<Group> groups,
        String loadBefore,
        String loadAfter,
        long seconds,
        boolean smoke) {
      StringBuilder md = new StringBuilder();
      md.append("# Benchmark results\n\n");
      if (smoke) {
        md.append(
            "**Smoke run** (seconds-long iterations, smallest size only): not a measurement.\n\n");
      }
      md.append("Written by `benchmarks/run.sh` on ")
          .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
          .append(" in ")
          .append(seconds)
          .append(" s of benchmarking. One operation is one whole population")
          .append(
              " evaluated for one year (2019); throughput mode, 1 fork, 1 or 2 warm-up iterations of 2 s and 3")
          .append(
              " measured iterations of 3 s (an operation longer than that runs to its end). Officer-years/s is")
          .append(
              " populations/s times the officers, visits/s populations/s times the visits. Every alternative")
          .append(" checked in its setup that it")
          .append(" credits each officer exactly the library's days on the same data.\n\n");
      md.append("## What each benchmark computes\n\n");
      md.append("The population (`Population`, seed ")
          .append(Population.SEED)
          .append("): about 40 visits per officer of")
          .append(
              " 1 to 5 days in 2019, overlapping, 15 % half days (some two on one date), 5 % invited only, 8 %")
          .append(
              " unapproved, 5 % without travel order, some running past the year's end; 20 % of officers with")
          .append(
              " partial service, 13 % with a leave (some exempting). The national policy throughout.\n\n");
      md.append(
              "- `limit`: primitive arrays (day offsets, 6-word bit sets per officer for whole days, half days")
          .append(" and days of service); credited days only.\n");
      md.append(
              "- `ledger`: `AccrualRule.ledger` per officer: every credited date with its kinds of work, host")
          .append(
              " levels, host units and visits, and every visit's credited and excluded dates with reasons.\n");
      md.append(
              "- `evaluate`: `Evaluator.evaluateAll` (eligibility, exemptions, requirement, ledger, findings,")
          .append(" status, explanation) then the unit report.\n");
      md.append(
          "- `evaluateStreaming`: the same evaluation of each officer, streamed into"
              + " `UnitReport.collector`, so that no evaluation is held once counted.\n");
      md.append(
              "- `compare`: `VariantComparison` of the national policy with the 30-day-year and host-level-split")
          .append(" presets, with the reasons for each status change.\n");
      md.append(
              "- `streams`: per officer, `HashSet<LocalDate>` of whole-day dates from a stream of the counted")
          .append(" visits, half-day dates grouped to their visits; credited days only.\n");
      md.append(
              "- `sqlDuckDb`, `sqlH2`: the tables loaded once per trial; one query per operation expands the")
          .append(
              " counted visits to dates (DuckDB `generate_series`, H2 a join with a calendar table of the")
          .append(
              " period), keeps dates in service (`EXISTS`), and sums per officer and date 2 for a whole-day")
          .append(
              " visit and 1 for a half-day visit, capped at 2: the library's half-day rule, so the")
          .append(
              " comparison uses the full semantics on the same data. H2's reuse of an unchanged query's")
          .append(" result is switched off.\n\n");
      md.append("## Machine\n\n");
      md.append("| | |\n|---|---|\n");
      md.append("| JVM | ")
          .append(System.getProperty("java.vm.name"))
          .append(' ')
          .append(System.getProperty("java.runtime.version"))
          .append(" (forks: `-Xms2g -Xmx8g`) |\n");
      md.append("| CPU | ").append(cpuModel()).append(" |\n");
      md.append("| nproc | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
      md.append("| memory | ").append(memTotal()).append(" |\n");
      md.append("| load average (1, 5, 15 min) | before: ")
          .append(loadBefore)
          .append("; after: ")
          .append(loadAfter)
          .append(
              " (other builds share this machine; a load above the core count slows every number) |\n\n");

      md.append("## Throughput\n\n");
      md.append(
          "| benchmark | officers | visits | populations/s (± 99.9 %) | officer-years/s | visits/s |"
              + " ns per officer-year | allocated B per officer-year | GC pauses |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (Row r : rows) {
        md.append("| `")
            .append(r.benchmark())
            .append("` | ")
            .append(n(r.size()))
            .append(" | ")
            .append(n(r.visits()))
            .append(" | ")
            .append(sig(r.opsPerSecond()))
            .append(" ± ")
            .append(sig(r.error()))
            .append(" | ")
            .append(n(Math.round(r.officerYearsPerSecond())))
            .append(" | ")
            .append(n(Math.round(r.visitsPerSecond())))
            .append(" | ")
            .append(n(Math.round(r.nanosPerOfficerYear())))
            .append(" | ")
            .append(
                Double.isNaN(r.allocatedPerOp())
                    ? "–"
                    : n(Math.round(r.allocatedPerOp() / r.size())))
            .append(" | ")
            .append(Double.isNaN(r.gcShare()) ? "–" : Math.round(100 * r.gcShare()) + " %")
            .append(" |\n");
      }
      md.append(
              "\nAllocated bytes are JMH's GC profiler (`gc.alloc.rate.norm` per operation, divided by the")
          .append(
              " officers); GC pauses are its `gc.time` per measured operation as a share of the operation's")
          .append(" time (the default G1 collector, which runs on the same 2 cores).\n");
      md.append("\n## Ratios (time per officer-year, A / B; above 1 means A is slower)\n\n");
      List<String[]> ratios =
          List.of(
              new String[] {"ledger", "limit", "≤ 3"},
              new String[] {"evaluate", "limit", "≤ 10"},
              new String[] {"evaluateStreaming", "limit", "≤ 10"},
              new String[] {"compare", "limit", ""},
              new String[] {"sqlDuckDb", "ledger", "≥ 10"},
              new String[] {"sqlH2", "ledger", "≥ 10"},
              new String[] {"streams", "ledger", "> 1"},
              new String[] {"sqlDuckDb", "evaluate", "≥ 10"},
              new String[] {"sqlH2", "evaluate", "≥ 10"},
              new String[] {"streams", "evaluate", "> 1"});
      List<Integer> sizes = rows.stream().map(Row::size).distinct().sorted().toList();
      md.append("| A / B | target |");
      sizes.forEach(s -> md.append(' ').append(n(s)).append(" |"));
      md.append("\n|---|---|");
      sizes.forEach(s -> md.append("---:|"));
      md.append('\n');
      for (String[] ratio : ratios) {
        if (find(rows, ratio[0], sizes.get(0)).isEmpty()
            && sizes.stream().allMatch(s -> find(rows, ratio[0], s).isEmpty())) {
          continue;
        }
        if (sizes.stream().allMatch(s -> find(rows, ratio[1], s).isEmpty())) {
          continue;
        }
        md.append("| ")
            .append(ratio[0])
            .append(" / ")
            .append(ratio[1])
            .append(" | ")
            .append(ratio[2])
            .append(" |");
        for (int s : sizes) {
          Optional<Row> a = find(rows, ratio[0], s);
          Optional<Row> b = find(rows, ratio[1], s);
          if (a.isPresent() && b.isPresent()) {
            double v = a.get().nanosPerOfficerYear() / b.get().nanosPerOfficerYear();
            md.append(' ').append(sig(v)).append(verdict(ratio[2], v)).append(" |");
          } else {
            md.append(" – |");
          }
        }
        md.append('\n');
      }
      md.append(
          "\n## Growth (time per officer-year at the largest size / at 1,000; target ≤ 1.5)\n\n");
      md.append("| benchmark | largest size | ratio |\n|---|---:|---:|\n");
      for (String b : rows.stream().map(Row::benchmark).distinct().toList()) {
        Optional<Row> small = find(rows, b, 1_000);
        Optional<Row> large =
            rows.stream()
                .filter(r -> r.benchmark().equals(b))
                .max((x, y) -> Integer.compare(x.size(), y.size()));
        if (small.isPresent() && large.isPresent() && large.get().size() > small.get().size()) {
          md.append("| `")
              .append(b)
              .append("` | ")
              .append(n(large.get().size()))
              .append(" | ")
              .append(sig(large.get().nanosPerOfficerYear() / small.get().nanosPerOfficerYear()))
              .append(
                  verdict(
                      "≤ 1.5",
                      large.get().nanosPerOfficerYear() / small.get().nanosPerOfficerYear()))
              .append(" |\n");
        }
      }
      md.append("\n## CPU time (load-resistant check of the wall-clock scores)\n\n");
      md.append("CPU time of the measuring thread for one whole population of ")
          .append(n(memorySize))
          .append(
              " officers, best of the runs, per officer-year, in the runner's JVM after the JMH runs;")
          .append(
              " garbage-collector threads are not included, and the SQL engines (which use threads of")
          .append(" their own) are not measured this way.\n\n");
      md.append("| benchmark | CPU ns per officer-year | / limit |\n|---|---:|---:|\n");
      double limitNanos = Objects.requireNonNull(cpu.get("limit"));
      cpu.forEach(
          (k, v) ->
              md.append("| `")
                  .append(k)
                  .append("` | ")
                  .append(n(Math.round(v)))
                  .append(" | ")
                  .append(sig(v / limitNanos))
                  .append(" |\n"));
      md.append("\n## Memory\n\n");
      md.append("Bytes retained per officer-year: heap used after a full GC with the results of ")
          .append(n(memorySize))
          .append(" officers held, minus heap used after a full GC before computing them")
          .append(" (population already in memory), divided by the officers.\n\n");
      md.append("| results held | bytes retained per officer-year |\n|---|---:|\n");
      retained.forEach(
          (k, v) ->
              md.append("| ").append(k).append(" | ").append(n(Math.round(v))).append(" |\n"));
      md.append("\n## What ran at which sizes\n\n");
      for (Group g : groups) {
        md.append("- ")
            .append(
                g.benchmarks().stream().map(b -> "`" + b + "`").collect(Collectors.joining(", ")))
            .append(": ")
            .append(g.sizes().stream().map(Report::n).collect(Collectors.joining(", ")))
            .append(" officers, ")
            .append(g.warmups())
            .append(" warm-up iteration")
            .append(g.warmups() > 1 ? "s" : "")
            .append(g.skipped().isEmpty() ? "" : "; " + g.skipped())
            .append(".\n");
      }
      List<String> all =
          List.of(
              "limit",
              "ledger",
              "streams",
              "sqlDuckDb",
              "sqlH2",
              "evaluate",
              "evaluateStreaming",
              "compare");
      List<String> missing =
          all.stream()
              .filter(b -> groups.stream().noneMatch(g -> g.benchmarks().contains(b)))
              .toList();
      if (!missing.isEmpty()) {
        md.append("- Not built in this version: ").append(String.join(", ", missing)).append(".\n");
      }
      return md.toString();
    }

    /** " (met)" or " (missed)" for a target such as "≤ 3", "≥ 10" or "> 1"; nothing without one. */
    static String verdict(String target, double value) {
      if (target.isEmpty()) {
        return "";
      }
      double bound = Double.parseDouble(target.substring(2).trim());
      boolean met =
          switch (target.charAt(0)) {
            case '≤' -> value <= bound;
            case '≥' -> value >= bound;
            case '>' -> value > bound;
            default -> throw new IllegalArgumentException("target " + target);
          };
      return met ? " (met)" : " (missed)";
    }

    private static Optional<Row> find(List<Row> rows, String benchmark, int size) {
      return rows.stream()
          .filter(r -> r.benchmark().equals(benchmark) && r.size() == size)
          .findFirst();
    }

    static String n(long v) {
      return String.format(Locale.ROOT, "%,d", v);
    }

    static String sig(double v) {
      if (Double.isNaN(v)) {
        return "–";
      }
      double a = Math.abs(v);
      String f = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3g";
      return String.format(Locale.ROOT, f, v);
    }

    private static String cpuModel() {
      return firstLine("/proc/cpuinfo", "model name", () -> System.getProperty("os.arch"));
    }

    private static String memTotal() {
      return firstLine("/proc/meminfo", "MemTotal", () -> "unknown");
    }

    private static String firstLine(String file, String key, Supplier<String> fallback) {
      try {
        return Files.readAllLines(Path.of(file)).stream()
            .filter(l -> l.startsWith(key))
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .findFirst()
            .orElseGet(fallback);
      } catch (IOException e) {
        return fallback.get();
      }
    }
  }
}
