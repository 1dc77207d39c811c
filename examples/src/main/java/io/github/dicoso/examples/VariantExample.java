package io.github.dicoso.examples;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.PolicyChecks;
import io.github.dicoso.variant.PolicyProblem;
import io.github.dicoso.variant.VariantComparison;
import io.github.dicoso.variant.VariantFile;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's variant example: a constructed provincial agency's 2019 records evaluated under the
 * national rule and two presets (a 30-day year, and Bà Rịa–Vũng Tàu-style per-host-level minimums
 * with travel orders required), and under any variant files given as arguments, with the static
 * checks of each variant and the comparison: who changes status, and because of which parameter.
 *
 * <pre>
 * java -cp examples/target/dicoso.jar io.github.dicoso.examples.VariantExample \
 *     examples/variants/hau-giang-trial.properties
 * </pre>
 */
public final class VariantExample {
  private static final Year YEAR = Year.of(2019);

  private VariantExample() {}

  /**
   * Prints the comparison of the national rule with two presets and with the variant files named in
   * {@code args} (read as UTF-8).
   */
  public static void main(String[] args) throws IOException {
    List<Policy> fromFiles = new ArrayList<>();
    for (String arg : args) {
      try (Reader in = Files.newBufferedReader(Path.of(arg), StandardCharsets.UTF_8)) {
        fromFiles.add(VariantFile.read(in));
      }
    }
    System.out.println(run(fromFiles));
  }

  /** The text {@link #main} prints, with {@code extraVariants} compared after the two presets. */
  public static String run(List<Policy> extraVariants) {
    List<Policy> variants = new ArrayList<>();
    variants.add(Policies.thirtyDayYear());
    variants.add(Policies.hostLevelSplit());
    variants.addAll(extraVariants);

    StringBuilder out = new StringBuilder();
    for (Policy v : variants) {
      List<PolicyProblem> problems = PolicyChecks.check(v);
      out.append("Checks of ")
          .append(v.name())
          .append(": ")
          .append(problems.isEmpty() ? "no problems" : problems.size() + " problem(s)")
          .append('\n');
      problems.forEach(p -> out.append("  ").append(p).append('\n'));
    }
    out.append('\n');

    ComparisonResult result =
        VariantComparison.of(Policies.national2018(), variants)
            .compare(Population.of(agency()), YEAR);
    out.append(result.render(Locale.ENGLISH));
    return out.toString().strip();
  }

  /** Seven officers of a constructed Tỉnh đoàn in 2019. */
  static List<OfficerRecord> agency() {
    List<OfficerRecord> records = new ArrayList<>();
    // 64 days from March: 30 at branch, 20 at commune, 14 at district level
    List<Visit> lan =
        new ArrayList<>(
            block("TD-01", "a", LocalDate.of(2019, 3, 4), 30, HostLevel.BRANCH, true, true));
    lan.addAll(block("TD-01", "b", LocalDate.of(2019, 6, 3), 20, HostLevel.COMMUNE, true, true));
    lan.addAll(block("TD-01", "c", LocalDate.of(2019, 8, 5), 14, HostLevel.DISTRICT, true, true));
    records.add(record("TD-01", "Nguyễn Thị Lan", Employment.FULL_TIME, lan));
    // 45 days: short of 60, enough for 30
    records.add(
        record(
            "TD-02",
            "Trần Văn Minh",
            Employment.FULL_TIME,
            block("TD-02", "a", LocalDate.of(2019, 3, 4), 45, HostLevel.BRANCH, true, true)));
    // 57 days with a travel order and 5 without
    List<Visit> dung =
        new ArrayList<>(
            block("TD-03", "a", LocalDate.of(2019, 3, 4), 57, HostLevel.BRANCH, true, true));
    dung.addAll(block("TD-03", "b", LocalDate.of(2019, 11, 4), 5, HostLevel.COMMUNE, true, false));
    records.add(record("TD-03", "Đặng Văn Dũng", Employment.FULL_TIME, dung));
    // 28 days with a travel order, 4 without, 2 of them in February, 6 not approved
    List<Visit> hoa =
        new ArrayList<>(
            block("TD-04", "a", LocalDate.of(2019, 2, 11), 2, HostLevel.COMMUNE, true, false));
    hoa.addAll(block("TD-04", "b", LocalDate.of(2019, 3, 4), 28, HostLevel.BRANCH, true, true));
    hoa.addAll(block("TD-04", "c", LocalDate.of(2019, 9, 2), 2, HostLevel.COMMUNE, true, false));
    hoa.addAll(block("TD-04", "d", LocalDate.of(2019, 10, 7), 6, HostLevel.COMMUNE, false, true));
    records.add(record("TD-04", "Bùi Thị Hoa", Employment.FULL_TIME, hoa));
    // on maternity leave: exempt
    records.add(
        OfficerRecord.of(
            officer("TD-05", "Ngô Thị Mai", Employment.FULL_TIME),
            List.of(),
            List.of(
                Leave.of(
                    "TD-05",
                    LeaveKind.MATERNITY,
                    LocalDate.of(2019, 3, 1),
                    LocalDate.of(2019, 8, 31)))));
    // part-time: not subject
    records.add(
        record(
            "TD-06",
            "Hồ Văn Tuấn",
            Employment.PART_TIME,
            block("TD-06", "a", LocalDate.of(2019, 3, 4), 10, HostLevel.BRANCH, true, true)));
    // 20 days: short under every rule
    records.add(
        record(
            "TD-07",
            "Phan Thị Hương",
            Employment.FULL_TIME,
            block("TD-07", "a", LocalDate.of(2019, 4, 1), 20, HostLevel.COMMUNE, true, true)));
    return records;
  }

  private static Officer officer(String id, String name, Employment employment) {
    return Officer.builder()
        .id(id)
        .name(name)
        .level(Level.PROVINCIAL)
        .employment(employment)
        .department("Ban Phong trào")
        .build();
  }

  private static OfficerRecord record(
      String id, String name, Employment employment, List<Visit> visits) {
    return OfficerRecord.of(officer(id, name, employment), visits, List.of());
  }

  /** {@code days} days of visits, Monday to Friday of consecutive weeks from {@code start}. */
  private static List<Visit> block(
      String officerId,
      String tag,
      LocalDate start,
      int days,
      HostLevel level,
      boolean approved,
      boolean travelOrder) {
    List<Visit> visits = new ArrayList<>();
    for (int week = 0, left = days; left > 0; week++, left -= 5) {
      LocalDate from = start.plusWeeks(week);
      visits.add(
          Visit.builder()
              .id(officerId + "-" + tag + (week + 1))
              .officerId(officerId)
              .start(from)
              .end(from.plusDays(Math.min(5, left) - 1))
              .addKinds(KindOfWork.THEMATIC)
              .hostUnit(
                  level == HostLevel.BRANCH
                      ? "Chi đoàn ấp " + (week % 4 + 1)
                      : level == HostLevel.COMMUNE ? "Đoàn xã Tân Thành" : "Huyện đoàn Hàm Tân")
              .hostLevel(level)
              .approved(approved)
              .travelOrder(travelOrder)
              .build());
    }
    return visits;
  }
}
