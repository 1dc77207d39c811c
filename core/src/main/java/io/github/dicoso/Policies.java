package io.github.dicoso;

import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import java.time.LocalDate;
import java.time.Period;

/** The policies this library ships with. */
public final class Policies {
  /** The national guidance for the 2017–2022 term. */
  public static final String NATIONAL_2018 = "national-2018";

  private static final String HD03 = "Hướng dẫn 03-HD/TWĐTN-BTC";
  private static final LocalDate HD03_DATE = LocalDate.of(2018, 3, 21);

  private static final Policy NATIONAL_2018_POLICY = buildNational2018();

  private Policies() {}

  /**
   * {@return the national rule: Hướng dẫn 03-HD/TWĐTN-BTC of 21/3/2018 of the Secretariat of the
   * Central Youth Union, "chế độ đi công tác cơ sở của cán bộ Đoàn cấp trung ương và cấp tỉnh, giai
   * đoạn 2018–2022"} Each parameter cites the guidance where it says so, and is cited as a library
   * default where the sources are silent.
   */
  public static Policy national2018() {
    return NATIONAL_2018_POLICY;
  }

  private static Citation hd03(String provision) {
    return Citation.national(HD03, HD03_DATE, provision);
  }

  private static Policy buildNational2018() {
    return Policy.builder()
        .name(NATIONAL_2018)
        .document(
            hd03("chế độ đi công tác cơ sở của cán bộ Đoàn cấp trung ương và cấp tỉnh, 2018–2022"))
        .requiredDays(Days.of(60))
        .putCitation(
            PolicyParameter.REQUIRED_DAYS,
            hd03("at least 2 months (60 days) a year at the grassroots"))
        .countingPeriod(CountingPeriod.calendarYear())
        .putCitation(PolicyParameter.COUNTING_PERIOD, hd03("60 days each year"))
        .addSubjectLevels(Level.CENTRAL, Level.PROVINCIAL)
        .putCitation(
            PolicyParameter.SUBJECT_LEVELS, hd03("officers of the central and provincial level"))
        .addSubjectEmployment(Employment.FULL_TIME)
        .putCitation(PolicyParameter.SUBJECT_EMPLOYMENT, hd03("full-time Youth Union officers"))
        .committeeMembersSubject(true)
        .putCitation(
            PolicyParameter.COMMITTEE_MEMBERS_SUBJECT,
            hd03("full-time executive committee members are subject"))
        .proRating(ProRating.BY_DAYS_OF_SERVICE)
        .putCitation(
            PolicyParameter.PRO_RATING,
            Citation.libraryDefault(
                "partial service pro-rates the requirement by days of service, rounded up to a whole day"))
        .putExemption(LeaveKind.STUDY, ExemptionRule.atLeast(Period.ofMonths(6)))
        .putExemption(LeaveKind.SICK, ExemptionRule.atLeast(Period.ofMonths(6)))
        .putExemption(LeaveKind.MATERNITY, ExemptionRule.anyLength())
        .putCitation(
            PolicyParameter.EXEMPTIONS,
            hd03(
                "exempt: long-term study (6 months or more), long-term sick leave (threshold a"
                    + " dicoso default: 6 months), maternity leave"))
        .leaveReducesRequirement(true)
        .putCitation(
            PolicyParameter.LEAVE_REDUCES_REQUIREMENT,
            Citation.libraryDefault(
                "a qualifying leave too short to exempt reduces the requirement pro rata"))
        .countInvitedOnly(false)
        .putCitation(
            PolicyParameter.COUNT_INVITED_ONLY,
            hd03(
                "visits made only as an invited guest do not count (không tính các buổi được mời dự hoạt động)"))
        .countUnapproved(true)
        .putCitation(
            PolicyParameter.COUNT_UNAPPROVED,
            Citation.libraryDefault("unapproved visits count but are reported"))
        .countWithoutTravelOrder(true)
        .putCitation(
            PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER,
            Citation.libraryDefault("visits without a travel order count but are reported"))
        .halfDayCredit(true)
        .putCitation(
            PolicyParameter.HALF_DAY_CREDIT,
            Citation.libraryDefault(
                "a half-day visit earns half a day; a date never earns more than one"))
        .putCitation(
            PolicyParameter.REPORT_DEADLINE_DAYS,
            hd03("a results report follows each visit; no deadline is set nationally"))
        .putCitation(
            PolicyParameter.HOST_LEVEL_MINIMUMS, hd03("no split of the quota by host level"))
        .putCitation(PolicyParameter.KIND_MINIMUMS, hd03("no split of the quota by kind of work"))
        .minimumsScaleWithRequirement(true)
        .putCitation(
            PolicyParameter.MINIMUMS_SCALE_WITH_REQUIREMENT,
            Citation.libraryDefault(
                "per-level and per-kind minimums shrink with a reduced requirement, rounded up to a whole day"))
        .meetingDayExpected(true)
        .putCitation(
            PolicyParameter.MEETING_DAY_EXPECTED,
            hd03("the fourth kind of work: attending thematic sessions and branch meetings"))
        .windowsRequired(false)
        .putCitation(
            PolicyParameter.WINDOWS_REQUIRED, hd03("no scheduled windows are set nationally"))
        .putCitation(
            PolicyParameter.REGISTRATION_DEADLINE,
            hd03("visits are registered each quarter; no deadline is set nationally"))
        .putCitation(
            PolicyParameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW,
            Citation.libraryDefault("no cap on delegations per host unit per window"))
        .putCitation(
            PolicyParameter.QUARTERLY_TARGETS,
            Citation.libraryDefault("quarterly targets split the requirement evenly"))
        .build();
  }
}
