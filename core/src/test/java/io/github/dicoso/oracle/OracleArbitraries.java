package io.github.dicoso.oracle;

import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.ProRating;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;

/**
 * Generated policies and populations for the oracle: shrinkable (a policy shrinks towards the
 * national one, a population towards one officer with no visit), dates from jqwik-time.
 */
final class OracleArbitraries {
  private static final LocalDate EARLIEST = LocalDate.of(2017, 6, 1);
  private static final LocalDate LATEST = LocalDate.of(2021, 6, 30);

  private OracleArbitraries() {}

  static Arbitrary<Year> years() {
    return Arbitraries.of(Year.of(2019), Year.of(2020));
  }

  /** The national policy with up to ten parameters changed; shrinks towards the national policy. */
  static Arbitrary<GeneratedPolicy> policies() {
    return change().list().ofMaxSize(10).map(GeneratedPolicy::new);
  }

  /** A policy as the changes that make it, so that a failure shows them. */
  record GeneratedPolicy(List<Change<?>> changes) {
    Policy policy() {
      Policy.Builder b = Policy.variantOf(Policies.national2018()).name("generated");
      changes.forEach(c -> c.accept(b));
      return b.build();
    }

    @Override
    public String toString() {
      return "national-2018 with " + changes;
    }
  }

  /** One parameter set to one value. */
  record Change<T>(Parameter<T> parameter, T value) implements Consumer<Policy.Builder> {
    @Override
    public void accept(Policy.Builder b) {
      b.set(parameter, value);
    }

    @Override
    public String toString() {
      return parameter.key() + "=" + value;
    }
  }

  private static Arbitrary<Change<?>> change() {
    List<Arbitrary<Change<?>>> changes = new ArrayList<>();
    changes.add(
        set(Parameter.REQUIRED_DAYS, Arbitraries.longs().between(0, 130).map(Days::ofHalves)));
    changes.add(
        set(
            Parameter.COUNTING_PERIOD,
            Arbitraries.of(
                CountingPeriod.calendarYear(),
                CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)),
                CountingPeriod.of(MonthDay.of(1, 1), MonthDay.of(6, 30)))));
    changes.add(set(Parameter.SUBJECT_LEVELS, Arbitraries.of(Level.class).set().ofMinSize(1)));
    changes.add(
        set(Parameter.SUBJECT_EMPLOYMENT, Arbitraries.of(Employment.class).set().ofMinSize(1)));
    changes.add(set(Parameter.COMMITTEE_MEMBERS_SUBJECT, Arbitraries.of(true, false)));
    changes.add(set(Parameter.PRO_RATING, Arbitraries.of(ProRating.class)));
    for (LeaveKind kind : LeaveKind.values()) {
      changes.add(set(Parameter.exemption(kind), thresholds()));
    }
    changes.add(set(Parameter.EXEMPTION_LEAVE_LENGTH, Arbitraries.of(LeaveLength.class)));
    changes.add(set(Parameter.LEAVE_REDUCES_REQUIREMENT, Arbitraries.of(true, false)));
    changes.add(set(Parameter.VISIT_DURING_LEAVE, Arbitraries.of(VisitDuringLeave.class)));
    changes.add(set(Parameter.COUNT_INVITED_ONLY, Arbitraries.of(true, false)));
    changes.add(set(Parameter.COUNT_UNAPPROVED, Arbitraries.of(true, false)));
    changes.add(set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, Arbitraries.of(true, false)));
    changes.add(set(Parameter.HALF_DAY_CREDIT, Arbitraries.of(true, false)));
    for (HostLevel level : HostLevel.values()) {
      changes.add(set(Parameter.hostLevelMinimum(level), minimums()));
    }
    for (KindOfWork kind : KindOfWork.values()) {
      changes.add(set(Parameter.kindMinimum(kind), minimums()));
    }
    changes.add(set(Parameter.MINIMUMS_SCALE_WITH_REQUIREMENT, Arbitraries.of(true, false)));
    changes.add(set(Parameter.MINIMUMS_BINDING, Arbitraries.of(true, false)));
    return Arbitraries.oneOf(changes);
  }

  private static <T> Arbitrary<Change<?>> set(Parameter<T> parameter, Arbitrary<T> values) {
    return values.map(v -> new Change<>(parameter, v));
  }

  private static Arbitrary<Optional<ExemptionThreshold>> thresholds() {
    return Arbitraries.integers()
        .between(0, 12)
        .map(m -> ExemptionThreshold.atLeast(Period.ofMonths(m)))
        .optional(0.8);
  }

  private static Arbitrary<Optional<Days>> minimums() {
    return Arbitraries.longs().between(0, 40).map(Days::of).optional(0.8);
  }

  /**
   * Ten to twenty officers (so a thousand tries compare at least ten thousand officer-years), each
   * with visits and leaves around 2019 and 2020; shrinks towards ten officers with nothing.
   */
  static Arbitrary<List<OfficerRecord>> populations() {
    return record().list().ofMinSize(10).ofMaxSize(20).map(OracleArbitraries::numbered);
  }

  /** Officers {@code O1, O2...}, visits {@code O1-V1, O1-V2...}. */
  private static List<OfficerRecord> numbered(List<OfficerRecord> records) {
    List<OfficerRecord> numbered = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      String id = "O" + (i + 1);
      OfficerRecord r = records.get(i);
      Officer o = r.officer();
      Officer officer =
          Officer.builder()
              .id(id)
              .name("Officer " + id)
              .level(o.level())
              .employment(o.employment())
              .committeeMember(o.committeeMember())
              .department(o.department())
              .servicePeriods(o.servicePeriods())
              .build();
      List<Visit> visits = new ArrayList<>();
      for (int v = 0; v < r.visits().size(); v++) {
        visits.add(
            Visit.builder().from(r.visits().get(v)).id(id + "-V" + (v + 1)).officerId(id).build());
      }
      List<Leave> leaves = new ArrayList<>();
      for (Leave l : r.leaves()) {
        leaves.add(Leave.of(id, l.kind(), l.start(), l.end()));
      }
      numbered.add(OfficerRecord.of(officer, visits, leaves));
    }
    return numbered;
  }

  private static Arbitrary<OfficerRecord> record() {
    return Combinators.combine(
            officer("O"), visit("O").list().ofMaxSize(14), leave("O").list().ofMaxSize(3))
        .as((officer, visits, leaves) -> OfficerRecord.of(officer, distinct(visits), leaves));
  }

  /** Visit ids are unique per officer; here they are made so before {@link #numbered}. */
  private static List<Visit> distinct(List<Visit> visits) {
    List<Visit> distinct = new ArrayList<>();
    for (int i = 0; i < visits.size(); i++) {
      distinct.add(Visit.builder().from(visits.get(i)).id("V" + (i + 1)).build());
    }
    return distinct;
  }

  private static Arbitrary<Officer> officer(String id) {
    Arbitrary<List<ServicePeriod>> service =
        Arbitraries.oneOf(
            Arbitraries.just(List.of()),
            range(1, 900).map(r -> List.of(ServicePeriod.of(r.get(0), r.get(1)))),
            Combinators.combine(range(1, 200), range(1, 200))
                .as(
                    (a, b) ->
                        List.of(
                            ServicePeriod.of(a.get(0), a.get(1)),
                            ServicePeriod.of(b.get(0), b.get(1))))
                .filter(p -> !p.get(0).dates().overlaps(p.get(1).dates())));
    return Combinators.combine(
            Arbitraries.of(Level.class),
            Arbitraries.of(Employment.class),
            Arbitraries.of(false, false, false, true),
            service)
        .as(
            (level, employment, committee, periods) ->
                Officer.builder()
                    .id(id)
                    .name("Officer " + id)
                    .level(level)
                    .employment(employment)
                    .committeeMember(committee)
                    .department("Department")
                    .servicePeriods(periods)
                    .build());
  }

  private static Arbitrary<Visit> visit(String officerId) {
    Arbitrary<Boolean> mostlyTrue = Arbitraries.of(true, true, true, true, true, true, false);
    Arbitrary<Boolean> mostlyFalse = Arbitraries.of(false, false, false, false, false, false, true);
    return Combinators.combine(
            range(1, 12),
            mostlyFalse,
            Arbitraries.of(KindOfWork.class).set(),
            Arbitraries.of(HostLevel.class),
            mostlyFalse,
            mostlyTrue,
            mostlyTrue)
        .as(
            (dates, half, kinds, level, invited, approved, travelOrder) ->
                Visit.builder()
                    .id("V")
                    .officerId(officerId)
                    .start(dates.get(0))
                    .end(half ? dates.get(0) : dates.get(1))
                    .halfDay(half)
                    .kinds(kinds)
                    .hostUnit("Unit " + level)
                    .hostLevel(level)
                    .invitedOnly(invited)
                    .approved(approved)
                    .travelOrder(travelOrder)
                    .description("-")
                    .build());
  }

  private static Arbitrary<Leave> leave(String officerId) {
    return Combinators.combine(Arbitraries.of(LeaveKind.class), range(1, 400))
        .as((kind, r) -> Leave.of(officerId, kind, r.get(0), r.get(1)));
  }

  /** A start date and an end date {@code minDays..maxDays} days on, inclusive, as a list of two. */
  private static Arbitrary<List<LocalDate>> range(int minDays, int maxDays) {
    return Combinators.combine(
            Dates.dates().between(EARLIEST, LATEST),
            Arbitraries.integers().between(minDays, maxDays))
        .as((start, days) -> List.of(start, start.plusDays(days - 1)));
  }
}
