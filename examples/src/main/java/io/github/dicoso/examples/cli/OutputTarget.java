package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One output the user asked for: the option that names it, the path as given, and how it is
 * written, decided before anything is read:
 *
 * <ul>
 *   <li>{@link Kind#FILE}: a regular file, new or existing, after following symbolic links (a link
 *       is kept and the file it points to is written). Written to a temporary file in the same
 *       folder and put in place only when every output is complete.
 *   <li>{@link Kind#IN_PLACE}: an existing device, FIFO or socket, or an open descriptor ({@code
 *       /dev/fd/N}, {@code /proc/self/fd/N}, {@code /dev/stderr}): opened and written as it is,
 *       never replaced.
 *   <li>{@link Kind#STANDARD_OUTPUT}: {@code -}, {@code /dev/stdout} and the other names of
 *       descriptor 1: the tool's standard output.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
final class OutputTarget {
  /** How a target is written. */
  enum Kind {
    /** A regular file, replaced as a whole. */
    FILE,
    /** A device, FIFO, socket or open descriptor, written as it is. */
    IN_PLACE,
    /** The tool's standard output. */
    STANDARD_OUTPUT
  }

  /**
   * The names of open descriptors: {@code /dev/fd/N}, {@code /proc/self/fd/N}, {@code
   * /proc/PID/fd/N}.
   */
  private static final Pattern DESCRIPTOR = Pattern.compile("/(dev|proc/(self|\\d+))/fd/\\d+");

  /** The most symbolic links followed, as Linux does. */
  private static final int MAX_LINKS = 40;

  private final String option;
  private final String given;
  private final Kind kind;
  private final @Nullable Path path;

  private OutputTarget(String option, String given, Kind kind, @Nullable Path path) {
    this.option = option;
    this.given = given;
    this.kind = kind;
    this.path = path;
  }

  /**
   * The target {@code option} (e.g. {@code --out}) names with {@code given}.
   *
   * @throws BadInputException if it cannot be an output: an invalid path, a folder, a file in a
   *     folder that does not exist, or a loop of symbolic links
   */
  static OutputTarget of(String option, String given) throws BadInputException {
    if (given.equals("-")) {
      return new OutputTarget(option, given, Kind.STANDARD_OUTPUT, null);
    }
    if (given.isBlank()) {
      throw new BadInputException(option + ": the file name is empty");
    }
    Path path;
    try {
      path = Path.of(given);
    } catch (InvalidPathException e) {
      throw new BadInputException(
          option + " " + Echo.of(given) + ": not a valid path (" + Echo.of(e.getReason()) + ")");
    }
    String name = option + " " + Echo.of(given);
    Path resolved;
    BasicFileAttributes attributes;
    try {
      resolved = followLinks(path, name);
      if (isDescriptor(resolved)) {
        return descriptor(option, given, resolved);
      }
      attributes = attributes(resolved);
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot be examined: " + IoMessages.describe(e));
    }
    if (attributes == null) {
      Path folder = resolved.toAbsolutePath().getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        Path shown = Objects.requireNonNullElse(path.getParent(), resolved.getParent());
        throw new BadInputException(
            name
                + ": the folder "
                + (shown == null ? folder : Echo.of(shown.toString()))
                + (folder != null && Files.exists(folder)
                    ? " is not a folder"
                    : " does not exist (create it first)"));
      }
      return new OutputTarget(option, given, Kind.FILE, resolved);
    }
    if (attributes.isDirectory()) {
      throw new BadInputException(name + ": is a folder; give the name of a file in it");
    }
    return new OutputTarget(
        option, given, attributes.isRegularFile() ? Kind.FILE : Kind.IN_PLACE, resolved);
  }

  /** The tool's standard output as the target of its printed report. */
  static OutputTarget standardOutput() {
    return new OutputTarget("", "-", Kind.STANDARD_OUTPUT, null);
  }

  /** The option that names the target, e.g. {@code --out}; empty for the printed report. */
  String option() {
    return option;
  }

  /** How the target is written. */
  Kind kind() {
    return kind;
  }

  /** The file written: the target after following links; absent for standard output. */
  Path path() {
    if (path == null) {
      throw new IllegalStateException(this + " is the standard output, not a file");
    }
    return path;
  }

  /** Whether {@code other} writes to the same file or stream. */
  boolean sameAs(OutputTarget other) {
    if (kind == Kind.STANDARD_OUTPUT || other.kind == Kind.STANDARD_OUTPUT) {
      return kind == other.kind;
    }
    return refersTo(other.path());
  }

  /** Whether the target is the file {@code file} (an input), under any of its names. */
  boolean refersTo(Path file) {
    if (path == null) {
      return false;
    }
    try {
      if (Files.exists(path) && Files.exists(file)) {
        return Files.isSameFile(path, file);
      }
    } catch (IOException e) {
      // cannot compare the files themselves; compare their names below
    }
    return canonical(path).equals(canonical(file));
  }

  /** How messages name the target: {@code --out results.csv}, or {@code standard output}. */
  @Override
  public String toString() {
    return option.isEmpty() ? "standard output" : option + " " + Echo.of(given);
  }

  private static OutputTarget descriptor(String option, String given, Path descriptor) {
    String number = descriptor.getFileName().toString();
    return new OutputTarget(
        option,
        given,
        number.equals("1") ? Kind.STANDARD_OUTPUT : Kind.IN_PLACE,
        number.equals("1") ? null : descriptor);
  }

  private static boolean isDescriptor(Path path) {
    return DESCRIPTOR.matcher(path.toAbsolutePath().normalize().toString()).matches();
  }

  /** {@code path} with its symbolic links followed, stopping at an open descriptor's name. */
  private static Path followLinks(Path path, String name) throws IOException, BadInputException {
    Path current = path;
    for (int links = 0; Files.isSymbolicLink(current); links++) {
      if (isDescriptor(current)) {
        return current;
      }
      if (links == MAX_LINKS) {
        throw new BadInputException(name + ": too many levels of symbolic links");
      }
      Path target = Files.readSymbolicLink(current);
      Path folder = current.toAbsolutePath().getParent();
      current = folder == null ? target : folder.resolve(target);
    }
    return current;
  }

  private static @Nullable BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The path with its folder's links resolved where the folder exists. */
  private static Path canonical(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    Path name = absolute.getFileName();
    if (folder == null || name == null) {
      return absolute;
    }
    try {
      return folder.toRealPath().resolve(name);
    } catch (IOException e) {
      return absolute;
    }
  }
}
