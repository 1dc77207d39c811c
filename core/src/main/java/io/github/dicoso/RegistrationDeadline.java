package io.github.dicoso;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How long before a quarter (or a window) a planned visit must be registered: {@code 5 days before
 * QUARTER_START}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegistrationDeadline {
  RegistrationDeadline() {}

  /** What the deadline counts back from. */
  public enum Anchor {
    /** The first day of the quarter. */
    QUARTER_START,
    /** The first day of the window the visit falls in. */
    WINDOW_START
  }

  /**
   * Registration at least {@code daysBefore} days before {@code anchor}.
   *
   * @param daysBefore days before the anchor, at least zero
   * @param anchor the start of the quarter or of the window
   * @return the deadline
   */
  public static RegistrationDeadline of(int daysBefore, Anchor anchor) {
    return ImmutableRegistrationDeadline.instance(daysBefore, anchor);
  }

  /**
   * Parses {@code 5 QUARTER_START} or {@code 0 WINDOW_START}.
   *
   * @param text a whole number of days and an anchor
   * @return the deadline
   * @throws IllegalArgumentException naming the text if it is not of that form
   */
  public static RegistrationDeadline parse(CharSequence text) {
    List<String> parts = Splitter.on(Pattern.compile("\\s+")).splitToList(text.toString().trim());
    try {
      if (parts.size() != 2) {
        throw new IllegalArgumentException("expected two words");
      }
      return of(Integer.parseInt(parts.get(0)), Anchor.valueOf(parts.get(1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "registration deadline '"
              + text
              + "' is not of the form '5 QUARTER_START' or '0 WINDOW_START'",
          e);
    }
  }

  /** {@return days before the anchor; zero means on the anchor day at the latest} */
  @Value.Parameter
  public abstract int daysBefore();

  /** {@return the date counted back from} */
  @Value.Parameter
  public abstract Anchor anchor();

  @Value.Check
  void validate() {
    if (daysBefore() < 0) {
      throw new IllegalArgumentException(
          "registration deadline: days before " + daysBefore() + " is negative");
    }
  }

  /** {@code 5 QUARTER_START}: the form {@link #parse} reads. */
  @Override
  public String toString() {
    return daysBefore() + " " + anchor();
  }
}
