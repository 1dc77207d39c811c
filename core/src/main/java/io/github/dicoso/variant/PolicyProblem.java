package io.github.dicoso.variant;

import io.github.dicoso.Parameter;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One problem {@link PolicyChecks} found in a policy: a contradiction that no officer can satisfy,
 * or a dead rule that can never apply, with the parameters involved and a message in words.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyProblem {
  PolicyProblem() {}

  /** What kind of problem this is. */
  public enum Code {
    /** The policy has no document: a draft, whose changes cite the draft by name. */
    DRAFT(Severity.WARNING),
    /** The required days exceed the days of the counting period: nobody can comply. */
    REQUIRED_EXCEEDS_PERIOD(Severity.ERROR),
    /** Zero days are required: every subject officer complies and the day rules never bind. */
    REQUIRED_DAYS_ZERO(Severity.WARNING),
    /** The per-host-level minimums add up to more than the required days. */
    HOST_LEVEL_MINIMUMS_EXCEED_REQUIRED(Severity.WARNING),
    /** The per-kind minimums add up to more than the required days. */
    KIND_MINIMUMS_EXCEED_REQUIRED(Severity.WARNING),
    /** One minimum exceeds the days of the counting period: nobody can meet it. */
    MINIMUM_EXCEEDS_PERIOD(Severity.ERROR),
    /** The counting period starts or ends on 29 February, which common years lack. */
    COUNTING_PERIOD_NOT_IN_EVERY_YEAR(Severity.WARNING),
    /** A report deadline of zero days: reports are due the day the visit ends. */
    REPORT_DEADLINE_ZERO(Severity.WARNING),
    /** An exemption threshold longer than the counting period: the exemption never applies. */
    EXEMPTION_THRESHOLD_EXCEEDS_PERIOD(Severity.WARNING),
    /** Leave reduces the requirement, but no leave kind qualifies: the rule never applies. */
    LEAVE_REDUCTION_WITHOUT_QUALIFYING_LEAVE(Severity.WARNING),
    /** No subject level: nobody is subject. */
    NO_SUBJECT_LEVEL(Severity.ERROR),
    /** No subject employment: nobody, or only committee members, are subject. */
    NO_SUBJECT_EMPLOYMENT(Severity.WARNING),
    /** The quarterly targets do not add up to the required days. */
    QUARTERLY_TARGETS_MISMATCH(Severity.WARNING),
    /** A quarterly target exceeds the days of the counting period inside that quarter. */
    QUARTERLY_TARGET_OUTSIDE_PERIOD(Severity.ERROR);

    private final Severity severity;

    Code(Severity severity) {
      this.severity = severity;
    }

    /** {@return how serious problems of this code are} */
    public Severity severity() {
      return severity;
    }
  }

  /** How serious a problem is. */
  public enum Severity {
    /** A contradiction: some part of the rule can never be satisfied. */
    ERROR,
    /** A dead or doubtful rule: legal, but probably not what was meant. */
    WARNING
  }

  /** A problem of {@code code} about {@code parameters}. */
  static PolicyProblem of(Code code, Set<Parameter<?>> parameters, String message) {
    return new ImmutablePolicyProblem.Builder()
        .code(code)
        .parameters(parameters)
        .message(message)
        .build();
  }

  /** {@return what kind of problem this is} */
  public abstract Code code();

  /** {@return how serious it is: the code's severity} */
  public Severity severity() {
    return code().severity();
  }

  /** {@return the parameters involved} */
  public abstract Set<Parameter<?>> parameters();

  /** {@return the problem in words, naming the variant-file keys and the values involved} */
  public abstract String message();

  /** {@code ERROR REQUIRED_EXCEEDS_PERIOD: message}. */
  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message();
  }
}
