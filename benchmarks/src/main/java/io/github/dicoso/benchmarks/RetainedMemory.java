package io.github.dicoso.benchmarks;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.PopulationEvaluation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;

/**
 * The heap a population's results keep alive: used heap after a full GC with the results held,
 * minus used heap after a full GC before they were computed (with the population already in
 * memory), divided by the officers.
 */
final class RetainedMemory {
  /** What is computed and held for a population. */
  interface Subject {
    Object compute(Policy policy, Population population);
  }

  private RetainedMemory() {}

  /** The results whose memory the report gives, by name. */
  static Map<String, Subject> subjects() {
    Map<String, Subject> subjects = new LinkedHashMap<>();
    subjects.put("`ledger`: the DayLedger of every officer", RetainedMemory::ledgers);
    subjects.put(
        "`evaluate`: the PopulationEvaluation (every officer's Evaluation) and its UnitReport",
        RetainedMemory::evaluation);
    return subjects;
  }

  static double bytesPerOfficerYear(Subject subject, int size) {
    Policy policy = Policies.national2018();
    Population population = Population.generate(size, Population.SEED);
    subject.compute(policy, Population.generate(100, Population.SEED)); // load the classes first
    long before = usedAfterGc();
    Object held = subject.compute(policy, population);
    long after = usedAfterGc();
    Reference.reachabilityFence(held);
    Reference.reachabilityFence(population);
    return (after - before) / (double) size;
  }

  private static List<DayLedger> ledgers(Policy policy, Population population) {
    LocalDateRange period = CreditedDays.period(policy);
    List<DayLedger> ledgers = new ArrayList<>(population.size());
    for (int i = 0; i < population.size(); i++) {
      ledgers.add(
          AccrualRule.ledger(policy, population.officers().get(i), period, population.visitsOf(i)));
    }
    return ledgers;
  }

  private static List<Object> evaluation(Policy policy, Population population) {
    PopulationEvaluation evaluation =
        Evaluator.of(policy).evaluateAll(population.records(), Population.YEAR);
    return List.of(evaluation, evaluation.report("benchmark population"));
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
