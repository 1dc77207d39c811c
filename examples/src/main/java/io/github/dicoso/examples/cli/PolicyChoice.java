package io.github.dicoso.examples.cli;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import java.util.List;

/**
 * Resolves the {@code --policy} option: the name of a policy shipped with the library.
 *
 * <p>This class is stateless and thread-safe.
 */
final class PolicyChoice {
  /** The policy used when {@code --policy} is not given. */
  static final String DEFAULT = Policies.NATIONAL_2018;

  private PolicyChoice() {}

  /** The names {@code --policy} accepts. */
  static List<String> names() {
    return List.of(Policies.NATIONAL_2018);
  }

  /**
   * The policy named {@code choice}.
   *
   * @throws BadInputException naming the choice and the accepted names if it is not one
   */
  static Policy resolve(String choice) throws BadInputException {
    if (choice.equals(Policies.NATIONAL_2018)) {
      return Policies.national2018();
    }
    if (choice.endsWith(".properties")) {
      throw new BadInputException(
          "--policy " + choice + ": variant files are not supported by this build yet; use one of " + names());
    }
    throw new BadInputException("--policy " + choice + ": unknown policy; use one of " + names());
  }
}
