package io.github.dicoso.compliance;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.internal.Messages;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.requirement.MinimumCheck;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The result of one officer's evaluation for one period, as an HR system stores it: the status, the
 * days required and credited, the ledger of every visit, what became of every leave, the findings
 * and the explanation. It holds only values (no reference to the evaluator or the policy). Made by
 * {@link Evaluator} only.
 *
 * <p>The status law: a subject, non-exempt officer is {@link Status#COMPLIANT} exactly when {@link
 * #credited()} is at least {@link #required()} and every binding minimum is met. For an officer who
 * is not subject or is exempt, {@link #required()} is zero; the ledger is still kept, so every
 * visit of the period appears in the result. Visits and leaves wholly outside the period are not
 * part of it; {@link #visitsOutsidePeriod()} and {@link #leavesOutsidePeriod()} count them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  @SuppressWarnings("TooManyParameters") // one per field: the stored form of every field
  static Evaluation create(
      String officerId,
      String officerName,
      String department,
      String policyName,
      LocalDateRange period,
      Status status,
      Days required,
      DayLedger ledger,
      Eligibility eligibility,
      Optional<Exemption> exemption,
      Optional<Requirement> requirement,
      List<LeaveEntry> leaves,
      List<MinimumCheck> minimums,
      StatusDecision decision,
      List<Finding> findings,
      Explanation explanation,
      Optional<Hint> hint,
      int visitsOutsidePeriod,
      int leavesOutsidePeriod) {
    return new ImmutableEvaluation.Builder()
        .officerId(officerId)
        .officerName(officerName)
        .department(department)
        .policyName(policyName)
        .period(period)
        .status(status)
        .required(required)
        .ledger(ledger)
        .eligibility(eligibility)
        .exemption(exemption)
        .requirement(requirement)
        .leaves(leaves)
        .minimums(minimums)
        .decision(decision)
        .findings(findings)
        .explanation(explanation)
        .hint(hint)
        .visitsOutsidePeriod(visitsOutsidePeriod)
        .leavesOutsidePeriod(leavesOutsidePeriod)
        .build();
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

  /** {@return every visit of the period, credited or excluded with reasons, and every date} */
  public abstract DayLedger ledger();

  /** {@return whether the officer is subject, and why} */
  public abstract Eligibility eligibility();

  /** {@return the exemption, if the officer is exempt} */
  public abstract Optional<Exemption> exemption();

  /** {@return the requirement with its numbers; present for a subject, non-exempt officer} */
  public abstract Optional<Requirement> requirement();

  /** {@return what became of every leave that overlaps the period, in date order} */
  public abstract List<LeaveEntry> leaves();

  /** {@return the host-level and kind minimums checked, for a subject, non-exempt officer} */
  public abstract List<MinimumCheck> minimums();

  /** {@return the status with its reason} */
  public abstract StatusDecision decision();

  /**
   * {@return what the checks noticed, each citing its rule; visit findings first, in visit order}
   */
  public abstract List<Finding> findings();

  /** {@return the chain of rules applied} */
  public abstract Explanation explanation();

  /** {@return what would change the outcome: present exactly when {@link Status#NON_COMPLIANT}} */
  public abstract Optional<Hint> hint();

  /** {@return the number of the record's visits wholly outside the period, left out} */
  public abstract int visitsOutsidePeriod();

  /** {@return the number of the record's leaves wholly outside the period, left out} */
  public abstract int leavesOutsidePeriod();

  /** {@return days credited: each date once, a half or a whole day (the ledger's total)} */
  public Days credited() {
    return decision().credited();
  }

  /** {@return days still missing: {@code required - credited}, zero when met} */
  public Days shortfall() {
    return required().minusFloorZero(credited());
  }

  /**
   * {@return days credited beyond the requirement: {@code credited - required}, zero when short}
   */
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

  /** {@return whether the officer was held to the requirement (subject and not exempt)} */
  public boolean evaluated() {
    return status().evaluated();
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
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The evaluation as text: a header, the explanation, the hint if any, the leaves and the
   * findings.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put(
        "officer", officerId() + (officerName().isEmpty() ? "" : " (" + officerName() + ")"));
    header.put("period", period());
    header.put("policy", Vocabulary.policyName(policyName(), locale));
    StringBuilder s =
        new StringBuilder(Messages.format(locale, "evaluation.header", header, Vocabulary::value));
    s.append('\n').append(explanation().render(locale));
    hint().ifPresent(h -> s.append('\n').append(h.render(locale)));
    if (!leaves().isEmpty()) {
      s.append('\n').append(Messages.text(locale, "evaluation.leaves"));
      for (LeaveEntry l : leaves()) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Leave leave = l.leave();
        facts.put(
            "leave",
            leave
                .id()
                .orElseGet(
                    () ->
                        leave.officerId()
                            + " "
                            + Vocabulary.label(leave.kind(), locale)
                            + " "
                            + Vocabulary.value(leave.dates(), locale)));
        facts.put("outcome", l.outcome());
        facts.put(
            "days",
            l.daysAway() > 0
                ? Messages.format(
                    locale,
                    "evaluation.leave.days",
                    Map.<String, Object>of("daysAway", l.daysAway()),
                    Vocabulary::value)
                : "");
        s.append("\n- ")
            .append(Messages.format(locale, "evaluation.leave", facts, Vocabulary::value));
      }
    }
    if (!findings().isEmpty()) {
      s.append('\n').append(Messages.text(locale, "evaluation.findings"));
      findings().forEach(f -> s.append("\n- ").append(f.render(locale)));
    }
    return s.toString();
  }

  @Value.Check
  void validate() {
    String record = "evaluation of officer " + officerId();
    if (status() != decision().status() || !required().equals(decision().required())) {
      throw new IllegalArgumentException(record + ": status and decision disagree");
    }
    if (status().evaluated()
        && (status() == Status.COMPLIANT)
            != (credited().isAtLeast(required()) && decision().unmetMinimums().isEmpty())) {
      throw new IllegalArgumentException(
          record
              + ": status "
              + status()
              + " contradicts credited "
              + credited()
              + ", required "
              + required()
              + " and minimums "
              + decision().unmetMinimums());
    }
    if (!status().evaluated() && !required().isZero()) {
      throw new IllegalArgumentException(
          record + ": status " + status() + " with required " + required());
    }
    if (hint().isPresent() != (status() == Status.NON_COMPLIANT)) {
      throw new IllegalArgumentException(record + ": a hint goes with NON_COMPLIANT only");
    }
  }

  /** {@code Evaluation[BT-05 2019-01-01..2019-12-31 NON_COMPLIANT 59.5/60]}. */
  @Override
  public String toString() {
    return "Evaluation["
        + officerId()
        + " "
        + period().getStart()
        + ".."
        + period().getEndInclusive()
        + " "
        + status()
        + " "
        + credited()
        + "/"
        + required()
        + "]";
  }
}
