package io.github.dicoso.examples;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The README's unit example: a constructed provincial agency (Tỉnh đoàn) evaluated for 2019 under
 * the national rule, one officer's explanation in English and Vietnamese, and the unit report.
 */
public final class AgencyExample {
  private static final Year YEAR = Year.of(2019);
  private static final String[] HOSTS = {
    "Huyện đoàn Hàm Tân",
    "Huyện đoàn Tuy Phong",
    "Huyện đoàn Bắc Bình",
    "Thị đoàn La Gi",
    "Huyện đoàn Phú Quý"
  };

  private AgencyExample() {}

  /** Prints the evaluation of officer TD-03 and the agency's unit report. */
  public static void main(String[] args) {
    System.out.println(run());
  }

  /** The text {@link #main} prints. */
  public static String run() {
    List<Officer> officers = new ArrayList<>();
    List<Visit> visits = new ArrayList<>();
    List<Leave> leaves = new ArrayList<>();

    // Ban Tổ chức: three officers who went out enough, one on maternity leave
    for (int i = 1; i <= 3; i++) {
      String id = "TD-0" + i;
      officers.add(fullTime(id, "Ban Tổ chức"));
      visits.addAll(year(id, 60 + 2 * i, HOSTS[i % HOSTS.length]));
    }
    officers.add(fullTime("TD-04", "Ban Tổ chức"));
    leaves.add(
        Leave.of(
            "TD-04", LeaveKind.MATERNITY, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 8, 31)));

    // Ban Phong trào: one short of days, one whose only visit was as an invited guest, one
    // compliant
    officers.add(fullTime("TD-05", "Ban Phong trào"));
    visits.addAll(year("TD-05", 52, HOSTS[2]));
    visits.add(
        visit("TD-05-INV", "TD-05", LocalDate.of(2019, 5, 2), 1, HOSTS[3])
            .invitedOnly(true)
            .build());
    officers.add(fullTime("TD-06", "Ban Phong trào"));
    visits.addAll(year("TD-06", 61, HOSTS[4]));
    officers.add(fullTime("TD-07", "Ban Phong trào"));
    visits.add(
        visit("TD-07-INV", "TD-07", LocalDate.of(2019, 9, 9), 2, HOSTS[0])
            .invitedOnly(true)
            .build());

    // Văn phòng: a part-time officer (not subject), one on long study, one who joined on 1 July
    officers.add(
        Officer.builder()
            .id("TD-08")
            .level(Level.PROVINCIAL)
            .employment(Employment.PART_TIME)
            .department("Văn phòng")
            .build());
    officers.add(fullTime("TD-09", "Văn phòng"));
    leaves.add(
        Leave.of("TD-09", LeaveKind.STUDY, LocalDate.of(2019, 1, 2), LocalDate.of(2019, 9, 30)));
    officers.add(
        Officer.builder()
            .id("TD-10")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .department("Văn phòng")
            .addServicePeriods(ServicePeriod.from(LocalDate.of(2019, 7, 1)))
            .build());
    visits.addAll(year("TD-10", 32, HOSTS[1], 7));

    // a visit filed under an id no officer has: reported, not dropped
    visits.add(visit("X-1", "TD-99", LocalDate.of(2019, 4, 8), 3, HOSTS[0]).build());

    Policy policy = Policies.national2018();
    Evaluator evaluator = Evaluator.of(policy);
    PopulationEvaluation agency =
        evaluator.evaluateAll(Population.of(officers, visits, leaves), YEAR);
    UnitReport report = agency.report("Tỉnh đoàn (constructed), " + YEAR);

    StringBuilder out = new StringBuilder();
    Evaluation short5 = agency.evaluation("TD-05").orElseThrow();
    out.append(short5.render(Locale.ENGLISH)).append("\n\n");
    out.append(short5.explanation().render(Locale.forLanguageTag("vi"))).append("\n\n");
    out.append(report.render(Locale.ENGLISH)).append("\n\n");
    for (Finding f : agency.findings()) {
      out.append(f.render(Locale.ENGLISH)).append('\n');
    }
    return out.toString().strip();
  }

  private static Officer fullTime(String id, String department) {
    return Officer.builder()
        .id(id)
        .level(Level.PROVINCIAL)
        .employment(Employment.FULL_TIME)
        .department(department)
        .build();
  }

  private static Visit.Builder visit(
      String id, String officerId, LocalDate start, int days, String host) {
    return Visit.builder()
        .id(id)
        .officerId(officerId)
        .start(start)
        .end(start.plusDays(days - 1))
        .addKinds(KindOfWork.THEMATIC, KindOfWork.MEETING)
        .hostUnit(host)
        .hostLevel(HostLevel.DISTRICT);
  }

  /**
   * Visits of 5 days on the 3rd and the 17th of each month from January, adding up to {@code total}
   * days.
   */
  private static List<Visit> year(String officerId, int total, String host) {
    return year(officerId, total, host, 1);
  }

  /** The same, from the 3rd of {@code firstMonth}. */
  private static List<Visit> year(String officerId, int total, String host, int firstMonth) {
    List<Visit> list = new ArrayList<>();
    for (int n = 0, left = total; left > 0; n++, left -= 5) {
      LocalDate start = LocalDate.of(2019, firstMonth + n / 2, n % 2 == 0 ? 3 : 17);
      list.add(visit(officerId + "-" + (n + 1), officerId, start, Math.min(5, left), host).build());
    }
    return list;
  }
}
