package io.github.dicoso.benchmarks;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The national-scale scenario: 63 provinces × 60 officers (3,780 officers), each with a whole
 * history of the five years 2018–2022 (about 40 visits a year), evaluated year by year under the
 * national policy and the five presets, through the API and streamed into one unit report per
 * policy and year. Prints the end-to-end time and the peak heap.
 *
 * <p>Each year's visits and leaves are the benchmark population's of 2019 (seed shifted by the
 * year), moved to that year; every officer is in post for the five years.
 *
 * <p>Run: {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar
 * io.github.dicoso.benchmarks.NationalScale}; with {@code --csv DIR}, it writes the population as
 * the command-line tool's CSV files instead, to run the scenario through the tool.
 */
public final class NationalScale {
  static final int PROVINCES = 63;
  static final int OFFICERS_PER_PROVINCE = 60;
  static final int FIRST_YEAR = 2018;
  static final int LAST_YEAR = 2022;

  private NationalScale() {}

  /**
   * Runs the scenario and prints its figures.
   *
   * @param args none
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--csv")) {
      writeCsv(histories(), Path.of(args[1]));
      return;
    }
    long generateStart = System.nanoTime();
    io.github.dicoso.compliance.Population population = histories();
    long generated = System.nanoTime() - generateStart;
    int visits = population.records().stream().mapToInt(r -> r.visits().size()).sum();
    resetPeaks();
    long start = System.nanoTime();
    long evaluations = 0;
    List<String> lines = new ArrayList<>();
    for (Policy policy : policies()) {
      Evaluator evaluator = Evaluator.of(policy);
      for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        Year year = Year.of(y);
        UnitReport report =
            population.records().stream()
                .map(r -> evaluator.evaluate(r, year))
                .collect(UnitReport.collector(policy.name() + " " + y));
        evaluations += report.inScope();
        if (y == LAST_YEAR) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %d | %d |",
                  policy.name(),
                  report.subject(),
                  report.compliant(),
                  report.nonCompliant()));
        }
      }
    }
    long elapsed = System.nanoTime() - start;
    System.out.printf(
        Locale.ROOT,
        "national scale: %d officers, %d visits over %d-%d, %d policies, %d officer-years"
            + " evaluated in %.2f s (%.1f µs per officer-year); population generated in %.2f s;"
            + " peak heap %d MB (max %d MB)%n",
        population.records().size(),
        visits,
        FIRST_YEAR,
        LAST_YEAR,
        policies().size(),
        evaluations,
        elapsed / 1e9,
        elapsed / 1e3 / evaluations,
        generated / 1e9,
        peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("| policy (2022) | subject | compliant | non-compliant |");
    System.out.println("|---|---:|---:|---:|");
    lines.forEach(System.out::println);
  }

  /**
   * Writes {@code population} as the command-line tool's {@code officers.csv}, {@code visits.csv}
   * and {@code leaves.csv} in {@code dir}, so that the scenario can be run through the tool.
   */
  static void writeCsv(io.github.dicoso.compliance.Population population, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    try (Writer officers = Files.newBufferedWriter(dir.resolve("officers.csv"));
        Writer visits = Files.newBufferedWriter(dir.resolve("visits.csv"));
        Writer leaves = Files.newBufferedWriter(dir.resolve("leaves.csv"))) {
      officers.write("officer_id,name,level,employment,committee_member,department\n");
      visits.write(
          "visit_id,officer_id,start,end,kinds,host_unit,host_level,invited,approved,"
              + "travel_order,half_day,report_date,description\n");
      leaves.write("officer_id,kind,start,end\n");
      for (OfficerRecord r : population.records()) {
        Officer o = r.officer();
        officers.write(
            String.join(
                    ",",
                    quoted(o.id()),
                    quoted(o.name()),
                    o.level().name(),
                    o.employment().name(),
                    String.valueOf(o.committeeMember()),
                    quoted(o.department()))
                + "\n");
        for (Visit v : r.visits()) {
          visits.write(
              String.join(
                      ",",
                      quoted(v.id()),
                      quoted(v.officerId()),
                      v.start().toString(),
                      v.end().toString(),
                      v.kinds().stream()
                          .map(Enum::name)
                          .collect(java.util.stream.Collectors.joining(";")),
                      quoted(v.hostUnit()),
                      v.hostLevel().name(),
                      String.valueOf(v.invitedOnly()),
                      String.valueOf(v.approved()),
                      String.valueOf(v.travelOrder()),
                      String.valueOf(v.halfDay()),
                      v.reportDate().map(Object::toString).orElse(""),
                      quoted(v.description()))
                  + "\n");
        }
        for (Leave l : r.leaves()) {
          leaves.write(
              String.join(
                      ",",
                      quoted(l.officerId()),
                      l.kind().name(),
                      l.start().toString(),
                      l.end().toString())
                  + "\n");
        }
      }
    }
  }

  /** {@code text} as an RFC 4180 field: quoted, its quotes doubled. */
  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  static List<Policy> policies() {
    return Policies.all();
  }

  /** Every officer's five years: the 2019 population of each year's seed, moved to that year. */
  static io.github.dicoso.compliance.Population histories() {
    int size = PROVINCES * OFFICERS_PER_PROVINCE;
    List<Population> years = new ArrayList<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      years.add(Population.generate(size, Population.SEED + y));
    }
    List<OfficerRecord> records = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Officer o = years.get(0).officers().get(i);
      Officer officer =
          Officer.builder()
              .id(o.id())
              .name(o.name())
              .level(o.level())
              .employment(o.employment())
              .committeeMember(o.committeeMember())
              .department(String.format(Locale.ROOT, "P%02d", i / OFFICERS_PER_PROVINCE + 1))
              .build();
      List<Visit> visits = new ArrayList<>();
      List<Leave> leaves = new ArrayList<>();
      for (int k = 0; k < years.size(); k++) {
        long shift = FIRST_YEAR + k - Population.YEAR.getValue();
        for (Visit v : years.get(k).visitsOf(i)) {
          Visit.Builder moved =
              Visit.builder()
                  .from(v)
                  .id(v.id() + "-" + (FIRST_YEAR + k))
                  .start(v.start().plusYears(shift))
                  .end(v.end().plusYears(shift));
          v.reportDate().ifPresent(d -> moved.reportDate(d.plusYears(shift)));
          visits.add(moved.build());
        }
        for (Leave l : years.get(k).leavesOf(i)) {
          leaves.add(
              Leave.of(
                  l.officerId(), l.kind(), l.start().plusYears(shift), l.end().plusYears(shift)));
        }
      }
      records.add(OfficerRecord.of(officer, visits, leaves));
    }
    return io.github.dicoso.compliance.Population.of(records);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the peak. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
