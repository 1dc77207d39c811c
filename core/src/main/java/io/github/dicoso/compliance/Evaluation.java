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
 * The result of one officer's evaluation for one period, as an HR system stores it: the status, the
 * days required and credited, the ledger of every visit, the findings and the explanation. It holds
 * only values (no reference to the evaluator or the policy object).
 *
 * <p>The status law: a subject, non-exempt officer is {@link Status#COMPLIANT} exactly when {@link
 * #credited()} is at least {@link #required()}. A per-level or per-kind minimum that is not met
 * does not change the status; it is reported as a {@link
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

  /** {@return a builder for an evaluation; the {@link Evaluator} builds them} */
  public static ImmutableEvaluation.Builder builder() {
    return ImmutableEvaluation.builder();
  }

  /** {@return the officer evaluated} */
  public abstract String officerId();

  /** {@return the officer's display name; may be empty} */
  public abstract String officerName();

  /** {@return the officer's department; may be empty} */
  public abstract String department();

  /** {@return the name of the policy applied} */
  public abstract String policyName();

  /**
   * {@return the period evaluated; closed ({@link LocalDateRange#getEndInclusive()} is its last
   * day)}
   */
  public abstract LocalDateRange period();

  /** {@return the outcome} */
  public abstract Status status();

  /** {@return days required: the requirement for a subject, non-exempt officer; zero otherwise} */
  public abstract Days required();

  /** {@return days credited: each date once, a half or a whole day (the ledger's total)} */
  @Value.Derived
  public Days credited() {
    return ledger().credited();
  }

  /** {@return days still missing: {@code required - credited}, zero when met} */
  @Value.Derived
  public Days shortfall() {
    return required().minusFloorZero(credited());
  }

  /**
   * {@return days credited beyond the requirement: {@code credited - required}, zero when short}
   */
  @Value.Derived
  public Days beyondRequirement() {
    return credited().minusFloorZero(required());
  }

  /** {@return days on which each kind of work occurred (a day may carry several kinds)} */
  public Map<KindOfWork, Days> byKind() {
    return ledger().byKind();
  }

  /** {@return days at each host level (a day may carry several levels)} */
  public Map<HostLevel, Days> byHostLevel() {
    return ledger().byHostLevel();
  }

  /** {@return every visit given, credited or excluded with reasons, and every credited date} */
  public abstract DayLedger ledger();

  /** {@return whether the officer is subject, and why} */
  public abstract Eligibility eligibility();

  /**
   * {@return the requirement with its numbers and any exemption; empty for an officer not subject}
   */
  public abstract Optional<Requirement> requirement();

  /**
   * {@return what the checks noticed, each citing its rule; visit findings first, in visit order}
   */
  public abstract List<Finding> findings();

  /** {@return the chain of rules applied} */
  public abstract Explanation explanation();

  /**
   * {@return what would change the outcome, for a subject, non-exempt officer short of the
   * requirement or of a minimum; empty otherwise (always present when {@link
   * Status#NON_COMPLIANT})}
   */
  public abstract Optional<Hint> hint();

  /** {@return whether the officer was held to the requirement (subject and not exempt)} */
  public boolean evaluated() {
    return status().evaluated();
  }

  /** {@return the exemption, if the officer is exempt} */
  public Optional<Exemption> exemption() {
    return requirement().flatMap(Requirement::exemption);
  }

  /** {@return the kind of leave that exempts the officer, if one does} */
  public Optional<LeaveKind> exemptionReason() {
    return exemption().map(Exemption::kind);
  }

  /** {@return the distinct host units with at least one credited day} */
  public Set<String> hostUnits() {
    return ledger().hostUnits();
  }

  /**
   * The findings of one code, in order.
   *
   * @param code the finding code
   * @return the findings of that code, possibly none
   */
  public List<Finding> findings(FindingCode code) {
    return findings().stream()
        .filter(f -> f.code() == code)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The evaluation as text: the explanation, the hint if any, and the findings, in English for any
   * locale but Vietnamese ({@code vi}).
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    return ComplianceText.evaluation(this, locale);
  }

  @Value.Check
  void validate() {
    String record = "evaluation of officer " + officerId();
    if (status().evaluated()
        && (status() == Status.COMPLIANT) != credited().isAtLeast(required())) {
      throw new IllegalArgumentException(
          record
              + ": status "
              + status()
              + " contradicts credited "
              + credited()
              + " and required "
              + required());
    }
    if (!status().evaluated() && !required().isZero()) {
      throw new IllegalArgumentException(
          record + ": status " + status() + " with required " + required());
    }
  }
}
