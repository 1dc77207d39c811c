package io.github.dicoso.benchmarks;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.compliance.Evaluator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.threeten.extra.LocalDateRange;

/**
 * The CPU time of one whole-population operation of each in-JVM benchmark, as the measuring
 * thread's CPU time (best of several runs), per officer-year. Unlike JMH's wall-clock scores it
 * hardly moves when other processes compete for the cores; it leaves out the garbage collector's
 * threads, and the SQL engines, which work on threads of their own, are not measured this way.
 */
final class CpuTime {
  private CpuTime() {}

  /** Nanoseconds of CPU per officer-year, by benchmark, on {@code size} officers. */
  static Map<String, Double> perOfficerYear(int size, int runs) {
    Policy policy = Policies.national2018();
    Population population = Population.generate(size, Population.SEED);
    LocalDateRange period = CreditedDays.period(policy);
    PrimitiveLimit limit = PrimitiveLimit.of(policy, population);
    long[] out = new long[size];
    io.github.dicoso.compliance.Population records = population.records();
    Evaluator evaluator = Evaluator.of(policy);

    Map<String, LongSupplier> operations = new LinkedHashMap<>();
    operations.put("limit", () -> limit.creditedHalves(out)[size - 1]);
    operations.put(
        "ledger",
        () -> {
          long n = 0;
          for (int i = 0; i < size; i++) {
            n +=
                AccrualRule.ledger(
                        policy, population.officers().get(i), period, population.visitsOf(i))
                    .creditedDateCount();
          }
          return n;
        });
    operations.put("streams", () -> CreditedDays.streams(policy, population)[size - 1]);
    operations.put(
        "evaluate", () -> evaluator.evaluateAll(records, Population.YEAR).report("cpu").inScope());

    Map<String, Double> nanos = new LinkedHashMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (Map.Entry<String, LongSupplier> op : operations.entrySet()) {
      int repeat = op.getKey().equals("limit") ? 200 : 1; // the limit is too quick to time once
      long best = Long.MAX_VALUE;
      for (int r = 0; r < runs; r++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int k = 0; k < repeat; k++) {
          sink += op.getValue().getAsLong();
        }
        best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / repeat);
      }
      nanos.put(op.getKey(), best / (double) size);
    }
    if (sink == 42) {
      System.out.print(""); // keeps the results alive
    }
    return nanos;
  }
}
