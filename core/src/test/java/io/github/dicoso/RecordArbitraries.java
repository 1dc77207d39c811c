package io.github.dicoso;

import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.Dates;

/**
 * jqwik arbitraries for officers, leaves, officer records and populations around 2019, and for a
 * few policies that switch on every check. A record is drawn as a function of the officer's id, so
 * that a population gives its officers distinct ids and visit ids; everything shrinks towards a
 * full-time provincial officer in post all year with no visit and no leave.
 */
public final class RecordArbitraries {
  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);
  private static final LocalDate EARLIEST = LocalDate.of(2017, 6, 1);
  private static final LocalDate LATEST = LocalDate.of(2021, 6, 30);

  private RecordArbitraries() {}

  /**
   * The national policy and variants that switch on every check: evidence required, no half days
   * and a report deadline; binding host-level and kind minimums; advisory minimums; a 30-day year;
   * the leave winning over a visit on the same date; leaves measured inside the period only.
   */
  public static Arbitrary<Policy> policies() {
    Policy national = Policies.national2018();
    Policy strict =
        Policy.variantOf(national)
            .name("strict")
            .set(Parameter.COUNT_UNAPPROVED, false)
            .set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, false)
            .set(Parameter.HALF_DAY_CREDIT, false)
            .set(Parameter.REPORT_DEADLINE_DAYS, Optional.of(10))
            .build();
    Policy minimums =
        Policy.variantOf(Policies.hostLevelSplit())
            .name("minimums")
            .set(Parameter.kindMinimum(KindOfWork.INSPECTION), Optional.of(Days.of(5)))
            .build();
    Policy advisory =
        Policy.variantOf(minimums).name("advisory").set(Parameter.MINIMUMS_BINDING, false).build();
    Policy leaveWins =
        Policy.variantOf(national)
            .name("leave-wins")
            .set(Parameter.VISIT_DURING_LEAVE, VisitDuringLeave.LEAVE_COUNTS)
            .set(Parameter.EXEMPTION_LEAVE_LENGTH, LeaveLength.PART_IN_PERIOD)
            .build();
    return Arbitraries.of(
        national, strict, minimums, advisory, Policies.thirtyDayYear(), leaveWins);
  }

  /**
   * Leaves of any kind starting between 3/9/2018 and 31/12/2019, 1 to 300 days long, some of them
   * with an id.
   */
  public static Arbitrary<Function<String, Leave>> leaveMakers() {
    return Combinators.combine(
            Arbitraries.of(LeaveKind.class),
            Arbitraries.integers().between(-120, 364).shrinkTowards(0),
            Arbitraries.integers().between(1, 300),
            Arbitraries.integers().between(1, 9).optional(0.3))
        .as(
            (kind, start, length, id) ->
                officerId -> {
                  Leave.Builder b =
                      Leave.builder()
                          .officerId(officerId)
                          .kind(kind)
                          .start(JAN_1.plusDays(start))
                          .end(JAN_1.plusDays(start + length - 1L));
                  id.ifPresent(n -> b.id(officerId + "-L" + n));
                  return b.build();
                });
  }

  /** Officers of every level and employment, some joining during the year. */
  public static Arbitrary<Function<String, Officer>> officerMakers() {
    Arbitrary<Level> level =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(Level.PROVINCIAL)),
            Tuple.of(1, Arbitraries.just(Level.CENTRAL)),
            Tuple.of(1, Arbitraries.just(Level.DISTRICT)));
    Arbitrary<Employment> employment =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Employment.FULL_TIME)),
            Tuple.of(1, Arbitraries.just(Employment.PART_TIME)));
    Arbitrary<Boolean> committee = Arbitraries.of(false, false, true);
    Arbitrary<String> department = Arbitraries.of("Văn phòng", "Ban Tổ chức", "", "Ban Phong trào");
    Arbitrary<Optional<Integer>> joined = Arbitraries.integers().between(-400, 360).optional(0.4);
    return Combinators.combine(level, employment, committee, department, joined)
        .as(
            (lv, emp, cm, dep, j) ->
                id -> {
                  Officer.Builder b =
                      Officer.builder()
                          .id(id)
                          .name("Officer " + id)
                          .level(lv)
                          .employment(emp)
                          .committeeMember(cm)
                          .department(dep);
                  j.ifPresent(d -> b.addServicePeriods(ServicePeriod.from(JAN_1.plusDays(d))));
                  return b.build();
                });
  }

  /** Records of an officer with up to 8 visits of distinct ids and 2 leaves. */
  public static Arbitrary<Function<String, OfficerRecord>> recordMakers() {
    return recordMakers(8);
  }

  /** Records of an officer with up to {@code maxVisits} visits of distinct ids and 2 leaves. */
  public static Arbitrary<Function<String, OfficerRecord>> recordMakers(int maxVisits) {
    Arbitrary<List<Function<String, Visit>>> visits =
        VisitArbitraries.visits("X")
            .map(v -> (Function<String, Visit>) id -> retarget(v, id))
            .list()
            .ofMaxSize(maxVisits)
            .uniqueElements(f -> f.apply("X").id());
    Arbitrary<List<Function<String, Leave>>> leaves = leaveMakers().list().ofMaxSize(2);
    return Combinators.combine(officerMakers(), visits, leaves)
        .as(
            (officer, vs, ls) ->
                id ->
                    OfficerRecord.of(
                        officer.apply(id),
                        vs.stream().map(v -> v.apply(id)).toList(),
                        ls.stream().map(l -> l.apply(id)).toList()));
  }

  /** One officer's record, id {@code O-1}. */
  public static Arbitrary<OfficerRecord> records() {
    return recordMakers().map(m -> m.apply("O-1"));
  }

  /** Lists of up to {@code max} records of officers {@code O-1}, {@code O-2} ... */
  public static Arbitrary<List<OfficerRecord>> recordLists(int max) {
    return recordMakers()
        .list()
        .ofMaxSize(max)
        .map(
            makers -> {
              List<OfficerRecord> records = new ArrayList<>();
              for (int i = 0; i < makers.size(); i++) {
                records.add(makers.get(i).apply("O-" + (i + 1)));
              }
              return records;
            });
  }

  /** Populations of up to {@code max} officers. */
  public static Arbitrary<Population> populations(int max) {
    return recordLists(max).map(Population::of);
  }

  /** {@code visit} made by {@code officerId}, its id prefixed by the officer's. */
  private static Visit retarget(Visit visit, String officerId) {
    return Visit.builder()
        .from(visit)
        .id(officerId + visit.id().substring(1))
        .officerId(officerId)
        .build();
  }

  /**
   * {@code min} to {@code max} officers {@code O1, O2...} with whole histories: any level,
   * employment and committee membership, in post throughout or for one or two service periods, up
   * to 14 visits and 3 leaves (of up to 400 days) anywhere from mid-2017 to mid-2021, dates drawn
   * by jqwik-time. Shrinks towards {@code min} officers with nothing.
   */
  public static Arbitrary<List<OfficerRecord>> histories(int min, int max) {
    return history().list().ofMinSize(min).ofMaxSize(max).map(RecordArbitraries::numbered);
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

  private static Arbitrary<OfficerRecord> history() {
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
