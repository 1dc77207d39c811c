package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.NATIONAL;
import static io.github.dicoso.compliance.Fixtures.Y2019;
import static io.github.dicoso.compliance.Fixtures.date;
import static io.github.dicoso.compliance.Fixtures.officer;
import static io.github.dicoso.compliance.Fixtures.visit;
import static io.github.dicoso.compliance.Fixtures.visitsTotalling;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.Visit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UnitReportTest {
  private static final String[] DEPARTMENTS = {
    "Văn phòng", "Ban Tổ chức", "Ban Phong trào", "Ban Tuyên giáo"
  };

  private final Evaluator evaluator = Evaluator.of(NATIONAL);

  /**
   * A Bình Thuận-shaped agency for 2019: 21 full-time officers in four departments; 3 on study
   * leave of 8 months, 2 on sick leave of 8 months, 2 on maternity leave; the other 14 credited 60
   * to 66 days at district units of the province.
   */
  private static List<OfficerRecord> binhThuanAgency() {
    List<OfficerRecord> records = new ArrayList<>();
    LeaveKind[] exemptKinds = {
      LeaveKind.STUDY,
      LeaveKind.STUDY,
      LeaveKind.STUDY,
      LeaveKind.SICK,
      LeaveKind.SICK,
      LeaveKind.MATERNITY,
      LeaveKind.MATERNITY
    };
    for (int i = 1; i <= 21; i++) {
      String id = "BT-" + i;
      var officer = officer(id).department(DEPARTMENTS[i % DEPARTMENTS.length]).build();
      if (i <= exemptKinds.length) {
        Leave leave = Leave.of(id, exemptKinds[i - 1], date(2, 1), date(9, 30));
        records.add(OfficerRecord.of(officer, List.of(), List.of(leave)));
      } else {
        List<Visit> visits = new ArrayList<>();
        int k = 0;
        for (Visit v : visitsTotalling(id, id + "-V", 60 + i % 7)) {
          visits.add(Visit.builder().from(v).hostUnit("Huyện đoàn " + (1 + (i + k++) % 9)).build());
        }
        records.add(OfficerRecord.of(officer, visits, List.of()));
      }
    }
    return records;
  }

  @Test
  void of_binhThuanShapedAgency_reproducesTheReportedShape() {
    List<OfficerRecord> agency = binhThuanAgency();

    UnitReport report =
        evaluator.evaluateAll(Population.of(agency), Y2019).report("Tỉnh đoàn Bình Thuận");

    // the figures the test data imply, computed from the records themselves
    Days total = Days.ZERO;
    Set<String> hosts = new TreeSet<>();
    List<Days> perOfficer = new ArrayList<>();
    for (OfficerRecord r : agency) {
      if (r.leaves().isEmpty()) {
        Days days = Days.of(r.visits().stream().mapToLong(Visit::lengthInDays).sum());
        perOfficer.add(days);
        total = total.plus(days);
        r.visits().forEach(v -> hosts.add(v.hostUnit()));
      }
    }
    Collections.sort(perOfficer);
    assertThat(report.inScope()).isEqualTo(agency.size());
    assertThat(report.subject()).isEqualTo(21);
    assertThat(report.exempt()).isEqualTo(7);
    assertThat(report.exemptByReason())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(LeaveKind.STUDY, 3, LeaveKind.SICK, 2, LeaveKind.MATERNITY, 2));
    assertThat(report.evaluated()).isEqualTo(14);
    assertThat(report.compliant()).isEqualTo(14);
    assertThat(report.nonCompliant()).isZero();
    assertThat(report.rate()).contains(new BigDecimal("1.0000"));
    assertThat(report.ratePercent()).contains(new BigDecimal("100.00"));
    assertThat(report.totalCredited()).isEqualTo(total);
    assertThat(report.averageCredited())
        .contains(total.toBigDecimal().divide(BigDecimal.valueOf(14), 2, RoundingMode.HALF_EVEN));
    assertThat(report.minCredited()).contains(perOfficer.get(0));
    assertThat(report.maxCredited()).contains(perOfficer.get(13));
    assertThat(report.medianCredited())
        .contains(
            perOfficer
                .get(6)
                .plus(perOfficer.get(7))
                .toBigDecimal()
                .divide(BigDecimal.valueOf(2), 2, RoundingMode.UNNECESSARY));
    assertThat(report.hostUnits()).containsExactlyElementsOf(hosts);
    assertThat(report.byDepartment()).containsOnlyKeys(DEPARTMENTS);
    assertThat(report.byDepartment().values().stream().mapToInt(UnitReport::inScope).sum())
        .isEqualTo(21);
    assertThat(report.byDepartment().values().stream().mapToInt(UnitReport::exempt).sum())
        .isEqualTo(7);
    assertThat(
            report.byDepartment().values().stream()
                .map(UnitReport::totalCredited)
                .reduce(Days.ZERO, Days::plus))
        .isEqualTo(total);
  }

  @Test
  void render_binhThuanShapedAgency_figuresInBothLanguages() {
    UnitReport report =
        evaluator
            .evaluateAll(Population.of(binhThuanAgency()), Y2019)
            .report("Tỉnh đoàn Bình Thuận");
    String average = report.averageCredited().get().toPlainString();

    assertThat(report.render(Locale.ENGLISH))
        .contains("Unit report: Tỉnh đoàn Bình Thuận")
        .contains("In scope: 21; subject: 21; not subject: 0.")
        .contains("Exempt: 7 (study 3, sick 2, maternity 2).")
        .contains("Evaluated: 14; compliant: 14; non-compliant: 0; rate: 100.00%.")
        .contains("total " + report.totalCredited() + "; average " + average)
        .contains("- Ban Tổ chức");
    assertThat(report.render(Locale.forLanguageTag("vi")))
        .contains("Báo cáo đơn vị: Tỉnh đoàn Bình Thuận")
        .contains("Được miễn: 7 (đi học 3, ốm đau 2, thai sản 2)")
        .contains("tỷ lệ: 100,00 %")
        .contains("bình quân " + average.replace('.', ','));
  }

  @Test
  void of_nonCompliantAndNotSubject_countedApart() {
    List<OfficerRecord> records =
        List.of(
            OfficerRecord.of(officer("A").build(), visitsTotalling("A", "A", 60), List.of()),
            OfficerRecord.of(officer("B").build(), visitsTotalling("B", "B", 45), List.of()),
            OfficerRecord.of(
                officer("C").employment(Employment.PART_TIME).build(),
                visitsTotalling("C", "C", 5),
                List.of()));

    UnitReport report = evaluator.evaluateAll(Population.of(records), Y2019).report("unit");

    assertThat(report.notSubject()).isEqualTo(1);
    assertThat(report.evaluated()).isEqualTo(2);
    assertThat(report.compliant()).isEqualTo(1);
    assertThat(report.nonCompliant()).isEqualTo(1);
    assertThat(report.rate()).contains(new BigDecimal("0.5000"));
    assertThat(report.totalCredited()).isEqualTo(Days.of(105));
    assertThat(report.averageCredited()).contains(new BigDecimal("52.50"));
    assertThat(report.medianCredited()).contains(new BigDecimal("52.50"));
  }

  @Test
  void of_halfDays_exactMedianOfTheMiddleTwo() {
    List<Visit> a = new ArrayList<>(visitsTotalling("A", "A", 59));
    a.add(visit("A-H", "A", date(11, 25), 1).halfDay(true).build());
    List<OfficerRecord> records =
        List.of(
            OfficerRecord.of(officer("A").build(), a, List.of()),
            OfficerRecord.of(officer("B").build(), visitsTotalling("B", "B", 60), List.of()));

    UnitReport report = evaluator.evaluateAll(Population.of(records), Y2019).report("unit");

    assertThat(report.medianCredited()).contains(new BigDecimal("59.75"));
    assertThat(report.averageCredited()).contains(new BigDecimal("59.75"));
    assertThat(report.rate()).contains(new BigDecimal("0.5000"));
  }

  @Test
  void of_noEvaluatedOfficer_figuresEmpty() {
    UnitReport report = UnitReport.of("empty", List.of());

    assertThat(report.inScope()).isZero();
    assertThat(report.rate()).isEmpty();
    assertThat(report.averageCredited()).isEmpty();
    assertThat(report.medianCredited()).isEmpty();
    assertThat(report.hostUnitsCovered()).isZero();
    assertThat(report.render(Locale.ENGLISH)).contains("rate: none");
  }

  @Test
  void of_rateOfTwoInThree_roundedHalfEvenToFourPlaces() {
    List<OfficerRecord> records =
        List.of(
            OfficerRecord.of(officer("A").build(), visitsTotalling("A", "A", 60), List.of()),
            OfficerRecord.of(officer("B").build(), visitsTotalling("B", "B", 61), List.of()),
            OfficerRecord.of(officer("C").build(), visitsTotalling("C", "C", 10), List.of()));

    UnitReport report = evaluator.evaluateAll(Population.of(records), Y2019).report("unit");

    assertThat(report.rate()).contains(new BigDecimal("0.6667"));
    assertThat(report.averageCredited()).contains(new BigDecimal("43.67"));
  }

  @Test
  void of_nonCompliantByMinimum_countedApartFromShortOfTheTotal() {
    List<Visit> b =
        List.of(
            visit("B-1", "B", date(1, 7), 30).hostLevel(HostLevel.BRANCH).build(),
            visit("B-2", "B", date(3, 4), 20).hostLevel(HostLevel.COMMUNE).build(),
            visit("B-3", "B", date(5, 6), 5).build());
    List<OfficerRecord> records =
        List.of(
            OfficerRecord.of(officer("A").build(), visitsTotalling("A", "A", 60), List.of()),
            OfficerRecord.of(officer("B").build(), b, List.of()));
    Evaluator brvt = Evaluator.of(io.github.dicoso.Policies.hostLevelSplit());

    UnitReport report = brvt.evaluateAll(Population.of(records), Y2019).report("unit");

    // A: 60 district days, short of the branch and commune minimums; B: 55 days, 5 short of the
    // total and of the district minimum, so the total binds
    assertThat(report.nonCompliant()).isEqualTo(2);
    assertThat(report.nonCompliantBy())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(Hint.Binding.HOST_LEVEL, 1, Hint.Binding.TOTAL, 1));
    assertThat(report.render(Locale.ENGLISH))
        .contains(
            "Non-compliant below the requirement: 1; below a host-level minimum: 1; below a kind"
                + " minimum: 0.");
    assertThat(report.render(Locale.forLanguageTag("vi")))
        .contains(
            "Chưa đạt do thiếu ngày: 1; do chưa đạt định mức theo cấp: 1; theo loại hình: 0.");
  }

  @Test
  void collectorAndAccumulator_giveTheSameReportAsOf() {
    List<Evaluation> evaluations =
        List.copyOf(
            evaluator.evaluateAll(Population.of(binhThuanAgency()), Y2019).evaluations().values());

    UnitReport of = UnitReport.of("unit", evaluations);
    UnitReport collected = evaluations.stream().collect(UnitReport.collector("unit"));
    UnitReport.Accumulator accumulator = UnitReport.accumulator("unit");
    evaluations.forEach(accumulator::add);

    assertThat(collected).isEqualTo(of);
    assertThat(accumulator.build()).isEqualTo(of);
    assertThat(evaluations.parallelStream().collect(UnitReport.collector("unit"))).isEqualTo(of);
    assertThat(of).hasToString("UnitReport[unit: 14 evaluated, 14 compliant]");
  }
}
