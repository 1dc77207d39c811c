package io.github.dicoso.examples.cli;

import io.github.dicoso.Vocabulary;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.schedule.HostLoad;
import io.github.dicoso.schedule.Pacing;
import io.github.dicoso.schedule.PlanChecks;
import io.github.dicoso.schedule.PlanReview;
import io.github.dicoso.schedule.PlanStatus;
import io.github.dicoso.schedule.QuarterlyPlan;
import io.github.dicoso.schedule.ScheduleCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The review of quarterly plans as the plan command prints it and writes it: the windows, then for
 * each quarter reviewed its plans (those not approved named), the findings of the plan checks
 * grouped by kind, and the load on each host unit; then each officer's pace, when the year's visits
 * are given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policy the policy's name
 * @param calendar the windows
 * @param calendarSource where the windows come from (a file, or the rule that generated them)
 * @param asOf the day of the review and of the pacing
 * @param plans the plans of each quarter reviewed, in file order
 * @param reviews the review of each quarter, in quarter order
 * @param pacing each subject, non-exempt officer's pace; empty without the year's visits
 * @param notPaced the other officers with their status ({@code BT-06 NOT_SUBJECT})
 */
record PlanReport(
    String policy,
    ScheduleCalendar calendar,
    String calendarSource,
    LocalDate asOf,
    Map<YearQuarter, List<QuarterlyPlan>> plans,
    List<PlanReview> reviews,
    List<Pacing> pacing,
    List<String> notPaced) {
  /** The most findings of one kind printed per quarter; the file written lists them all. */
  static final int PRINTED_PER_KIND = 20;

  /** The columns of the file {@code --out} writes. */
  static final List<String> COLUMNS =
      List.of(
          "section", "quarter", "code", "label", "officer_id", "ids", "dates", "message", "source");

  PlanReport {
    plans = Map.copyOf(plans);
    reviews = List.copyOf(reviews);
    pacing = List.copyOf(pacing);
    notPaced = List.copyOf(notPaced);
  }

  /** Prints the review in the language of {@code labels}. */
  void print(Labels labels, PrintWriter out) {
    Locale locale = labels.locale();
    out.println(labels.get("plan.title", calendar.year().toString(), policy, asOf.toString()));
    out.println(
        labels.get(
            "plan.windows",
            calendarSource
                + calendar.source().map(c -> ", " + Vocabulary.citation(c, locale)).orElse("")));
    calendar.toString().lines().forEach(l -> out.println("  " + l));
    for (PlanReview review : reviews) {
      YearQuarter quarter = review.quarter();
      List<QuarterlyPlan> quarterPlans = plans.getOrDefault(quarter, List.of());
      out.println();
      out.println(
          labels.get(
              "plan.quarter",
              quarter.toString(),
              String.valueOf(quarterPlans.size()),
              String.valueOf(quarterPlans.stream().mapToInt(p -> p.plannedVisits().size()).sum()),
              statusCounts(quarterPlans, locale)));
      List<String> notApproved =
          quarterPlans.stream()
              .filter(p -> !p.isApproved())
              .map(
                  p ->
                      p.officerId()
                          + " ("
                          + Vocabulary.label(p.status(), locale)
                          + p.registered().map(d -> ", " + d).orElse("")
                          + ")")
              .toList();
      if (!notApproved.isEmpty()) {
        out.println("  " + labels.get("plan.notApproved", String.join(", ", notApproved)));
      }
      if (review.findings().isEmpty()) {
        out.println("  " + labels.get("plan.noFindings"));
      }
      byCode(review.findings())
          .forEach(
              (code, findings) -> {
                out.println("  " + Vocabulary.label(code, locale) + " (" + findings.size() + "):");
                findings.stream()
                    .limit(PRINTED_PER_KIND)
                    .forEach(f -> out.println("    - " + line(f, locale)));
                if (findings.size() > PRINTED_PER_KIND) {
                  out.println(
                      "    "
                          + labels.get(
                              "plan.more", String.valueOf(findings.size() - PRINTED_PER_KIND)));
                }
              });
      if (!review.hostLoads().isEmpty()) {
        out.println("  " + labels.get("plan.hosts"));
        for (HostLoad load : review.hostLoads()) {
          out.println(
              "    - "
                  + labels.get(
                      "plan.host",
                      load.hostUnit(),
                      load.window().toString(),
                      String.valueOf(load.delegationCount()),
                      String.valueOf(load.officerIds().size()),
                      String.valueOf(load.peakOfficers()))
                  + (load.overloaded()
                      ? "; " + labels.get("plan.overCap", String.valueOf(load.cap().orElseThrow()))
                      : ""));
        }
      }
    }
    if (!pacing.isEmpty() || !notPaced.isEmpty()) {
      out.println();
      out.println(labels.get("plan.pacing", asOf.toString()));
      for (Pacing p : pacing) {
        out.println("  " + paceLine(p, labels));
      }
      if (!notPaced.isEmpty()) {
        out.println("  " + labels.get("plan.notPaced", String.join(", ", notPaced)));
      }
    }
    out.flush();
  }

  private static String statusCounts(List<QuarterlyPlan> plans, Locale locale) {
    Map<PlanStatus, Long> counts = new EnumMap<>(PlanStatus.class);
    plans.forEach(p -> counts.merge(p.status(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(e -> Vocabulary.label(e.getKey(), locale) + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * The findings by code, in the review's order; among the visits carried out without approval,
   * those of a registered plan (not approved, or approved after the start) come before the visits
   * never registered, which can be many when plans are new.
   */
  private static Map<FindingCode, List<Finding>> byCode(List<Finding> findings) {
    Map<FindingCode, List<Finding>> byCode = new LinkedHashMap<>();
    findings.forEach(f -> byCode.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f));
    List<Finding> unapproved = byCode.get(FindingCode.CARRIED_OUT_WITHOUT_APPROVAL);
    if (unapproved != null) {
      unapproved.sort(
          java.util.Comparator.comparing(
              f -> f.facts().get("reason") == PlanChecks.Unapproved.NOT_REGISTERED));
    }
    return byCode;
  }

  /** A finding in one line: its officer, if any, and its text with its citation. */
  private static String line(Finding f, Locale locale) {
    return f.officerId().map(o -> o + ": ").orElse("") + f.render(locale);
  }

  /** The status of a pace: its name in English (ON_TRACK), the library's word in Vietnamese. */
  private static String status(Pacing p, Labels labels) {
    return labels.locale().getLanguage().equals("vi")
        ? Vocabulary.label(p.status(), labels.locale())
        : p.status().name();
  }

  private static String paceLine(Pacing p, Labels labels) {
    Locale locale = labels.locale();
    return labels.get(
            "plan.pace",
            p.officerId(),
            status(p, labels),
            Vocabulary.days(p.creditedSoFar(), locale),
            Vocabulary.days(p.plannedAhead(), locale),
            Vocabulary.days(p.projected(), locale),
            Vocabulary.days(p.required(), locale),
            Vocabulary.days(p.reachable(), locale),
            Vocabulary.days(p.targetToDate(), locale))
        + (p.behindQuarterlyTargets() ? "; " + labels.get("plan.behind") : "");
  }

  /** Writes the review as CSV (UTF-8): one row per plan not approved, finding and pace. */
  void write(Labels labels, OutputStream stream) throws IOException {
    Locale locale = labels.locale();
    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    CSVPrinter csv =
        new CSVPrinter(
            writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    for (PlanReview review : reviews) {
      String quarter = review.quarter().toString();
      for (QuarterlyPlan p : plans.getOrDefault(review.quarter(), List.of())) {
        if (!p.isApproved()) {
          csv.printRecord(
              "plan",
              quarter,
              p.status().name(),
              Vocabulary.label(p.status(), locale),
              p.officerId(),
              p.plannedVisits().stream().map(v -> v.id()).collect(Collectors.joining(";")),
              "",
              labels.get("plan.notApprovedRow", Vocabulary.label(p.status(), locale)),
              "");
        }
      }
      for (Finding f : review.findings()) {
        csv.printRecord(
            "finding",
            quarter,
            f.code().name(),
            Vocabulary.label(f.code(), locale),
            f.officerId().orElse(""),
            String.join(";", f.visitIds()),
            f.dates().stream().map(PlanReport::range).collect(Collectors.joining(";")),
            f.message(locale),
            Vocabulary.citation(f.citation(), locale));
      }
    }
    for (Pacing p : pacing) {
      csv.printRecord(
          "pacing",
          "",
          p.status().name(),
          Vocabulary.label(p.status(), locale),
          p.officerId(),
          "",
          p.period().getStart() + ".." + p.period().getEndInclusive(),
          paceLine(p, labels),
          p.citations().stream()
              .map(c -> Vocabulary.citation(c, locale))
              .distinct()
              .collect(Collectors.joining("; ")));
    }
    csv.flush();
    writer.flush();
  }

  private static String range(LocalDateRange r) {
    return r.getStart().equals(r.getEndInclusive())
        ? r.getStart().toString()
        : r.getStart() + ".." + r.getEndInclusive();
  }
}
