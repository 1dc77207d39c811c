package io.github.dicoso.variant;

import java.util.Map;
import org.immutables.value.Value;

/**
 * One officer's outcomes under the baseline and each variant, by policy name in the order compared
 * (baseline first).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OfficerComparison {
  OfficerComparison() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static OfficerComparison create(
      String officerId, String officerName, Map<String, Outcome> outcomes) {
    return builder().officerId(officerId).officerName(officerName).outcomes(outcomes).build();
  }

  /** A builder; {@link VariantComparison} builds them. */
  static ImmutableOfficerComparison.Builder builder() {
    return new ImmutableOfficerComparison.Builder();
  }

  /** {@return the officer} */
  public abstract String officerId();

  /** {@return the officer's name; may be empty} */
  public abstract String officerName();

  /** {@return the outcome under each policy, by name, baseline first} */
  public abstract Map<String, Outcome> outcomes();

  /**
   * The outcome under the policy named {@code policyName}.
   *
   * @param policyName the name of the baseline or of a variant
   * @return the officer's outcome under that policy
   */
  public Outcome under(String policyName) {
    Outcome o = outcomes().get(policyName);
    if (o == null) {
      throw new IllegalArgumentException(
          "officer "
              + officerId()
              + ": no outcome under '"
              + policyName
              + "'; compared: "
              + outcomes().keySet());
    }
    return o;
  }

  /** {@return whether the status is the same under every policy} */
  public boolean sameStatusEverywhere() {
    return outcomes().values().stream().map(Outcome::status).distinct().count() <= 1;
  }
}
