package io.github.dicoso;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.dicoso.internal.Checks.checkNotBlank;

import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters of the grassroots-duty rule. Every number and switch the rules use lives here,
 * with the citation of the document that sets it; the rules themselves hold no constants.
 *
 * <p>Start from {@link Policies#national2018()} and change what a province changes:
 *
 * <pre>{@code
 * Policy thirtyDays = Policy.builder().from(Policies.national2018())
 *     .name("30-day year")
 *     .requiredDays(Days.of(30))
 *     .putCitation(PolicyParameter.REQUIRED_DAYS, localDocument)
 *     .build();
 * }</pre>
 *
 * <p>The builder keeps the last value put for a map key, so a variant may override single entries
 * of its base ({@code putCitation}, {@code putHostLevelMinimum}, ...).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@Value.Style(
    depluralize = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
public abstract class Policy {
  Policy() {}

  /**
   * {@return a builder for a policy; {@code Policy.builder().from(base)} starts from an existing
   * one}
   */
  public static ImmutablePolicy.Builder builder() {
    return ImmutablePolicy.builder();
  }

  /** {@return the policy's name, e.g. {@code national-2018}} */
  public abstract String name();

  /** {@return the document that issues this policy as a whole} */
  public abstract Citation document();

  /** {@return the name of the policy this one was derived from, if it is a variant} */
  public abstract Optional<String> base();

  /**
   * {@return days at the grassroots required of a subject officer in a counting period} National:
   * 60 ("đủ 02 tháng (60 ngày/năm) trở lên").
   */
  public abstract Days requiredDays();

  /** {@return the part of each year in which days are counted. National: the calendar year} */
  public abstract CountingPeriod countingPeriod();

  /** {@return the levels whose officers are subject. National: CENTRAL and PROVINCIAL} */
  public abstract Set<Level> subjectLevels();

  /** {@return the kinds of employment that are subject. National: FULL_TIME} */
  public abstract Set<Employment> subjectEmployment();

  /**
   * {@return whether full-time executive committee members at a subject level are subject}
   * National: yes (Bình Thuận 2019 reports 29/37 committee members).
   */
  public abstract boolean committeeMembersSubject();

  /**
   * {@return how the requirement scales for partial service} Default: by days of service, rounded
   * up.
   */
  public abstract ProRating proRating();

  /**
   * {@return for each leave kind that can exempt, the rule that says when it does} National: study
   * of 6 months or more, long-term sick leave (default threshold 6 months), maternity at any
   * length. Kinds not in the map never exempt and never reduce the requirement.
   */
  public abstract Map<LeaveKind, ExemptionRule> exemptions();

  /**
   * {@return whether a qualifying leave too short to exempt reduces the requirement pro rata to the
   * days away} Default: yes.
   */
  public abstract boolean leaveReducesRequirement();

  /** {@return whether a visit the officer was only invited to counts. National: never} */
  public abstract boolean countInvitedOnly();

  /**
   * {@return whether a visit not registered and approved counts. Default: yes, and it is reported}
   */
  public abstract boolean countUnapproved();

  /** {@return whether a visit without a travel order counts. Default: yes, and it is reported} */
  public abstract boolean countWithoutTravelOrder();

  /**
   * {@return whether a half-day visit earns half a day (two on one date make one day)} Default:
   * yes. When off, half-day visits earn nothing.
   */
  public abstract boolean halfDayCredit();

  /**
   * {@return days after a visit ends within which its result report is due; empty when the policy
   * sets no deadline} National: none (Quảng Trị 2020: 10).
   */
  public abstract Optional<Integer> reportDeadlineDays();

  /**
   * {@return minimum days at each host level (Bà Rịa–Vũng Tàu: 30 branch, 20 commune, 10 district)}
   * National: none.
   */
  public abstract Map<HostLevel, Days> hostLevelMinimums();

  /** {@return minimum days of each kind of work. National: none} */
  public abstract Map<KindOfWork, Days> kindMinimums();

  /**
   * Whether the per-level and per-kind minimums shrink with a requirement reduced for partial
   * service or leave, in the same proportion and rounded up to a whole day (the minimums read as a
   * split of the quota: 30 + 20 + 10 = 60). Library default: yes.
   *
   * @return whether minimums scale with the requirement
   */
  public abstract boolean minimumsScaleWithRequirement();

  /**
   * {@return whether at least one branch-meeting (MEETING) day is expected in the period; reported
   * when missing} National: yes, branch meetings are one of the four kinds of work.
   */
  public abstract boolean meetingDayExpected();

  /** {@return whether visits must fall inside the province's scheduled windows. National: no} */
  public abstract boolean windowsRequired();

  /**
   * {@return the deadline for registering a planned visit, if the policy sets one. National: none}
   */
  public abstract Optional<RegistrationDeadline> registrationDeadline();

  /**
   * {@return the most delegations a host unit should receive in one window, if capped} National: no
   * cap.
   */
  public abstract Optional<Integer> maxDelegationsPerHostPerWindow();

  /**
   * {@return days targeted for each quarter, Q1 to Q4; empty for an even split of {@link
   * #requiredDays()} (15 a quarter for 60)}
   */
  public abstract List<Days> quarterlyTargets();

  /**
   * {@return the citation of each parameter; parameters not listed are cited by {@link
   * #document()}}
   */
  public abstract Map<PolicyParameter, Citation> citations();

  /**
   * The citation of the document that sets {@code parameter} in this policy.
   *
   * @param parameter the parameter
   * @return its citation
   */
  public Citation citation(PolicyParameter parameter) {
    Citation c = citations().get(parameter);
    return c != null ? c : document();
  }

  @Value.Check
  void validate() {
    checkNotBlank("policy", "name", name());
    String record = "policy " + name();
    checkArgument(
        !requiredDays().isNegative(), "%s: required days %s is negative", record, requiredDays());
    reportDeadlineDays()
        .ifPresent(
            d -> checkArgument(d >= 0, "%s: report deadline days %s is negative", record, d));
    maxDelegationsPerHostPerWindow()
        .ifPresent(
            n ->
                checkArgument(
                    n >= 1, "%s: max delegations per host per window %s is below 1", record, n));
    hostLevelMinimums()
        .forEach(
            (level, days) ->
                checkArgument(
                    !days.isNegative(),
                    "%s: host level minimum %s %s is negative",
                    record,
                    level,
                    days));
    kindMinimums()
        .forEach(
            (kind, days) ->
                checkArgument(
                    !days.isNegative(), "%s: kind minimum %s %s is negative", record, kind, days));
    checkArgument(
        quarterlyTargets().isEmpty() || quarterlyTargets().size() == 4,
        "%s: quarterly targets %s must list four quarters or none",
        record,
        quarterlyTargets());
    quarterlyTargets()
        .forEach(
            t -> checkArgument(!t.isNegative(), "%s: quarterly target %s is negative", record, t));
  }
}
