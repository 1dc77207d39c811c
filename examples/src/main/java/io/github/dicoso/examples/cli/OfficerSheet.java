package io.github.dicoso.examples.cli;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Step;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The printable sheet of one officer for the annual self-review (<i>kiểm điểm</i>): one A4 page,
 * self-contained (inline style, no scripts, nothing fetched), with the officer (id, name,
 * department, level), the period and the policy, the status, the days required and credited and how
 * each was computed (the library's explanation steps: pro-rating, leave reductions, accrual), every
 * visit of the officer in date order (credited, with its dates, days, kinds of work and host unit,
 * or not credited, with the reason), every leave and what became of it, the findings with their
 * citations, and a place for the signatures of the officer and of the unit.
 *
 * <p>Nothing is left out: every visit and leave of the officer given appears on the sheet, those
 * wholly outside the counting period too (which the evaluation only counts).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param officer the officer
 * @param evaluation the officer's evaluation
 * @param visits every visit of the officer in the input, in input order
 * @param leaves every leave of the officer in the input, in input order
 * @param policy the policy evaluated under
 * @param unit the unit's name, if known
 */
record OfficerSheet(
    Officer officer,
    Evaluation evaluation,
    List<Visit> visits,
    List<Leave> leaves,
    Policy policy,
    Optional<String> unit) {
  /** The steps the sheet leaves to its visit table and findings, which say the same per visit. */
  private static final Set<Step.Rule> PER_VISIT_STEPS =
      Set.of(Step.Rule.EXCLUSION, Step.Rule.TAGGING);

  private static final String STYLE =
      """
      @page { size: A4; margin: 10mm 12mm; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
      html, body { margin: 0; padding: 0; }
      body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111;
        font-size: 8.2pt; line-height: 1.25; }
      .sheet { width: 186mm; margin: 0 auto; }
      @media screen { .sheet { margin: 8mm auto; } }
      h1 { font-size: 12pt; text-align: center; margin: 0; }
      p.sub { text-align: center; font-style: italic; margin: 0 0 2mm; }
      h2 { font-size: 9pt; margin: 2.2mm 0 0.8mm; break-after: avoid; }
      table { border-collapse: collapse; width: 100%; }
      th, td { padding: 0.25mm 1.2mm; text-align: left; vertical-align: top; }
      thead th { border-bottom: 1px solid #444; background: #eee; font-weight: 600; }
      tbody td, tbody th { border-bottom: 0.5px solid #ccc; }
      tfoot td, tfoot th { border-top: 1px solid #444; font-weight: 600; }
      table.who th { font-weight: normal; color: #444; width: 22%; white-space: nowrap; }
      table.who td { font-weight: 600; }
      td.n, th.n { text-align: right; white-space: nowrap; }
      .id, .dates { white-space: nowrap; }
      tr { break-inside: avoid; }
      table.visits { table-layout: fixed; font-size: 7.6pt; }
      table.visits .c-id { width: 13mm; } table.visits .c-dates { width: 33mm; }
      table.visits .c-days { width: 14mm; } table.visits .c-kinds { width: 54mm; }
      table.visits .c-host { width: 52mm; } table.visits .c-level { width: 20mm; }
      table.visits td.level { white-space: nowrap; }
      table.visits tr.excluded td { border-bottom: none; }
      table.visits tr.reason td { color: #8a1c1c; font-size: 7.2pt; padding-top: 0; }
      table.visits thead th { white-space: nowrap; overflow: hidden; }
      .result { border: 1.5px solid #444; padding: 1mm 2mm; margin: 1.5mm 0; display: flex;
        gap: 6mm; align-items: baseline; }
      .status { font-weight: 700; font-size: 10pt; padding: 0 2mm; color: #fff; background: #555; }
      .status.COMPLIANT { background: #2e7d32; } .status.NON_COMPLIANT { background: #c62828; }
      ol.steps { margin: 0; padding-left: 5mm; font-size: 7.6pt; }
      ol.steps li { margin: 0 0 0.2mm; }
      tr.excluded td { color: #8a1c1c; }
      .small { font-size: 7.4pt; color: #333; }
      ul.findings { margin: 0; padding-left: 5mm; }
      .signatures { margin-top: 2.5mm; break-inside: avoid; }
      .signatures .place { font-style: italic; text-align: right; margin: 0 0 1mm; }
      .signers { display: flex; justify-content: space-between; }
      .signers > div { width: 45%; text-align: center; }
      .signers .who { font-weight: 700; }
      .signers .space { height: 16mm; }
      """;

  OfficerSheet {
    visits = List.copyOf(visits);
    leaves = List.copyOf(leaves);
  }

  /**
   * The labels of a sheet: Vietnamese unless {@code --lang} is given on the command line, since the
   * sheet goes into the Vietnamese self-review file; {@code given} (the {@code --lang} language)
   * when it is.
   */
  static Labels labels(CommandSpec spec, Labels given) {
    ParseResult parsed = spec.commandLine().getParseResult();
    return parsed != null && parsed.hasMatchedOption("--lang") ? given : Labels.of("vi");
  }

  /** Writes the sheet. */
  void write(Labels labels, Writer out) throws IOException {
    Locale locale = labels.locale();
    StringBuilder page = new StringBuilder(32 * 1024);
    String title =
        labels.get("sheet.title", String.valueOf(evaluation.period().getStart().getYear()));
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(locale.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(Html.escape(title + " – " + officer.id() + " " + officer.name()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<div class=\"sheet\" data-officer=\"")
        .append(Html.escape(officer.id()))
        .append("\">\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p class=\"sub\">(")
        .append(Html.escape(labels.get("sheet.subtitle")))
        .append(")</p>\n");
    who(labels, page);
    result(labels, page);
    steps(labels, page);
    visitTable(labels, page);
    leaveTable(labels, page);
    findingList(labels, page);
    signatures(labels, page);
    page.append("</div>\n</body>\n</html>\n");
    out.write(page.toString());
  }

  private void who(Labels labels, StringBuilder page) {
    Locale locale = labels.locale();
    page.append("<table class=\"who\">\n<thead><tr><th colspan=\"4\">")
        .append(Html.escape(labels.get("sheet.officer")))
        .append("</th></tr></thead>\n<tbody>\n");
    String level =
        Vocabulary.label(officer.level(), locale)
            + ", "
            + Vocabulary.label(officer.employment(), locale)
            + (officer.committeeMember() ? ", " + labels.get("sheet.committee") : "");
    String policyText =
        Vocabulary.policyName(policy.name(), locale)
            + ": "
            + Vocabulary.citation(policy.document().orElse(Citation.draft(policy.name())), locale);
    row(page, labels.get("col.officer"), officer.id(), labels.get("col.name"), officer.name());
    row(
        page,
        labels.get("sheet.department"),
        officer.department(),
        labels.get("sheet.level"),
        level);
    row(
        page,
        labels.get("sheet.period"),
        Html.dates(evaluation.period(), locale),
        labels.get("sheet.unit"),
        unit.orElse(""));
    page.append("<tr><th>")
        .append(Html.escape(labels.get("sheet.policy")))
        .append("</th><td colspan=\"3\">")
        .append(Html.escape(policyText))
        .append("</td></tr>\n</tbody>\n</table>\n");
  }

  private static void row(StringBuilder page, String k1, String v1, String k2, String v2) {
    page.append("<tr><th>")
        .append(Html.escape(k1))
        .append("</th><td>")
        .append(Html.escape(v1))
        .append("</td><th>")
        .append(Html.escape(k2))
        .append("</th><td>")
        .append(Html.escape(v2))
        .append("</td></tr>\n");
  }

  private void result(Labels labels, StringBuilder page) {
    Locale locale = labels.locale();
    String status = evaluation.status().name();
    page.append("<div class=\"result\"><span>")
        .append(Html.escape(labels.get("sheet.result")))
        .append(": <span class=\"status ")
        .append(status)
        .append("\">")
        .append(Html.escape(Vocabulary.label(evaluation.status(), locale)))
        .append("</span></span><span>")
        .append(Html.escape(labels.get("sheet.required")))
        .append(": <b class=\"required\">")
        .append(Html.escape(Vocabulary.days(evaluation.required(), locale)))
        .append("</b></span><span>")
        .append(Html.escape(labels.get("sheet.credited")))
        .append(": <b class=\"credited\">")
        .append(Html.escape(Vocabulary.days(evaluation.credited(), locale)))
        .append("</b></span><span>")
        .append(Html.escape(labels.get("sheet.shortfall")))
        .append(": <b class=\"shortfall\">")
        .append(Html.escape(Vocabulary.days(evaluation.shortfall(), locale)))
        .append("</b></span></div>\n");
  }

  /** How the result was computed: the explanation's steps, but those per visit, and the hint. */
  private void steps(Labels labels, StringBuilder page) {
    Locale locale = labels.locale();
    page.append("<h2>").append(Html.escape(labels.get("sheet.how"))).append("</h2>\n");
    page.append("<ol class=\"steps\">\n");
    for (Step step : evaluation.explanation().steps()) {
      if (!PER_VISIT_STEPS.contains(step.rule())) {
        page.append("<li>").append(Html.escape(step.render(locale))).append("</li>\n");
      }
    }
    evaluation
        .hint()
        .ifPresent(
            hint ->
                page.append("<li class=\"hint\">")
                    .append(Html.escape(hint.render(locale)))
                    .append("</li>\n"));
    page.append("</ol>\n");
  }

  /** One visit of the officer as the sheet shows it. */
  private record VisitLine(Visit visit, Optional<VisitEntry> entry) {}

  /**
   * Every visit with its ledger entry, in date order; a visit wholly outside the period has none.
   *
   * @throws IllegalStateException if the evaluation does not account for a visit in the period,
   *     rather than leave it out
   */
  List<VisitLine> visitLines() {
    Map<Visit, Deque<VisitEntry>> entries = new HashMap<>();
    for (VisitEntry entry : evaluation.ledger().entries()) {
      entries.computeIfAbsent(entry.visit(), v -> new ArrayDeque<>()).add(entry);
    }
    List<VisitLine> lines = new ArrayList<>();
    for (Visit visit : visits) {
      Deque<VisitEntry> queue = entries.get(visit);
      VisitEntry entry = queue == null ? null : queue.poll();
      if (entry == null && visit.dates().overlaps(evaluation.period())) {
        throw new IllegalStateException(
            "the evaluation of " + officer.id() + " does not account for the visit " + visit.id());
      }
      lines.add(new VisitLine(visit, Optional.ofNullable(entry)));
    }
    lines.sort(Comparator.comparing((VisitLine l) -> l.visit().start()));
    return lines;
  }

  private void visitTable(Labels labels, StringBuilder page) {
    Locale locale = labels.locale();
    page.append("<h2>")
        .append(Html.escape(labels.get("sheet.visits", String.valueOf(visits.size()))))
        .append("</h2>\n");
    if (visits.isEmpty()) {
      page.append("<p>").append(Html.escape(labels.get("sheet.noVisits"))).append("</p>\n");
      return;
    }
    page.append(
            "<table class=\"visits\">\n<colgroup><col class=\"c-id\"/><col class=\"c-dates\"/>"
                + "<col class=\"c-days\"/><col class=\"c-kinds\"/><col class=\"c-host\"/>"
                + "<col class=\"c-level\"/></colgroup>\n<thead><tr><th>")
        .append(Html.escape(labels.get("sheet.visit")))
        .append("</th><th>")
        .append(Html.escape(labels.get("sheet.dates")))
        .append("</th><th class=\"n\">")
        .append(Html.escape(labels.get("sheet.days")))
        .append("</th><th>")
        .append(Html.escape(labels.get("sheet.kinds")))
        .append("</th><th>")
        .append(Html.escape(labels.get("sheet.host")))
        .append("</th><th>")
        .append(Html.escape(labels.get("sheet.hostLevel")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (VisitLine line : visitLines()) {
      Visit v = line.visit();
      Optional<VisitEntry> entry = line.entry();
      long dates = entry.map(VisitEntry::creditedDays).orElse(0L);
      Days days = v.halfDay() ? Days.ofHalves(dates) : Days.of(dates);
      Set<KindOfWork> kinds = entry.map(VisitEntry::kinds).orElse(v.kinds());
      String kindText =
          kinds.stream()
              .sorted()
              .map(k -> labels.get("kind." + k.name()))
              .collect(Collectors.joining(", "));
      String reason = notCredited(entry, locale);
      page.append(reason.isEmpty() ? "<tr" : "<tr class=\"excluded\"")
          .append(" data-visit=\"")
          .append(Html.escape(v.id()))
          .append("\"><td class=\"id\">")
          .append(Html.escape(v.id()))
          .append("</td><td class=\"dates\">")
          .append(Html.escape(Html.dates(v.start(), v.end(), locale)))
          .append("</td><td class=\"n\">")
          .append(Html.escape(Vocabulary.days(days, locale)))
          .append("</td><td class=\"kinds\">")
          .append(Html.escape(kindText))
          .append("</td><td class=\"host\">")
          .append(Html.escape(v.hostUnit()))
          .append("</td><td class=\"level\">")
          .append(Html.escape(labels.get("level." + v.hostLevel().name())))
          .append("</td></tr>\n");
      if (!reason.isEmpty()) {
        page.append("<tr class=\"reason\"><td></td><td colspan=\"5\">")
            .append(Html.escape(labels.get("sheet.notCredited")))
            .append(": ")
            .append(Html.escape(reason))
            .append("</td></tr>\n");
      }
    }
    page.append("</tbody>\n<tfoot><tr><td colspan=\"6\">")
        .append(Html.escape(labels.get("sheet.totalCredited")))
        .append(": <span class=\"credited\">")
        .append(Html.escape(Vocabulary.days(evaluation.credited(), locale)))
        .append("</span></td></tr></tfoot>\n</table>\n");
  }

  /** Why (part of) a visit earned nothing, with the rule's source; empty when wholly credited. */
  private String notCredited(Optional<VisitEntry> entry, Locale locale) {
    if (entry.isEmpty()) {
      return Vocabulary.label(Exclusion.OUTSIDE_PERIOD, locale)
          + " "
          + Html.dates(evaluation.period(), locale)
          + " ("
          + Vocabulary.citation(Exclusion.OUTSIDE_PERIOD.citation(policy), locale)
          + ")";
    }
    List<String> parts = new ArrayList<>();
    boolean partly = entry.get().outcome() == VisitEntry.Outcome.PARTLY_CREDITED;
    for (Map.Entry<Exclusion, List<LocalDateRange>> e : entry.get().excludedDates().entrySet()) {
      String dates =
          e.getValue().stream().map(r -> Html.dates(r, locale)).collect(Collectors.joining(", "));
      parts.add(
          Vocabulary.label(e.getKey(), locale)
              + (partly ? " " + dates : "")
              + " ("
              + Vocabulary.citation(e.getKey().citation(policy), locale)
              + ")");
    }
    return String.join("; ", parts);
  }

  private void leaveTable(Labels labels, StringBuilder page) {
    Locale locale = labels.locale();
    page.append("<h2>")
        .append(Html.escape(labels.get("sheet.leaves", String.valueOf(leaves.size()))))
        .append("</h2>\n");
    if (leaves.isEmpty()) {
      return;
    }
    Map<Leave, Deque<LeaveEntry>> entries = new HashMap<>();
    for (LeaveEntry entry : evaluation.leaves()) {
      entries.computeIfAbsent(entry.leave(), l -> new ArrayDeque<>()).add(entry);
    }
    page.append("<table class=\"leaves\">\n<thead><tr><th>")
        .append(Html.escape(labels.get("sheet.leaveKind")))
        .append("</th><th>")
        .append(Html.escape(labels.get("sheet.dates")))
        .append("</th><th>")
        .append(Html.escape(labels.get("sheet.leaveOutcome")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Leave leave : leaves) {
      Deque<LeaveEntry> queue = entries.get(leave);
      LeaveEntry entry = queue == null ? null : queue.poll();
      String outcome;
      if (entry != null) {
        outcome = Vocabulary.label(entry.outcome(), locale);
        if (entry.outcome() == LeaveOutcome.REDUCES) {
          outcome += ", " + labels.get("sheet.daysAway", String.valueOf(entry.daysAway()));
        }
      } else if (!leave.dates().overlaps(evaluation.period())) {
        outcome = Vocabulary.label(LeaveOutcome.OUTSIDE_PERIOD, locale);
      } else {
        throw new IllegalStateException(
            "the evaluation of " + officer.id() + " does not account for the leave " + leave);
      }
      page.append(entry != null && entry.applied() ? "<tr>" : "<tr class=\"excluded\">")
          .append("<td>")
          .append(Html.escape(Vocabulary.label(leave.kind(), locale)))
          .append("</td><td class=\"dates\">")
          .append(Html.escape(Html.dates(leave.start(), leave.end(), locale)))
          .append("</td><td>")
          .append(Html.escape(outcome))
          .append("</td></tr>\n");
    }
    page.append("</tbody>\n</table>\n");
  }

  private void findingList(Labels labels, StringBuilder page) {
    Locale locale = labels.locale();
    List<Finding> findings = evaluation.findings();
    page.append("<h2>")
        .append(Html.escape(labels.get("sheet.findings", String.valueOf(findings.size()))))
        .append("</h2>\n");
    if (findings.isEmpty()) {
      page.append("<p class=\"small\">")
          .append(Html.escape(labels.get("sheet.noFindings")))
          .append("</p>\n");
      return;
    }
    page.append("<ul class=\"findings small\">\n");
    for (Finding f : findings) {
      String text = f.message(locale);
      String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
      page.append("<li class=\"")
          .append(f.severity().name())
          .append("\"><b>")
          .append(Html.escape(Vocabulary.label(f.code(), locale)))
          .append("</b> (")
          .append(Html.escape(Vocabulary.label(f.severity(), locale)))
          .append("): ")
          .append(Html.escape(body + " (" + Vocabulary.citation(f.citation(), locale) + ")."))
          .append("</li>\n");
    }
    page.append("</ul>\n");
  }

  private static void signatures(Labels labels, StringBuilder page) {
    page.append("<div class=\"signatures\">\n<p class=\"place\">")
        .append(Html.escape(labels.get("sheet.place")))
        .append("</p>\n<div class=\"signers\">\n");
    for (String who : List.of("sheet.signUnit", "sheet.signOfficer")) {
      page.append("<div><div class=\"who\">")
          .append(Html.escape(labels.get(who)))
          .append("</div><div class=\"small\">")
          .append(Html.escape(labels.get("sheet.signHint")))
          .append("</div><div class=\"space\"></div></div>\n");
    }
    page.append("</div>\n</div>\n");
  }
}
