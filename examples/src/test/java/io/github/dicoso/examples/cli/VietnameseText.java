package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a text meant for Vietnamese readers holds no English word and no raw code, whatever
 * output form it comes from (standard output, standard error, the text of an HTML page or of a
 * spreadsheet). Left out of the check, as names rather than words: ids of officers, visits and
 * plans ({@code BT-16}, {@code V-0147}, {@code P19-01}), ISO dates and ranges, hyphenated names and
 * keys ({@code national-2018}, {@code binh-thuan-2019-plans}), file names ({@code visits.csv}),
 * command options ({@code --out}) and anything in backquotes (what the user types as it is:
 * variant-file keys, column names, commands). Document names, units and person names are Vietnamese
 * and need no exception.
 *
 * <p>This class is stateless and thread-safe.
 */
final class VietnameseText {
  /** A raw constant of the library: {@code NON_COMPLIANT}, {@code INVITED_ONLY}. */
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

  /** The single-word constants of the library that are English words. */
  private static final Set<String> SINGLE_CODES =
      Set.of(
          "STUDY",
          "SICK",
          "MATERNITY",
          "OTHER",
          "CENTRAL",
          "PROVINCIAL",
          "DISTRICT",
          "COMMUNE",
          "BRANCH",
          "THEMATIC",
          "INSPECTION",
          "MEETING",
          "EXEMPT",
          "COMPLIANT",
          "DRAFT",
          "SUBMITTED",
          "APPROVED",
          "REJECTED",
          "WARNING",
          "ERROR",
          "INFO",
          "VIOLATION",
          "EXEMPTS",
          "REDUCES",
          "CREDITED",
          "EXCLUDED",
          "TOTAL",
          "KIND");

  /**
   * English words the tool's and the library's texts use, none of which is a Vietnamese word (short
   * words such as "to", "an", "in", "no" are Vietnamese too and are left out).
   */
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "of",
          "and",
          "with",
          "from",
          "for",
          "by",
          "is",
          "are",
          "was",
          "not",
          "day",
          "days",
          "visit",
          "visits",
          "officer",
          "officers",
          "leave",
          "leaves",
          "warning",
          "unknown",
          "column",
          "columns",
          "ignored",
          "policy",
          "default",
          "draft",
          "document",
          "required",
          "credited",
          "short",
          "notes",
          "period",
          "status",
          "rule",
          "report",
          "window",
          "windows",
          "quarter",
          "plan",
          "plans",
          "host",
          "unit",
          "units",
          "total",
          "average",
          "none",
          "yes",
          "true",
          "false",
          "illustrative",
          "registered",
          "before",
          "after",
          "start",
          "missing",
          "counted",
          "reported",
          "exempt",
          "subject",
          "compliant",
          "between",
          "months",
          "year",
          "each",
          "every",
          "without",
          "travel",
          "order",
          "approved",
          "approval",
          "deadline",
          "minimum",
          "minimums",
          "kind",
          "kinds",
          "level",
          "meeting",
          "meetings",
          "inspection",
          "thematic",
          "branch",
          "commune",
          "district",
          "study",
          "sick",
          "maternity",
          "other",
          "legend",
          "reduced",
          "service",
          "findings",
          "excluded",
          "rows",
          "row",
          "empty",
          "only",
          "invited",
          "pro",
          "rated",
          "quota",
          "employment",
          "outside",
          "never",
          "dropped",
          "earns",
          "nothing",
          "whole",
          "rounded",
          "delegations",
          "delegation",
          "per",
          "cap",
          "pacing",
          "track",
          "risk",
          "behind",
          "reachable",
          "target",
          "targets",
          "planned",
          "suggested",
          "description",
          "phrase",
          "untagged",
          "reports",
          "late",
          "population",
          "changes",
          "compared",
          "presets",
          "line",
          "errors",
          "warnings",
          "name",
          "names",
          "below",
          "above",
          "reason",
          "evaluated",
          "covered",
          "department",
          "departments",
          "median",
          "min",
          "max",
          "rate",
          "scope");

  /** Spans that are names or typed text, not words: removed before the check. */
  private static final List<Pattern> NAMES =
      List.of(
          Pattern.compile("`[^`]*`"),
          Pattern.compile("\\S+\\.(csv|properties|xlsx|html|json|txt)\\b"),
          Pattern.compile("(?<![\\p{L}\\d])--?[a-z][a-z-]*"),
          Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"),
          Pattern.compile("\\b[A-Z]{1,3}\\d*-\\d+[A-Za-z0-9#-]*\\b"),
          Pattern.compile("\\b\\d{4}-Q\\d(#\\d+)?\\b"),
          Pattern.compile("\\b[a-z0-9]+(-[a-z0-9]+)+\\b"));

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private VietnameseText() {}

  /**
   * Fails naming every English word and raw code {@code output} holds, with its line.
   *
   * @param output the text, e.g. a command's standard output
   */
  static void assertNoEnglish(String output) {
    assertThat(englishIn(output)).as("English words or raw codes in Vietnamese output").isEmpty();
  }

  /** The English words and raw codes of {@code output}, each with its line. */
  static List<String> englishIn(String output) {
    List<String> found = new ArrayList<>();
    String[] lines = output.split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      Matcher code = CODE.matcher(line);
      while (code.find()) {
        found.add("line " + (n + 1) + " code " + code.group() + ": " + line);
      }
      String words = CODE.matcher(line).replaceAll(" ");
      for (Pattern name : NAMES) {
        words = name.matcher(words).replaceAll(" ");
      }
      Matcher word = WORD.matcher(words);
      while (word.find()) {
        String w = word.group();
        if (SINGLE_CODES.contains(w) || ENGLISH.contains(w.toLowerCase(Locale.ROOT))) {
          found.add("line " + (n + 1) + " word " + w + ": " + line);
        }
      }
    }
    return found;
  }
}
