package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.visit.Visit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Everything one evaluation run produces, in the shape the outputs (text, CSV, JSON, HTML) write:
 * the policy and period, one result per officer, the unit summary, and the visits and leaves that
 * earned nothing, each with its reason.
 *
 * <p>The per-officer lists ({@code officers}, {@code evaluations}, {@code officerVisits}) evaluate
 * their chunk of officers again as they are gone through, and {@code excludedVisits} and {@code
 * outsidePeriodVisits} are read from the run's temporary files: a run over millions of visits holds
 * one chunk of them. Their content never changes, but going through them is not thread-safe: one
 * thread writes the outputs of a run.
 *
 * @param policy the policy's name, e.g. {@code national-2018}
 * @param policyDocument the policy's document, cited
 * @param year the year evaluated
 * @param period the counting period in that year, closed
 * @param officers one result per officer, in input order
 * @param summary the unit summary
 * @param unitReportText the library's unit report, rendered in the run's language
 * @param excludedVisits visits no date of which was credited, in input order
 * @param excludedLeaves leaves of officers not in the officers file, in input order
 * @param leaves every leave of the input, in input order, with what became of it
 * @param evaluations the library's evaluation of each officer, in input order
 * @param unit the library's unit report
 * @param unknownOfficerVisits the visits of officers not in the officers file, in input order
 * @param outsidePeriodVisits the visits of known officers wholly outside the period, which no
 *     evaluation holds, in input order
 * @param officerVisits the visits of each officer, in input order, one list per officer
 */
record RunReport(
    String policy,
    String policyDocument,
    int year,
    LocalDateRange period,
    List<OfficerResult> officers,
    Summary summary,
    String unitReportText,
    List<ExcludedVisit> excludedVisits,
    List<ExcludedLeave> excludedLeaves,
    List<AccountedLeave> leaves,
    List<Evaluation> evaluations,
    UnitReport unit,
    List<Visit> unknownOfficerVisits,
    List<Visit> outsidePeriodVisits,
    List<List<Visit>> officerVisits) {
  RunReport {
    outsidePeriodVisits = kept(outsidePeriodVisits);
    evaluations = kept(evaluations);
    unknownOfficerVisits = List.copyOf(unknownOfficerVisits);
    officers = kept(officers);
    excludedVisits = kept(excludedVisits);
    officerVisits = kept(officerVisits);
    excludedLeaves = List.copyOf(excludedLeaves);
    leaves = List.copyOf(leaves);
  }

  /** The rows of {@code results.csv}. */
  /**
   * {@code list} itself if it is one of the run's lists read as they are gone through ({@link
   * Evaluations.ChunkList}, {@link SpillList}: unmodifiable, and copying them would hold what they
   * exist not to hold), else an unmodifiable copy.
   */
  private static <T> List<T> kept(List<T> list) {
    return list instanceof Evaluations.ChunkList<?> || list instanceof SpillList<?>
        ? list
        : List.copyOf(list);
  }

  /**
   * The CSV row of each officer, in input order, taken from the results as they are gone through.
   */
  List<ResultRow> rows() {
    return new java.util.AbstractList<>() {
      @Override
      public ResultRow get(int index) {
        return officers.get(index).row();
      }

      @Override
      public int size() {
        return officers.size();
      }
    };
  }

  /**
   * One officer's result with what the reports show besides the CSV row.
   *
   * @param row the CSV row
   * @param name the officer's name (input text)
   * @param department the officer's department (input text)
   * @param reason why the status, in words (e.g. the exemption and its leave)
   * @param findings the findings, in order
   * @param visits what became of each of the officer's visits, in date order
   */
  record OfficerResult(
      ResultRow row,
      String name,
      String department,
      String reason,
      List<FindingLine> findings,
      List<VisitOutcome> visits) {
    OfficerResult {
      findings = List.copyOf(findings);
      visits = List.copyOf(visits);
    }

    /** Whether the officer is held to the requirement (subject and not exempt). */
    boolean evaluated() {
      return row.status().equals("COMPLIANT") || row.status().equals("NON_COMPLIANT");
    }
  }

  /**
   * One finding as the reports show it.
   *
   * @param code the finding code
   * @param severity INFO, WARNING or VIOLATION
   * @param message the finding in words with its citation, in the run's language
   * @param visitIds the visits concerned
   * @param citation the rule's citation
   */
  record FindingLine(
      String code, String severity, String message, List<String> visitIds, String citation) {
    FindingLine {
      visitIds = List.copyOf(visitIds);
    }
  }

  /**
   * The unit summary.
   *
   * @param inScope officers in the input
   * @param subject officers subject to the requirement
   * @param exempt subject officers exempt that year
   * @param exemptByReason exempt officers by kind of leave
   * @param evaluated subject and not exempt: those held to the requirement
   * @param compliant evaluated officers who met it
   * @param nonCompliant evaluated officers who did not
   * @param complianceRate compliant / evaluated; empty when none is evaluated
   * @param totalDays days credited to the evaluated officers
   * @param averageDays total days / evaluated; empty when none is evaluated
   * @param hostUnitsCovered distinct host units with at least one credited day
   */
  record Summary(
      int inScope,
      int subject,
      int exempt,
      Map<String, Integer> exemptByReason,
      int evaluated,
      int compliant,
      int nonCompliant,
      Optional<BigDecimal> complianceRate,
      Days totalDays,
      Optional<BigDecimal> averageDays,
      int hostUnitsCovered) {
    Summary {
      exemptByReason = Map.copyOf(exemptByReason);
    }
  }

  /**
   * What became of one visit of an officer.
   *
   * @param visitId the visit
   * @param outcome CREDITED, PARTLY_CREDITED or EXCLUDED
   * @param creditedDates the number of the visit's dates credited (a date shared with another visit
   *     is counted for both here, once in the officer's total)
   * @param exclusions why the other dates earned nothing, e.g. {@code OUTSIDE_PERIOD}
   */
  record VisitOutcome(String visitId, String outcome, int creditedDates, List<String> exclusions) {
    VisitOutcome {
      exclusions = List.copyOf(exclusions);
    }
  }

  /**
   * A visit that earned no credit.
   *
   * @param visitId the visit
   * @param officerId the officer the visit names
   * @param reason the reason code, e.g. {@code UNKNOWN_OFFICER} or {@code INVITED_ONLY}
   * @param detail the reason in words
   */
  record ExcludedVisit(String visitId, String officerId, String reason, String detail) {}

  /**
   * A leave that could not be applied.
   *
   * @param officerId the officer the leave names
   * @param kind the kind of leave
   * @param start the first day away
   * @param end the last day away
   * @param reason the reason code, e.g. {@code UNKNOWN_OFFICER}
   */
  record ExcludedLeave(
      String officerId, String kind, LocalDate start, LocalDate end, String reason) {}

  /**
   * One leave of the input and what became of it: applied (it exempts the officer, or reduces the
   * days in post by {@code daysAway}), or not, with the reason.
   *
   * @param line the line of the leaves file it was read from
   * @param officerId the officer the leave names
   * @param kind the kind of leave
   * @param start the first day away
   * @param end the last day away
   * @param applied whether it changes the evaluation (EXEMPTS or REDUCES)
   * @param outcome the library's {@link io.github.dicoso.requirement.LeaveOutcome} name (EXEMPTS,
   *     REDUCES, NOT_QUALIFYING, OFFICER_NOT_SUBJECT, OUTSIDE_PERIOD ...), or {@code
   *     UNKNOWN_OFFICER} for an officer not in the officers file
   * @param daysAway the days by which it reduces the officer's days in post; zero unless REDUCES
   * @param leave the leave itself
   */
  record AccountedLeave(
      long line,
      String officerId,
      String kind,
      LocalDate start,
      LocalDate end,
      boolean applied,
      String outcome,
      long daysAway,
      Leave leave) {}
}
