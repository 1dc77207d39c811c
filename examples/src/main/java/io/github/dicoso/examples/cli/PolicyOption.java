package io.github.dicoso.examples.cli;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.variant.PolicyChecks;
import io.github.dicoso.variant.PolicyProblem;
import io.github.dicoso.variant.VariantFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Resolves the {@code --policy} option: {@code national-2018}, the name of a preset (e.g. {@code
 * thirty-day-year}), or a variant file ending in {@code .properties}. A resolved policy is checked
 * with {@link PolicyChecks}: an ERROR problem (a rule nobody can satisfy) stops the run, a WARNING
 * is reported on standard error.
 *
 * <p>This class is stateless and thread-safe.
 */
final class PolicyOption {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  /** The policy used when {@code --policy} is not given. */
  static final String DEFAULT = Policies.NATIONAL_2018;

  private PolicyOption() {}

  /** The names {@code --policy} accepts besides variant files. */
  static List<String> names() {
    return Policies.names();
  }

  /**
   * The policy {@code choice} names or the variant file it points to, checked.
   *
   * @throws BadInputException naming the choice: an unknown name (with the nearest known one), a
   *     variant file that cannot be read or has an error (with its line, key and value), or a
   *     policy with an ERROR problem
   */
  static Policy resolve(String choice, Consumer<String> warnings) throws BadInputException {
    Optional<Path> file = file(choice);
    Policy policy = file.isPresent() ? read(file.get()) : named(choice);
    List<String> errors = new ArrayList<>();
    for (PolicyProblem problem : PolicyChecks.check(policy)) {
      if (problem.severity() == PolicyProblem.Severity.ERROR) {
        errors.add(problem.toString());
      } else {
        warnings.accept("--policy " + Echo.of(choice) + ": " + problem);
      }
    }
    if (!errors.isEmpty()) {
      throw new BadInputException(
          "--policy "
              + Echo.of(choice)
              + ": the policy cannot be applied:"
              + System.lineSeparator()
              + "  "
              + String.join(System.lineSeparator() + "  ", errors));
    }
    return policy;
  }

  /** The national policy or a preset, by name. */
  private static Policy named(String name) throws BadInputException {
    try {
      return Policies.byName(name);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "--policy "
              + Echo.of(name)
              + ": "
              + Echo.message(String.valueOf(e.getMessage()))
              + "; or give a variant file ending in .properties");
    }
  }

  /** The variant file {@code choice} names, if it names one rather than a preset. */
  static Optional<Path> file(String choice) {
    if (!choice.endsWith(".properties")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(choice));
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty(); // not a file name: reported as an unknown policy
    }
  }

  /**
   * A variant file, read as UTF-8; a byte order mark at its start (as Windows editors write) is not
   * part of the first key.
   */
  private static Policy read(Path file) throws BadInputException {
    String shown = "--policy " + Echo.of(file.toString());
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (NoSuchFileException e) {
      throw new BadInputException(shown + ": no such file");
    } catch (CharacterCodingException e) {
      throw new BadInputException(shown + ": the file is not valid UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException(shown + ": cannot be read: " + IoMessages.describe(e));
    }
    if (text.startsWith(BYTE_ORDER_MARK)) {
      text = text.substring(BYTE_ORDER_MARK.length());
    }
    try {
      return VariantFile.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          Echo.of(file.toString()) + ": " + Echo.message(String.valueOf(e.getMessage())));
    }
  }
}
