package io.github.dicoso.examples.cli;

import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folder {@code evaluate --sheets DIR} writes one {@link OfficerSheet} per officer into, as
 * {@code DIR/<officer id>.html}, through the run's {@link OutputSet} (so the sheets are written
 * with the other outputs, completely or not at all).
 *
 * <ul>
 *   <li>Before anything is read, {@link #of} refuses a path that exists and is not a folder, or
 *       whose nearest existing parent is not one.
 *   <li>After the evaluation, {@link #add} creates the folder (and missing parents) if needed and
 *       checks every sheet against the inputs and the other outputs, as {@link OutputSet#check}
 *       does; {@link #write} writes the set and removes the folders it created if the set fails.
 * </ul>
 *
 * An officer id is the file's name, with every character but letters, digits, {@code -} and {@code
 * _} (and a {@code .} not at the start) written as {@code %XX} of its UTF-8 bytes, so that two
 * officers never share a file and no id names a file outside the folder.
 *
 * <p>This class is mutable (it remembers the folders it created) and not thread-safe; one instance
 * serves one run.
 */
final class SheetFolder {
  private final String option;
  private final String given;
  private final Path folder;
  private final List<Path> created = new ArrayList<>();

  private SheetFolder(String option, String given, Path folder) {
    this.option = option;
    this.given = given;
    this.folder = folder;
  }

  /**
   * The folder {@code option} names with {@code given}.
   *
   * @throws BadInputException if it is empty, not a valid path, exists and is not a folder, or
   *     cannot be created because a parent is not a folder
   */
  static SheetFolder of(String option, String given) throws BadInputException {
    String name = option + " " + Echo.of(given);
    if (given.isBlank()) {
      throw new BadInputException(option + ": the folder name is empty");
    }
    Path folder;
    try {
      folder = Path.of(given);
    } catch (InvalidPathException e) {
      throw new BadInputException(name + ": not a valid path (" + Echo.of(e.getReason()) + ")");
    }
    for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new BadInputException(
              name
                  + (p.equals(folder.toAbsolutePath())
                      ? ": is not a folder; give a folder for the sheets"
                      : ": " + Echo.of(p.toString()) + " is not a folder"));
        }
        break;
      }
    }
    return new SheetFolder(option, given, folder);
  }

  /**
   * The sheet of each officer of {@code officers}, in input order, as evaluated in {@code report},
   * with the officer's visits as {@code report} has them and leaves among {@code allLeaves}.
   */
  static List<OfficerSheet> sheets(
      RunReport report,
      List<Officer> officers,
      List<Leave> allLeaves,
      Policy policy,
      Optional<String> unit) {
    Map<String, List<Leave>> leaves = new HashMap<>();
    for (Leave l : allLeaves) {
      leaves.computeIfAbsent(l.officerId(), id -> new ArrayList<>()).add(l);
    }
    List<OfficerSheet> sheets = new ArrayList<>(officers.size());
    for (int i = 0; i < officers.size(); i++) {
      Officer officer = officers.get(i);
      Evaluation evaluation = report.evaluations().get(i);
      List<Visit> visits = report.officerVisits().get(i);
      if (!evaluation.officerId().equals(officer.id())) {
        throw new IllegalStateException(
            "evaluation " + evaluation.officerId() + " is not of officer " + officer.id());
      }
      sheets.add(
          new OfficerSheet(
              officer,
              evaluation,
              visits,
              leaves.getOrDefault(officer.id(), List.of()),
              policy,
              unit));
    }
    return sheets;
  }

  /**
   * Creates the folder if it does not exist and adds one output per sheet to {@code outputs},
   * checked against {@code inputs} and the {@code others} outputs.
   *
   * @throws BadInputException if a sheet would be an input or another output (the folders created
   *     are removed)
   * @throws OutputException if the folder cannot be created
   */
  void add(
      OutputSet outputs,
      List<OfficerSheet> sheets,
      Labels labels,
      List<OutputTarget> others,
      Map<String, Path> inputs)
      throws BadInputException, OutputException {
    create();
    try {
      List<OutputTarget> targets = new ArrayList<>(others);
      List<OutputTarget> mine = new ArrayList<>();
      for (OfficerSheet sheet : sheets) {
        OutputTarget target =
            OutputTarget.of(option, Path.of(given, fileName(sheet.officer().id())).toString());
        targets.add(target);
        mine.add(target);
      }
      OutputSet.check(targets, inputs);
      for (int i = 0; i < sheets.size(); i++) {
        OfficerSheet sheet = sheets.get(i);
        outputs.add(mine.get(i), w -> sheet.write(labels, w));
      }
    } catch (BadInputException | RuntimeException e) {
      removeCreated();
      throw e;
    }
  }

  /** Writes {@code outputs}; if that fails, removes the folders {@link #add} created. */
  void write(OutputSet outputs) throws OutputException {
    try {
      outputs.write();
    } catch (OutputException | RuntimeException e) {
      removeCreated();
      throw e;
    }
  }

  /** The file name of an officer's sheet: the id, with unsafe characters as {@code %XX}. */
  static String fileName(String officerId) {
    StringBuilder name = new StringBuilder();
    officerId
        .codePoints()
        .forEach(
            c -> {
              boolean safe =
                  Character.isLetterOrDigit(c)
                      || c == '-'
                      || c == '_'
                      || (c == '.' && name.length() > 0);
              if (safe) {
                name.appendCodePoint(c);
              } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                  name.append('%').append(String.format("%02X", b & 0xff));
                }
              }
            });
    return name + ".html";
  }

  private void create() throws OutputException {
    List<Path> missing = new ArrayList<>();
    for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      try {
        Files.createDirectory(p);
        created.add(0, p);
      } catch (IOException e) {
        removeCreated();
        throw new OutputException(
            "cannot create the folder of "
                + option
                + " "
                + Echo.of(given)
                + ": "
                + IoMessages.describe(e)
                + "; no output was replaced");
      }
    }
  }

  /** Removes the folders this run created, deepest first, if they are still empty. */
  private void removeCreated() {
    for (Path p : created) {
      try {
        Files.deleteIfExists(p);
      } catch (DirectoryNotEmptyException e) {
        break; // something else was put there: keep it and its parents
      } catch (IOException e) {
        break; // cannot remove it; it stays, empty
      }
    }
    created.clear();
  }
}
