package io.github.dicoso.oracle;

import io.github.dicoso.Days;
import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The annual evaluation written a second time, straight from the rulebook ({@code
 * ../shared/DOMAIN.md}) and with no optimisation: every date is a {@link LocalDate} in a set, every
 * rule a few plain lines. The oracle properties compare it with the library. Kinds of work are the
 * visit's own (the library is run without a tagger), and reports and meeting days, which never
 * change a status, are not modelled.
 */
final class ReferenceEvaluation {
  private ReferenceEvaluation() {}

  /** What the rulebook says of one officer in one period. */
  record Expected(
      Status status,
      Days required,
      Days credited,
      Map<KindOfWork, Days> byKind,
      Map<HostLevel, Days> byHostLevel,
      Map<String, Map<Exclusion, Set<LocalDate>>> exclusions,
      int visitsOutsidePeriod) {}

  static Expected evaluate(
      Policy policy,
      Officer officer,
      List<Visit> allVisits,
      List<Leave> allLeaves,
      LocalDateRange period) {
    List<Visit> visits = new ArrayList<>();
    for (Visit v : allVisits) {
      if (v.dates().overlaps(period)) {
        visits.add(v);
      }
    }
    Set<LocalDate> inService = serviceDates(officer, period);

    // Who is subject: in post during the period, a subject level and employment, and committee
    // members only if the policy says so.
    boolean subject =
        !inService.isEmpty()
            && policy.get(Parameter.SUBJECT_LEVELS).contains(officer.level())
            && policy.get(Parameter.SUBJECT_EMPLOYMENT).contains(officer.employment())
            && (!officer.committeeMember() || policy.get(Parameter.COMMITTEE_MEMBERS_SUBJECT));
    boolean exempt = subject && exempt(policy, allLeaves, period);
    boolean held = subject && !exempt;

    // Dates a qualifying leave keeps the officer away, while in post.
    Set<LocalDate> away = new TreeSet<>();
    if (held && policy.get(Parameter.LEAVE_REDUCES_REQUIREMENT)) {
      for (Leave l : allLeaves) {
        if (policy.get(Parameter.exemption(l.kind())).isPresent()) {
          for (LocalDate d : dates(l.start(), l.end())) {
            if (inService.contains(d)) {
              away.add(d);
            }
          }
        }
      }
    }
    boolean leaveWins = policy.get(Parameter.VISIT_DURING_LEAVE) == VisitDuringLeave.LEAVE_COUNTS;

    // Accrual: each date once; two half days make a day; a date never earns more than one.
    Map<LocalDate, Integer> wholeVisits = new TreeMap<>();
    Map<LocalDate, Integer> halfVisits = new TreeMap<>();
    Map<LocalDate, Set<KindOfWork>> kindsOn = new TreeMap<>();
    Map<LocalDate, Set<HostLevel>> levelsOn = new TreeMap<>();
    Map<String, Map<Exclusion, Set<LocalDate>>> exclusions = new TreeMap<>();
    for (Visit v : visits) {
      Map<Exclusion, Set<LocalDate>> excluded = new EnumMap<>(Exclusion.class);
      Optional<Exclusion> evidence = evidence(policy, v);
      for (LocalDate d : dates(v.start(), v.end())) {
        Exclusion reason;
        if (!period.contains(d)) {
          reason = Exclusion.OUTSIDE_PERIOD;
        } else if (evidence.isPresent()) {
          reason = evidence.get();
        } else if (!inService.contains(d)) {
          reason = Exclusion.OUTSIDE_SERVICE;
        } else if (leaveWins && away.contains(d)) {
          reason = Exclusion.DURING_LEAVE;
        } else {
          reason = null;
        }
        if (reason != null) {
          excluded.computeIfAbsent(reason, r -> new TreeSet<>()).add(d);
          continue;
        }
        (v.halfDay() ? halfVisits : wholeVisits).merge(d, 1, Integer::sum);
        kindsOn.computeIfAbsent(d, x -> new HashSet<>()).addAll(v.kinds());
        levelsOn.computeIfAbsent(d, x -> new HashSet<>()).add(v.hostLevel());
      }
      exclusions.put(v.id(), excluded);
    }
    Map<LocalDate, Days> creditOn = new TreeMap<>();
    for (LocalDate d : union(wholeVisits.keySet(), halfVisits.keySet())) {
      boolean whole = wholeVisits.containsKey(d) || halfVisits.getOrDefault(d, 0) >= 2;
      creditOn.put(d, whole ? Days.ONE : Days.HALF);
    }
    Days credited = sum(creditOn.values());
    Map<KindOfWork, Days> byKind = new EnumMap<>(KindOfWork.class);
    Map<HostLevel, Days> byLevel = new EnumMap<>(HostLevel.class);
    creditOn.forEach(
        (d, credit) -> {
          for (KindOfWork k : kindsOn.get(d)) {
            byKind.merge(k, credit, Days::plus);
          }
          for (HostLevel l : levelsOn.get(d)) {
            byLevel.merge(l, credit, Days::plus);
          }
        });

    if (!held) {
      return new Expected(
          subject ? Status.EXEMPT : Status.NOT_SUBJECT,
          Days.ZERO,
          credited,
          byKind,
          byLevel,
          exclusions,
          allVisits.size() - visits.size());
    }

    // The requirement: the quota pro-rated to the days in post not away; a date credited by a
    // visit is not away unless the leave wins.
    Set<LocalDate> daysAway = new TreeSet<>(away);
    if (!leaveWins) {
      daysAway.removeAll(creditOn.keySet());
    }
    Days quota = policy.get(Parameter.REQUIRED_DAYS);
    long available = inService.size() - daysAway.size();
    long periodDays = period.lengthInDays();
    // The share of the quota owed, as a fraction.
    long[] share =
        switch (policy.get(Parameter.PRO_RATING)) {
          case BY_DAYS_OF_SERVICE -> new long[] {available, periodDays};
          case NONE -> new long[] {available, inService.size()};
          case WHOLE_MONTHS -> {
            long months = 0;
            long served = 0;
            for (YearMonth m = YearMonth.from(period.getStart());
                !m.atDay(1).isAfter(period.getEndInclusive());
                m = m.plusMonths(1)) {
              months++;
              boolean wholeMonth = true;
              for (LocalDate d : dates(m.atDay(1), m.atEndOfMonth())) {
                if (period.contains(d) && !inService.contains(d)) {
                  wholeMonth = false;
                }
              }
              if (wholeMonth) {
                served++;
              }
            }
            yield new long[] {served * available, months * inService.size()};
          }
        };
    Days required = scaled(quota, share[0], share[1]);

    // Minimums, scaled by the same share when the requirement is reduced and the policy says so;
    // binding by default.
    boolean minimumUnmet = false;
    for (HostLevel level : HostLevel.values()) {
      minimumUnmet |=
          unmet(
              policy,
              Parameter.hostLevelMinimum(level),
              share,
              quota,
              required,
              byLevel.get(level));
    }
    for (KindOfWork kind : KindOfWork.values()) {
      minimumUnmet |=
          unmet(policy, Parameter.kindMinimum(kind), share, quota, required, byKind.get(kind));
    }
    boolean compliant =
        credited.isAtLeast(required) && !(minimumUnmet && policy.get(Parameter.MINIMUMS_BINDING));
    return new Expected(
        compliant ? Status.COMPLIANT : Status.NON_COMPLIANT,
        required,
        credited,
        byKind,
        byLevel,
        exclusions,
        allVisits.size() - visits.size());
  }

  /** Days in post within the period; all of it when the officer has no service periods. */
  static Set<LocalDate> serviceDates(Officer officer, LocalDateRange period) {
    Set<LocalDate> dates = new TreeSet<>();
    for (LocalDate d : dates(period.getStart(), period.getEndInclusive())) {
      boolean served = officer.servicePeriods().isEmpty();
      for (ServicePeriod p : officer.servicePeriods()) {
        served |= p.covers(d);
      }
      if (served) {
        dates.add(d);
      }
    }
    return dates;
  }

  /**
   * Long-term leave: the dates of one kind of leave joined into unbroken stretches; a stretch that
   * touches the period and is at least the kind's threshold long (the whole stretch, or only its
   * part inside the period if the policy says so) exempts.
   */
  private static boolean exempt(Policy policy, List<Leave> leaves, LocalDateRange period) {
    for (LeaveKind kind : LeaveKind.values()) {
      Optional<ExemptionThreshold> threshold = policy.get(Parameter.exemption(kind));
      if (threshold.isEmpty()) {
        continue;
      }
      TreeSet<LocalDate> away = new TreeSet<>();
      for (Leave l : leaves) {
        if (l.kind() == kind) {
          away.addAll(dates(l.start(), l.end()));
        }
      }
      while (!away.isEmpty()) {
        LocalDate first = away.first();
        LocalDate last = first;
        while (away.contains(last.plusDays(1))) {
          last = last.plusDays(1);
        }
        away.removeAll(dates(first, last));
        LocalDateRange stretch = LocalDateRange.ofClosed(first, last);
        if (!stretch.overlaps(period)) {
          continue;
        }
        LocalDateRange measured =
            policy.get(Parameter.EXEMPTION_LEAVE_LENGTH) == LeaveLength.WHOLE_LEAVE
                ? stretch
                : stretch.intersection(period);
        // "6 months or more": the day the threshold is reached is at most the day after the end.
        LocalDate reached = measured.getStart().plus(threshold.get().threshold());
        if (!reached.isAfter(measured.getEndInclusive().plusDays(1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<Exclusion> evidence(Policy policy, Visit v) {
    if (v.invitedOnly() && !policy.get(Parameter.COUNT_INVITED_ONLY)) {
      return Optional.of(Exclusion.INVITED_ONLY);
    }
    if (!v.approved() && !policy.get(Parameter.COUNT_UNAPPROVED)) {
      return Optional.of(Exclusion.UNAPPROVED);
    }
    if (!v.travelOrder() && !policy.get(Parameter.COUNT_WITHOUT_TRAVEL_ORDER)) {
      return Optional.of(Exclusion.NO_TRAVEL_ORDER);
    }
    if (v.halfDay() && !policy.get(Parameter.HALF_DAY_CREDIT)) {
      return Optional.of(Exclusion.HALF_DAY_NOT_CREDITED);
    }
    return Optional.empty();
  }

  private static boolean unmet(
      Policy policy,
      Parameter<Optional<Days>> parameter,
      long[] share,
      Days quota,
      Days required,
      @Nullable Days done) {
    Optional<Days> minimum = policy.get(parameter);
    if (minimum.isEmpty()) {
      return false;
    }
    Days needed = minimum.get();
    if (policy.get(Parameter.MINIMUMS_SCALE_WITH_REQUIREMENT) && share[0] < share[1]) {
      Days scaled = scaled(needed, share[0], share[1]);
      needed = scaled.isLessThan(needed) ? scaled : needed;
    }
    return !(done == null ? Days.ZERO : done).isAtLeast(needed);
  }

  /**
   * {@code days × part / whole}, rounded up to a whole day; exact when the part is the whole. In
   * half days: a whole day is two.
   */
  static Days scaled(Days days, long part, long whole) {
    if (part == whole) {
      return days;
    }
    long halves = days.halves() * part;
    long wholeDays = halves / (2 * whole) + (halves % (2 * whole) == 0 ? 0 : 1);
    return Days.ofHalves(2 * wholeDays);
  }

  private static List<LocalDate> dates(LocalDate first, LocalDate last) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      dates.add(d);
    }
    return dates;
  }

  private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
    Set<LocalDate> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Days sum(Iterable<Days> days) {
    Days total = Days.ZERO;
    for (Days d : days) {
      total = total.plus(d);
    }
    return total;
  }
}
