package io.github.dicoso.variant;

import io.github.dicoso.Citation;
import io.github.dicoso.PolicyParameter;
import org.immutables.value.Value;

/**
 * One parameter a variant changes from its base, with both values in variant-file form and the
 * citation of the document that changes it: {@code required-days: 60 -> 30 (17-HD/TĐTN-TCKT,
 * 2/8/2018)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParameterChange {
  ParameterChange() {}

  /** {@return a builder for a change} */
  public static ImmutableParameterChange.Builder builder() {
    return ImmutableParameterChange.builder();
  }

  /** {@return the parameter changed} */
  public abstract PolicyParameter parameter();

  /** {@return the value in the base, as a variant file writes it ({@code none} when empty)} */
  public abstract String before();

  /** {@return the value in the variant, as a variant file writes it} */
  public abstract String after();

  /**
   * {@return the citation of the parameter in the variant: the local document, unless cited
   * otherwise}
   */
  public abstract Citation citation();

  /** {@code required-days: 60 -> 30 (17-HD/TĐTN-TCKT, 2/8/2018)}. */
  @Override
  public String toString() {
    return parameter().key()
        + ": "
        + before()
        + " -> "
        + after()
        + " ("
        + citation().shortForm()
        + ")";
  }
}
