package io.github.dicoso.compliance;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.Days;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The result of one officer's evaluation for one period, as an HR system stores it: the status,
 * the days required and credited, the ledger of every visit, the findings and the explanation.
 * It holds only values (no reference to the evaluator or the policy object).
 *
 * <p>The status law: a subject, non-exempt officer is {@link Status#COMPLIANT} exactly when
 * {@link #credited()} is at least {@link #required()}. A per-level or per-kind minimum that is
 * not met does not change the status; it is reported as a {@link
 * io.github.dicoso.finding.Severity#VIOLATION VIOLATION} finding and in the {@link #hint()}.
 *
 * <p>For an officer who is not subject or is exempt, {@link #required()} is zero; the ledger is
 * still kept, so every visit given appears in the result.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /** A builder for an evaluation; the {@link Evaluator} builds them. */
  public static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }

  /** The officer evaluated. */
  public abstract String officerId();

  /** The officer's display name; may be empty. */
  public abstract String officerName();

  /** The officer's department; may be empty. */
  public abstract String department();

  /** The name of the policy applied. */
  public abstract String policyName();

  /** The period evaluated; closed ({@link LocalDateRange#getEndInclusive()} is its last day). */
  public abstract LocalDateRange period();

  /** The outcome. */
  public abstract Status status();

  /** Days required: the requirement for a subject, non-exempt officer; zero otherwise. */
  public abstract Days required();

  /** Days credited: each date once, a half or a whole day (the ledger's total). */
  @Value.Derived
  public Days credited() {
    return ledger().credited();
  }

  /** Days still missing: {@code required - credited}, zero when met. */
  @Value.Derived
  public Days shortfall() {
    return required().minusFloorZero(credited());
  }

  /** Days credited beyond the requirement: {@code credited - required}, zero when short. */
  @Value.Derived
  public Days beyondRequirement() {
    return credited().minusFloorZero(required());
  }

  /** Days on which each kind of work occurred (a day may carry several kinds). */
  public Map<KindOfWork, Days> byKind() {
    return ledger().byKind();
  }

  /** Days at each host level (a day may carry several levels). */
  public Map<HostLevel, Days> byHostLevel() {
    return ledger().byHostLevel();
  }

  /** Every visit given, credited or excluded with reasons, and every credited date. */
  public abstract DayLedger ledger();

  /** Whether the officer is subject, and why. */
  public abstract Eligibility eligibility();

  /** The requirement with its numbers and any exemption; empty for an officer not subject. */
  public abstract Optional<Requirement> requirement();

  /** What the checks noticed, each citing its rule; visit findings first, in visit order. */
  public abstract List<Finding> findings();

  /** The chain of rules applied. */
  public abstract Explanation explanation();

  /**
   * What would change the outcome, for a subject, non-exempt officer short of the requirement or
   * of a minimum; empty otherwise (always present when {@link Status#NON_COMPLIANT}).
   */
  public abstract Optional<Hint> hint();

  /** Whether the officer was held to the requirement (subject and not exempt). */
  public boolean evaluated() {
    return status().evaluated();
  }

  /** The exemption, if the officer is exempt. */
  public Optional<Exemption> exemption() {
    return requirement().flatMap(Requirement::exemption);
  }

  /** The kind of leave that exempts the officer, if one does. */
  public Optional<LeaveKind> exemptionReason() {
    return exemption().map(Exemption::kind);
  }

  /** The distinct host units with at least one credited day. */
  public Set<String> hostUnits() {
    return ledger().hostUnits();
  }

  /** The findings of one code, in order. */
  public List<Finding> findings(FindingCode code) {
    return findings().stream().filter(f -> f.code() == code).collect(ImmutableList.toImmutableList());
  }

  /**
   * The evaluation as text: the explanation, the hint if any, and the findings, in English for
   * any locale but Vietnamese ({@code vi}).
   */
  public String render(Locale locale) {
    return ComplianceText.evaluation(this, locale);
  }

  @Value.Check
  void validate() {
    String record = "evaluation of officer " + officerId();
    if (status().evaluated() && (status() == Status.COMPLIANT) != credited().isAtLeast(required())) {
      throw new IllegalArgumentException(
          record + ": status " + status() + " contradicts credited " + credited() + " and required " + required());
    }
    if (!status().evaluated() && !required().isZero()) {
      throw new IllegalArgumentException(record + ": status " + status() + " with required " + required());
    }
  }
}
