package io.github.dicoso.examples.cli;

import io.github.dicoso.Citation;
import io.github.dicoso.Policy;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.tagging.PhraseTagger;
import io.github.dicoso.visit.Visit;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * Runs the library's annual evaluation over a data set and shapes the result for the outputs: one
 * {@link RunReport.OfficerResult} per officer in input order, the unit summary from the library's
 * {@link UnitReport}, and every visit and leave that earned nothing with its reason.
 *
 * <p>Visits that name no kind of work are tagged from their description with the library's built-in
 * phrase list ({@link PhraseTagger#builtIn()}).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Evaluations {

  private Evaluations() {}

  /** The evaluator the tool uses for {@code policy}. */
  static Evaluator evaluator(Policy policy) {
    return Evaluator.of(policy);
  }

  /**
   * Evaluates every officer of {@code data} in {@code year} under {@code policy}, its visits held
   * in temporary files (closed, and removed, with the spill when the JVM exits): the data set of a
   * test or of the sample, read as {@link #evaluate(Policy, Year, SpilledDataset, String, Labels,
   * Progress)} reads files.
   */
  static RunReport evaluate(
      Policy policy, Year year, Dataset data, String unitName, Labels labels, Progress progress) {
    return evaluate(policy, year, data, unitName, labels, progress, VisitSpill.CHUNK_OFFICERS);
  }

  /**
   * As {@link #evaluate(Policy, Year, Dataset, String, Labels, Progress)}, in chunks of {@code
   * chunkSize} officers.
   */
  static RunReport evaluate(
      Policy policy,
      Year year,
      Dataset data,
      String unitName,
      Labels labels,
      Progress progress,
      int chunkSize) {
    VisitSpill spill = new VisitSpill(data.officers(), policy.periodIn(year), chunkSize);
    long line = 0;
    for (Visit v : data.visits()) {
      spill.add(v, ++line);
    }
    spill.finish();
    return evaluate(
        policy,
        year,
        new SpilledDataset(data.officers(), data.leaves(), data.leaveLines(), spill),
        unitName,
        labels,
        progress);
  }

  /**
   * Evaluates every officer of {@code data} in {@code year} under {@code policy}, one chunk of
   * officers at a time: the unit report is accumulated as each chunk is evaluated, and the report's
   * per-officer lists evaluate their chunk again when an output goes through them. Memory is
   * bounded by one chunk's visits and evaluations, with the officers, leaves and the visits of
   * unknown officers.
   */
  static RunReport evaluate(
      Policy policy,
      Year year,
      SpilledDataset data,
      String unitName,
      Labels labels,
      Progress progress) {
    progress.step(String.format("evaluating %,d officers", data.officers().size()));
    VisitSpill spill = data.visits();
    Evaluator evaluator = evaluator(policy);
    LocalDateRange period = policy.periodIn(year);
    Locale locale = labels.locale();

    Map<String, Integer> known = new HashMap<>();
    for (int i = 0; i < data.officers().size(); i++) {
      known.put(data.officers().get(i).id(), i);
    }
    Map<String, List<Integer>> leavesByOfficer = new HashMap<>();
    List<Leave> unknownLeaves = new ArrayList<>();
    for (int i = 0; i < data.leaves().size(); i++) {
      Leave l = data.leaves().get(i);
      if (known.containsKey(l.officerId())) {
        leavesByOfficer.computeIfAbsent(l.officerId(), id -> new ArrayList<>()).add(i);
      } else {
        unknownLeaves.add(l);
      }
    }

    // what names no officer of the file: the library's account of it, findings and all
    PopulationEvaluation unknown =
        evaluator.evaluateAll(
            Population.of(List.<Officer>of(), spill.unknownOfficerVisits(), unknownLeaves), year);
    Map<String, String> unknownOfficers = new HashMap<>();
    for (Finding f : unknown.findings()) {
      if (f.code() == FindingCode.UNKNOWN_OFFICER) {
        f.officerId().ifPresent(id -> unknownOfficers.put(id, message(f, locale)));
      }
    }
    Map<String, RunReport.ExcludedVisit> unknownExcluded = new HashMap<>();
    for (Visit v : unknown.unmatchedVisits()) {
      unknownExcluded.put(
          v.id(),
          new RunReport.ExcludedVisit(
              v.id(),
              v.officerId(),
              FindingCode.UNKNOWN_OFFICER.name(),
              unknownOfficers.getOrDefault(v.officerId(), FindingCode.UNKNOWN_OFFICER.name())));
    }

    Chunks chunks = new Chunks(evaluator, year, period, locale, data, leavesByOfficer);
    UnitReport.Accumulator accumulator = UnitReport.accumulator(unitName);
    List<Numbered<RunReport.AccountedLeave>> accounted = new ArrayList<>();
    List<Path> excludedFiles = new ArrayList<>();
    List<Integer> excludedCounts = new ArrayList<>();
    try {
      for (int k = 0; k < spill.chunks(); k++) {
        Chunk chunk = chunks.get(k);
        chunk.evaluations().forEach(accumulator::add);
        accounted.addAll(chunk.leaves());
        Path file = spill.newFile("excluded-" + k);
        try (DataOutputStream out =
            new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
          file.toFile().deleteOnExit();
          for (Numbered<RunReport.ExcludedVisit> v : chunk.excluded()) {
            writeExcluded(out, v);
          }
        }
        excludedFiles.add(file);
        excludedCounts.add(chunk.excluded().size());
      }
      List<Numbered<RunReport.ExcludedVisit>> unknownInOrder = new ArrayList<>();
      List<Visit> unknownVisits = spill.unknownOfficerVisits();
      List<Long> unknownLines = spill.unknownOfficerLines();
      for (int i = 0; i < unknownVisits.size(); i++) {
        RunReport.ExcludedVisit excluded = unknownExcluded.get(unknownVisits.get(i).id());
        if (excluded != null) {
          unknownInOrder.add(new Numbered<>(unknownLines.get(i), excluded));
        }
      }
      Path merged = spill.newFile("excluded");
      int excludedCount = merge(excludedFiles, excludedCounts, unknownInOrder, merged);
      for (Path file : excludedFiles) {
        Files.deleteIfExists(file);
      }
      for (int i = 0; i < data.leaves().size(); i++) {
        Leave l = data.leaves().get(i);
        if (!known.containsKey(l.officerId())) {
          long line = data.leaveLines().get(i);
          accounted.add(
              new Numbered<>(
                  line,
                  new RunReport.AccountedLeave(
                      line,
                      l.officerId(),
                      l.kind().name(),
                      l.start(),
                      l.end(),
                      false,
                      FindingCode.UNKNOWN_OFFICER.name(),
                      0,
                      l)));
        }
      }
      accounted.sort(java.util.Comparator.comparingLong(Numbered::line));

      List<RunReport.ExcludedLeave> excludedLeaves = new ArrayList<>();
      for (Leave l : unknown.unmatchedLeaves()) {
        excludedLeaves.add(
            new RunReport.ExcludedLeave(
                l.officerId(),
                l.kind().name(),
                l.start(),
                l.end(),
                FindingCode.UNKNOWN_OFFICER.name()));
      }
      UnitReport unit = accumulator.build();
      int n = data.officers().size();
      return new RunReport(
          policy.name(),
          policy.document().orElse(Citation.draft(policy.name())).shortForm(),
          year.getValue(),
          period,
          new ChunkList<>(n, chunks, Chunk::results),
          summary(unit),
          unit.render(locale),
          excludedCount == 0
              ? List.of()
              : spill.list(merged, excludedCount, Evaluations::readExcluded),
          excludedLeaves,
          accounted.stream().map(Numbered::value).toList(),
          new ChunkList<>(n, chunks, Chunk::evaluations),
          unit,
          spill.unknownOfficerVisits(),
          spill.outsidePeriodVisits(),
          new ChunkList<>(n, chunks, Chunk::visits));
    } catch (IOException e) {
      throw new VisitSpill.Failure(e);
    }
  }

  /** A value with the line of the input it comes from. */
  record Numbered<T>(long line, T value) {}

  /**
   * The evaluation of one chunk of officers: their results, evaluations and visits (in the officers
   * file's order), their visits excluded whole and their leaves with what became of them, each with
   * its line.
   */
  record Chunk(
      List<RunReport.OfficerResult> results,
      List<Evaluation> evaluations,
      List<List<Visit>> visits,
      List<Numbered<RunReport.ExcludedVisit>> excluded,
      List<Numbered<RunReport.AccountedLeave>> leaves) {}

  /**
   * The chunks of a run, each evaluated when asked for; the last one asked for is kept, so that an
   * output going through the officers in order evaluates each chunk once.
   */
  static final class Chunks {
    private final Evaluator evaluator;
    private final Year year;
    private final LocalDateRange period;
    private final Locale locale;
    private final SpilledDataset data;
    private final Map<String, List<Integer>> leavesByOfficer;
    private int kept = -1;
    private @Nullable Chunk keptChunk;

    Chunks(
        Evaluator evaluator,
        Year year,
        LocalDateRange period,
        Locale locale,
        SpilledDataset data,
        Map<String, List<Integer>> leavesByOfficer) {
      this.evaluator = evaluator;
      this.year = year;
      this.period = period;
      this.locale = locale;
      this.data = data;
      this.leavesByOfficer = leavesByOfficer;
    }

    /** The officers in each chunk. */
    int size() {
      return data.visits().chunkSize();
    }

    /** Chunk {@code k}, evaluated. */
    Chunk get(int k) {
      Chunk chunk = keptChunk;
      if (chunk == null || kept != k) {
        chunk = evaluate(k);
        keptChunk = chunk;
        kept = k;
      }
      return chunk;
    }

    private Chunk evaluate(int k) {
      int from = k * size();
      List<Officer> officers =
          data.officers().subList(from, Math.min(data.officers().size(), from + size()));
      List<VisitSpill.Line> lines = data.visits().chunk(k);
      List<Visit> visits = new ArrayList<>(lines.size());
      Map<String, List<Visit>> visitsByOfficer = new HashMap<>();
      for (VisitSpill.Line l : lines) {
        visits.add(l.visit());
        visitsByOfficer
            .computeIfAbsent(l.visit().officerId(), id -> new ArrayList<>())
            .add(l.visit());
      }
      List<Integer> leaveIndexes = new ArrayList<>();
      for (Officer o : officers) {
        leaveIndexes.addAll(leavesByOfficer.getOrDefault(o.id(), List.of()));
      }
      leaveIndexes.sort(null); // file order
      List<Leave> leaves = new ArrayList<>(leaveIndexes.size());
      leaveIndexes.forEach(i -> leaves.add(data.leaves().get(i)));
      PopulationEvaluation population =
          evaluator.evaluateAll(Population.of(officers, visits, leaves), year);

      List<RunReport.OfficerResult> results = new ArrayList<>(officers.size());
      List<Evaluation> evaluations = new ArrayList<>(officers.size());
      List<List<Visit>> officerVisits = new ArrayList<>(officers.size());
      Map<String, RunReport.ExcludedVisit> excludedById = new HashMap<>();
      for (Officer officer : officers) {
        Evaluation e = population.evaluation(officer.id()).orElseThrow();
        results.add(result(e, locale));
        evaluations.add(e);
        officerVisits.add(List.copyOf(visitsByOfficer.getOrDefault(officer.id(), List.of())));
        for (VisitEntry entry : e.ledger().entries()) {
          if (entry.outcome() == VisitEntry.Outcome.EXCLUDED) {
            Exclusion reason = entry.exclusions().iterator().next();
            String detail =
                e.findings().stream()
                    .filter(f -> f.visitIds().contains(entry.visit().id()))
                    .findFirst()
                    .map(f -> message(f, locale))
                    .orElse(reason.name());
            excludedById.put(
                entry.visit().id(),
                new RunReport.ExcludedVisit(
                    entry.visit().id(), officer.id(), reason.name(), detail));
          }
        }
      }
      List<Numbered<RunReport.ExcludedVisit>> excluded = new ArrayList<>();
      for (VisitSpill.Line l : lines) {
        Visit v = l.visit();
        RunReport.ExcludedVisit x;
        if (!v.dates().overlaps(period)) {
          // no evaluation holds a visit wholly outside the period (it only counts it): say so here
          x =
              new RunReport.ExcludedVisit(
                  v.id(),
                  v.officerId(),
                  Exclusion.OUTSIDE_PERIOD.name(),
                  Vocabulary.label(Exclusion.OUTSIDE_PERIOD, locale)
                      + " "
                      + period.getStart()
                      + ".."
                      + period.getEndInclusive());
        } else {
          x = excludedById.get(v.id());
        }
        if (x != null) {
          excluded.add(new Numbered<>(l.line(), x));
        }
      }
      List<Numbered<RunReport.AccountedLeave>> accounted = new ArrayList<>();
      List<RunReport.AccountedLeave> chunkLeaves =
          accountLeaves(
              leaves,
              leaveIndexes.stream().map(i -> data.leaveLines().get(i)).toList(),
              population);
      chunkLeaves.forEach(a -> accounted.add(new Numbered<>(a.line(), a)));
      return new Chunk(results, evaluations, officerVisits, excluded, accounted);
    }
  }

  /**
   * The elements of one kind of each officer, in the officers file's order, taken from their chunk
   * when asked for: going through them in order evaluates each chunk once.
   */
  static final class ChunkList<T> extends java.util.AbstractList<T> {
    private final int size;
    private final Chunks chunks;
    private final java.util.function.Function<Chunk, List<T>> part;

    ChunkList(int size, Chunks chunks, java.util.function.Function<Chunk, List<T>> part) {
      this.size = size;
      this.chunks = chunks;
      this.part = part;
    }

    @Override
    public T get(int index) {
      java.util.Objects.checkIndex(index, size);
      return part.apply(chunks.get(index / chunks.size())).get(index % chunks.size());
    }

    @Override
    public int size() {
      return size;
    }
  }

  private static void writeExcluded(DataOutputStream out, Numbered<RunReport.ExcludedVisit> v)
      throws IOException {
    out.writeLong(v.line());
    VisitSpill.writeString(out, v.value().visitId());
    VisitSpill.writeString(out, v.value().officerId());
    VisitSpill.writeString(out, v.value().reason());
    VisitSpill.writeString(out, v.value().detail());
  }

  private static RunReport.ExcludedVisit readExcluded(DataInputStream in) throws IOException {
    return readNumbered(in).value();
  }

  private static Numbered<RunReport.ExcludedVisit> readNumbered(DataInputStream in)
      throws IOException {
    long line = in.readLong();
    return new Numbered<>(
        line,
        new RunReport.ExcludedVisit(
            VisitSpill.readString(in),
            VisitSpill.readString(in),
            VisitSpill.readString(in),
            VisitSpill.readString(in)));
  }

  /**
   * Merges the excluded visits of every chunk (each file in line order) and those of unknown
   * officers (in line order) into {@code target}, in line order: the input's order.
   *
   * @return how many were merged
   */
  private static int merge(
      List<Path> files,
      List<Integer> counts,
      List<Numbered<RunReport.ExcludedVisit>> unknown,
      Path target)
      throws IOException {
    List<DataInputStream> ins = new ArrayList<>();
    int total = 0;
    try (DataOutputStream out =
        new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(target)))) {
      target.toFile().deleteOnExit();
      java.util.PriorityQueue<Numbered<Integer>> heads =
          new java.util.PriorityQueue<>(java.util.Comparator.comparingLong(Numbered::line));
      List<@Nullable Numbered<RunReport.ExcludedVisit>> current = new ArrayList<>();
      int[] left = new int[files.size() + 1];
      for (int i = 0; i < files.size(); i++) {
        ins.add(VisitSpill.openRead(files.get(i)));
        left[i] = counts.get(i);
        current.add(null);
        advance(i, ins.get(i), left, current, heads);
      }
      int u = files.size();
      java.util.Iterator<Numbered<RunReport.ExcludedVisit>> unknownIt = unknown.iterator();
      current.add(null);
      if (unknownIt.hasNext()) {
        Numbered<RunReport.ExcludedVisit> first = unknownIt.next();
        current.set(u, first);
        heads.add(new Numbered<>(first.line(), u));
      }
      while (!heads.isEmpty()) {
        int i = heads.poll().value();
        Numbered<RunReport.ExcludedVisit> v = java.util.Objects.requireNonNull(current.get(i));
        writeExcluded(out, v);
        total++;
        if (i == u) {
          if (unknownIt.hasNext()) {
            Numbered<RunReport.ExcludedVisit> next = unknownIt.next();
            current.set(u, next);
            heads.add(new Numbered<>(next.line(), u));
          }
        } else {
          advance(i, ins.get(i), left, current, heads);
        }
      }
    } finally {
      for (DataInputStream in : ins) {
        in.close();
      }
    }
    return total;
  }

  private static void advance(
      int i,
      DataInputStream in,
      int[] left,
      List<@Nullable Numbered<RunReport.ExcludedVisit>> current,
      java.util.PriorityQueue<Numbered<Integer>> heads)
      throws IOException {
    if (left[i] == 0) {
      return;
    }
    left[i]--;
    Numbered<RunReport.ExcludedVisit> next = readNumbered(in);
    current.set(i, next);
    heads.add(new Numbered<>(next.line(), i));
  }

  /**
   * What became of every leave of the input, in input order: the library's account of it in its
   * officer's evaluation; {@code OUTSIDE_PERIOD} for a leave wholly outside the period (which the
   * evaluation leaves out); {@code UNKNOWN_OFFICER} for an officer not in the officers file.
   *
   * @throws IllegalStateException if a leave is in none of these, rather than leave it out
   */
  static List<RunReport.AccountedLeave> accountLeaves(
      List<Leave> leaves, List<Long> lines, PopulationEvaluation population) {
    Map<Leave, Deque<LeaveEntry>> entries = new HashMap<>();
    for (Evaluation e : population.evaluations().values()) {
      for (LeaveEntry entry : e.leaves()) {
        entries.computeIfAbsent(entry.leave(), l -> new ArrayDeque<>()).add(entry);
      }
    }
    List<RunReport.AccountedLeave> accounted = new ArrayList<>(leaves.size());
    for (int i = 0; i < leaves.size(); i++) {
      Leave leave = leaves.get(i);
      long line = lines.get(i);
      Deque<LeaveEntry> queue = entries.get(leave);
      LeaveEntry entry = queue == null ? null : queue.poll();
      boolean applied = entry != null && entry.applied();
      String outcome;
      if (entry != null) {
        outcome = entry.outcome().name();
      } else if (population.evaluation(leave.officerId()).isEmpty()) {
        outcome = FindingCode.UNKNOWN_OFFICER.name();
      } else if (!leave.dates().overlaps(population.period())) {
        outcome = LeaveOutcome.OUTSIDE_PERIOD.name();
      } else {
        throw new IllegalStateException(
            "the evaluation does not account for the leave on line " + line + ": " + leave);
      }
      accounted.add(
          new RunReport.AccountedLeave(
              line,
              leave.officerId(),
              leave.kind().name(),
              leave.start(),
              leave.end(),
              applied,
              outcome,
              entry == null ? 0 : entry.daysAway(),
              leave));
    }
    return accounted;
  }

  private static RunReport.OfficerResult result(Evaluation e, Locale locale) {
    List<RunReport.FindingLine> findings = new ArrayList<>();
    for (Finding f : e.findings()) {
      findings.add(
          new RunReport.FindingLine(
              f.code().name(),
              f.severity().name(),
              message(f, locale),
              f.visitIds(),
              Vocabulary.citation(f.citation(), locale)));
    }
    List<RunReport.VisitOutcome> visits = new ArrayList<>();
    for (VisitEntry entry : e.ledger().entries()) {
      visits.add(
          new RunReport.VisitOutcome(
              entry.visit().id(),
              entry.outcome().name(),
              Math.toIntExact(entry.creditedDays()),
              entry.exclusions().stream().map(Exclusion::name).toList()));
    }
    ResultRow row =
        new ResultRow(
            e.officerId(),
            e.officerName(),
            e.department(),
            e.status().name(),
            statusReason(e),
            e.required(),
            e.credited(),
            e.shortfall(),
            e.byKind(),
            e.byHostLevel(),
            e.findings().stream().map(f -> f.code().name()).toList());
    return new RunReport.OfficerResult(
        row, e.officerName(), e.department(), reason(e), findings, visits);
  }

  /**
   * Why an officer is not held to the requirement, as a code: the eligibility reason of an officer
   * not subject, the kind of the exempting leave; empty for an officer held to it.
   */
  private static String statusReason(Evaluation e) {
    return switch (e.status()) {
      case NOT_SUBJECT -> e.eligibility().reason().name();
      case EXEMPT -> e.exemptionReason().map(Enum::name).orElse("");
      case COMPLIANT, NON_COMPLIANT -> "";
    };
  }

  /** Why an officer is not held to the requirement: the eligibility reason or the exemption. */
  private static String reason(Evaluation e) {
    if (e.status() == Status.NOT_SUBJECT) {
      return e.eligibility().reason().name();
    }
    if (e.status() == Status.EXEMPT) {
      Exemption x = e.exemption().orElseThrow();
      return x.kind().name()
          + " "
          + x.leaveDates().getStart()
          + ".."
          + x.leaveDates().getEndInclusive();
    }
    return "";
  }

  /**
   * A finding's message with its citation in the run's language, without the severity that {@link
   * Finding#render} puts first (the outputs show it separately).
   */
  private static String message(Finding f, Locale locale) {
    String text = f.message(locale);
    String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return body + " (" + Vocabulary.citation(f.citation(), locale) + ").";
  }

  private static RunReport.Summary summary(UnitReport unit) {
    Map<String, Integer> exemptByReason = new TreeMap<>();
    unit.exemptByReason().forEach((kind, n) -> exemptByReason.put(kind.name(), n));
    return new RunReport.Summary(
        unit.inScope(),
        unit.subject(),
        unit.exempt(),
        exemptByReason,
        unit.evaluated(),
        unit.compliant(),
        unit.nonCompliant(),
        unit.rate(),
        unit.totalCredited(),
        unit.averageCredited(),
        unit.hostUnitsCovered());
  }
}
