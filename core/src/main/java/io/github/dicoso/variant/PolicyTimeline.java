package io.github.dicoso.variant;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Which policy is in force on which date. A timeline has <em>terms</em>, consecutive policies of
 * the whole organisation (the national guidance for 2018–2022, then the next term from a date the
 * caller gives), and <em>variants</em>, local policies in force from and to given dates, which take
 * precedence over the term on their dates. Terms do not overlap each other, nor do variants.
 *
 * <pre>{@code
 * PolicyTimeline quangTri = PolicyTimeline.national()
 *     .withVariant(Policies.marchToDecember(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
 * quangTri.inForceOn(LocalDate.of(2020, 6, 1)); // march-to-december-10-day-reports
 * quangTri.inForceOn(LocalDate.of(2021, 6, 1)); // national-2018
 * }</pre>
 *
 * <p>A period that straddles two policies gets the policy of a {@link StraddleRule} (by default the
 * one in force at the period's start) together with an explanation, never silently.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyTimeline {
  /** The first day of the national 2018–2022 term. */
  public static final LocalDate NATIONAL_2018_START = LocalDate.of(2018, 1, 1);

  /** The last day of the national 2018–2022 term. */
  public static final LocalDate NATIONAL_2018_END = LocalDate.of(2022, 12, 31);

  PolicyTimeline() {}

  /**
   * {@return the national guidance, Hướng dẫn 03-HD/TWĐTN-BTC of 21/3/2018, in force for the period
   * it names, 2018–2022: from 1/1/2018 to 31/12/2022}
   */
  public static PolicyTimeline national() {
    return new ImmutablePolicyTimeline.Builder()
        .addTerms(
            PolicySpan.of(
                Policies.national2018(),
                LocalDateRange.ofClosed(NATIONAL_2018_START, NATIONAL_2018_END)))
        .build();
  }

  /**
   * A timeline with one term, {@code policy} in force from {@code from} until further notice.
   *
   * @param policy the first term's policy
   * @param from the first day it is in force
   * @return the timeline
   */
  public static PolicyTimeline startingWith(Policy policy, LocalDate from) {
    return new ImmutablePolicyTimeline.Builder().addTerms(openSpan(policy, from)).build();
  }

  /** {@return the terms, in date order; each later term starts after the one before ends} */
  public abstract List<PolicySpan> terms();

  /**
   * {@return the local variants, in date order; on their dates they take precedence over the terms}
   */
  public abstract List<PolicySpan> variants();

  /**
   * This timeline with a later term: {@code policy} in force from {@code from} until further
   * notice. A term still running on {@code from} ends the day before.
   *
   * @param policy the later term's policy
   * @param from the first day it is in force
   * @return the new timeline
   * @throws IllegalArgumentException if {@code from} is not after the start of the last term
   */
  public PolicyTimeline withNextTerm(Policy policy, LocalDate from) {
    List<PolicySpan> terms = new ArrayList<>(terms());
    PolicySpan last = terms.get(terms.size() - 1);
    checkArgument(
        from.isAfter(last.dates().getStart()),
        "policy timeline: next term %s from %s must start after the last term %s starts",
        policy.name(),
        from,
        last);
    if (last.covers(from)) {
      terms.set(
          terms.size() - 1,
          PolicySpan.of(last.policy(), LocalDateRange.of(last.dates().getStart(), from)));
    }
    terms.add(openSpan(policy, from));
    return new ImmutablePolicyTimeline.Builder().from(this).terms(terms).build();
  }

  /**
   * This timeline with {@code variant} in force from {@code from} to {@code to}, both inclusive.
   *
   * @param variant the variant
   * @param from the first day it is in force
   * @param to the last day it is in force
   * @return the new timeline
   * @throws IllegalArgumentException if the dates are out of order or overlap another variant
   */
  public PolicyTimeline withVariant(Policy variant, LocalDate from, LocalDate to) {
    checkArgument(
        !to.isBefore(from),
        "policy timeline: variant %s ends %s before it starts %s",
        variant.name(),
        to,
        from);
    return withVariantSpan(PolicySpan.of(variant, LocalDateRange.ofClosed(from, to)));
  }

  /**
   * This timeline with {@code variant} in force from {@code from} until further notice.
   *
   * @param variant the variant
   * @param from the first day it is in force
   * @return the new timeline
   * @throws IllegalArgumentException if it overlaps another variant
   */
  public PolicyTimeline withVariantFrom(Policy variant, LocalDate from) {
    return withVariantSpan(openSpan(variant, from));
  }

  /** {@return the first day on which a policy is in force} */
  public LocalDate earliestStart() {
    return Stream.concat(terms().stream(), variants().stream())
        .map(s -> s.dates().getStart())
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /**
   * The policy in force on {@code date}: the variant in force on it, if any, else the term.
   *
   * @param date the date
   * @return the policy in force
   * @throws IllegalArgumentException naming the date and the earliest start if the date is before
   *     any policy starts, or naming the date and the neighbouring policies if none is in force
   */
  public Policy inForceOn(LocalDate date) {
    return spanOn(date)
        .map(PolicySpan::policy)
        .orElseThrow(() -> new IllegalArgumentException(noPolicyOn(date)));
  }

  /**
   * The policies in force during {@code period} (closed: {@code getEndInclusive} is its last day),
   * each with the part of the period it covers, in date order.
   *
   * @param period the period
   * @return the spans, possibly none
   */
  public List<PolicySpan> inForceDuring(LocalDateRange period) {
    checkArgument(
        !period.isUnboundedStart() && !period.isUnboundedEnd() && !period.isEmpty(),
        "policy timeline: period %s must be bounded and not empty",
        period);
    List<LocalDate> edges = new ArrayList<>();
    edges.add(period.getStart());
    for (PolicySpan s : allSpans()) {
      addEdge(edges, period, s.dates().getStart());
      if (!s.dates().isUnboundedEnd()) {
        addEdge(edges, period, s.dates().getEnd());
      }
    }
    edges.add(period.getEnd());
    List<LocalDate> sorted = edges.stream().distinct().sorted().collect(Collectors.toList());
    List<PolicySpan> spans = new ArrayList<>();
    for (int i = 0; i + 1 < sorted.size(); i++) {
      LocalDate start = sorted.get(i);
      LocalDate end = sorted.get(i + 1);
      Optional<PolicySpan> on = spanOn(start);
      if (on.isEmpty()) {
        continue;
      }
      PolicySpan previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (previous != null
          && previous.policy().equals(on.get().policy())
          && previous.dates().getEnd().equals(start)) {
        spans.set(
            spans.size() - 1,
            PolicySpan.of(previous.policy(), LocalDateRange.of(previous.dates().getStart(), end)));
      } else {
        spans.add(PolicySpan.of(on.get().policy(), LocalDateRange.of(start, end)));
      }
    }
    return ImmutableList.copyOf(spans);
  }

  /**
   * The policy for the calendar year {@code year}, chosen {@linkplain #forPeriod(LocalDateRange) by
   * default}.
   *
   * @param year the year
   * @return the policy chosen, with the explanation
   */
  public PolicyChoice forYear(Year year) {
    return forPeriod(LocalDateRange.ofClosed(year.atDay(1), year.atMonth(12).atEndOfMonth()));
  }

  /**
   * The policy for {@code period}: the policy in force on its first day ({@link
   * StraddleRule#AT_PERIOD_START}), with an explanation that names every policy in force during the
   * period if there is more than one.
   *
   * @param period the period
   * @return the policy chosen, with the explanation
   * @throws IllegalArgumentException if no policy is in force on the period's first day
   */
  public PolicyChoice forPeriod(LocalDateRange period) {
    return forPeriod(period, StraddleRule.AT_PERIOD_START);
  }

  /**
   * The policy for {@code period} (closed: {@code getEndInclusive} is its last day) under {@code
   * rule}, explained.
   *
   * @param period the period
   * @param rule how to choose when the period straddles two policies
   * @return the policy chosen, with the explanation
   * @throws IllegalArgumentException if the rule's day has no policy in force, if no policy is in
   *     force during the period, or if the rule is {@link StraddleRule#REJECT} and the period
   *     straddles
   */
  public PolicyChoice forPeriod(LocalDateRange period, StraddleRule rule) {
    List<PolicySpan> spans = inForceDuring(period);
    long covered = spans.stream().mapToLong(s -> s.dates().lengthInDays()).sum();
    long uncovered = period.lengthInDays() - covered;
    String during = describe(period, spans, uncovered);
    Policy chosen;
    String why;
    switch (rule) {
      case AT_PERIOD_START -> {
        chosen = inForceOn(period.getStart());
        why =
            "the policy in force on the period's first day, "
                + period.getStart()
                + " (the default rule)";
      }
      case AT_PERIOD_END -> {
        chosen = inForceOn(period.getEndInclusive());
        why = "the policy in force on the period's last day, " + period.getEndInclusive();
      }
      case LONGEST_SHARE -> {
        PolicySpan longest = longest(period, spans);
        chosen = longest.policy();
        why = "the policy in force on the most days of the period";
      }
      case REJECT -> {
        if (spans.size() != 1 || uncovered > 0) {
          throw new IllegalArgumentException(
              "policy timeline: "
                  + during
                  + "; the rule REJECT allows no choice: evaluate each part"
                  + " separately or choose AT_PERIOD_START, AT_PERIOD_END or LONGEST_SHARE");
        }
        chosen = spans.get(0).policy();
        why = "the only policy in force during the period";
      }
      default -> throw new AssertionError(rule);
    }
    String explanation =
        spans.size() == 1 && uncovered == 0
            ? chosen.name() + " is in force throughout " + PolicySpan.rangeText(period) + "."
            : during + ". Chose " + chosen.name() + ": " + why + " (" + rule + ").";
    return new ImmutablePolicyChoice.Builder()
        .period(period)
        .policy(chosen)
        .rule(rule)
        .spans(spans)
        .uncoveredDays(uncovered)
        .explanation(explanation)
        .build();
  }

  @Value.Check
  void validate() {
    checkArgument(!terms().isEmpty(), "policy timeline: no term");
    checkDisjoint("term", terms());
    checkDisjoint("variant", variants());
  }

  /** The terms and variants, one a line. */
  @Override
  public String toString() {
    return "PolicyTimeline{terms=" + terms() + ", variants=" + variants() + "}";
  }

  private PolicyTimeline withVariantSpan(PolicySpan span) {
    List<PolicySpan> variants = new ArrayList<>(variants());
    variants.add(span);
    variants.sort(Comparator.comparing(s -> s.dates().getStart()));
    return new ImmutablePolicyTimeline.Builder().from(this).variants(variants).build();
  }

  private static PolicySpan openSpan(Policy policy, LocalDate from) {
    return PolicySpan.of(policy, LocalDateRange.of(from, LocalDate.MAX));
  }

  private List<PolicySpan> allSpans() {
    return ImmutableList.<PolicySpan>builder().addAll(variants()).addAll(terms()).build();
  }

  private Optional<PolicySpan> spanOn(LocalDate date) {
    return allSpans().stream().filter(s -> s.covers(date)).findFirst();
  }

  private static void addEdge(List<LocalDate> edges, LocalDateRange period, LocalDate edge) {
    if (edge.isAfter(period.getStart()) && edge.isBefore(period.getEnd())) {
      edges.add(edge);
    }
  }

  private String noPolicyOn(LocalDate date) {
    LocalDate earliest = earliestStart();
    if (date.isBefore(earliest)) {
      PolicySpan first =
          allSpans().stream()
              .filter(s -> s.dates().getStart().equals(earliest))
              .findFirst()
              .orElseThrow();
      return "no policy is in force on "
          + date
          + ": the earliest, "
          + first.policy().name()
          + ", starts on "
          + earliest;
    }
    Optional<PolicySpan> before =
        allSpans().stream()
            .filter(s -> !s.dates().isUnboundedEnd() && s.dates().getEndInclusive().isBefore(date))
            .max(Comparator.comparing(s -> s.dates().getEndInclusive()));
    Optional<PolicySpan> after =
        allSpans().stream()
            .filter(s -> s.dates().getStart().isAfter(date))
            .min(Comparator.comparing(s -> s.dates().getStart()));
    return "no policy is in force on "
        + date
        + before
            .map(s -> ": " + s.policy().name() + " ended on " + s.dates().getEndInclusive())
            .orElse(":")
        + after
            .map(s -> " and " + s.policy().name() + " starts on " + s.dates().getStart())
            .orElse(" and no later term is given (see withNextTerm)");
  }

  private static String describe(LocalDateRange period, List<PolicySpan> spans, long uncovered) {
    if (spans.isEmpty()) {
      return "no policy is in force during " + PolicySpan.rangeText(period);
    }
    StringBuilder s = new StringBuilder(PolicySpan.rangeText(period));
    s.append(
        spans.size() == 1 ? " is covered by 1 policy" : " straddles " + spans.size() + " policies");
    s.append(": ");
    s.append(
        spans.stream()
            .map(
                p ->
                    p.policy().name()
                        + " on "
                        + PolicySpan.rangeText(p.dates())
                        + " ("
                        + p.dates().lengthInDays()
                        + " days)")
            .collect(Collectors.joining(", ")));
    if (uncovered > 0) {
      s.append("; no policy on ").append(uncovered).append(" days");
    }
    return s.toString();
  }

  private static PolicySpan longest(LocalDateRange period, List<PolicySpan> spans) {
    if (spans.isEmpty()) {
      throw new IllegalArgumentException(describe(period, spans, period.lengthInDays()));
    }
    // total days per policy (a policy may be interrupted by a variant), first occurrence wins ties
    PolicySpan best = spans.get(0);
    long bestDays = -1;
    for (PolicySpan s : spans) {
      long days =
          spans.stream()
              .filter(o -> o.policy().equals(s.policy()))
              .mapToLong(o -> o.dates().lengthInDays())
              .sum();
      if (days > bestDays) {
        best = s;
        bestDays = days;
      }
    }
    return best;
  }

  private static void checkDisjoint(String kind, List<PolicySpan> spans) {
    for (int i = 0; i < spans.size(); i++) {
      for (int j = i + 1; j < spans.size(); j++) {
        checkArgument(
            !spans.get(i).dates().overlaps(spans.get(j).dates()),
            "policy timeline: %s %s overlaps %s %s",
            kind,
            spans.get(i),
            kind,
            spans.get(j));
      }
    }
  }
}
