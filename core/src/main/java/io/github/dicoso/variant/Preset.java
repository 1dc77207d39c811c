package io.github.dicoso.variant;

import io.github.dicoso.Policy;
import org.immutables.value.Value;

/**
 * A named policy shipped with the library, with a description that says what it changes and where
 * and when the sources report it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Preset {
  Preset() {}

  /** A preset of {@code policy}, named by the policy's name. */
  static Preset of(Policy policy, String description) {
    return ImmutablePreset.of(policy, description);
  }

  /** {@return the policy} */
  @Value.Parameter
  public abstract Policy policy();

  /** {@return what the preset changes, citing the place and year the sources report it} */
  @Value.Parameter
  public abstract String description();

  /** {@return the preset's name: its policy's name, e.g. {@code thirty-day-year}} */
  public String name() {
    return policy().name();
  }

  /** {@code thirty-day-year: ...description}. */
  @Override
  public String toString() {
    return name() + ": " + description();
  }
}
