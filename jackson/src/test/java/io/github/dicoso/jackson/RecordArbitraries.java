package io.github.dicoso.jackson;

import io.github.dicoso.Days;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
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

/**
 * jqwik arbitraries (as core's tests draw them) for officers, leaves, officer records and
 * populations around 2019, and for a few policies that switch on every check. A record is drawn as
 * a function of the officer's id, so that a population gives its officers distinct ids and visit
 * ids; everything shrinks towards a full-time provincial officer in post all year with no visit and
 * no leave.
 */
final class RecordArbitraries {
  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);

  private RecordArbitraries() {}

  /**
   * The national policy and variants that switch on every check: evidence required, no half days
   * and a report deadline; binding host-level and kind minimums; advisory minimums; a 30-day year;
   * the leave winning over a visit on the same date; leaves measured inside the period only.
   */
  static Arbitrary<Policy> policies() {
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
  static Arbitrary<Function<String, Leave>> leaveMakers() {
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
  static Arbitrary<Function<String, Officer>> officerMakers() {
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
  static Arbitrary<Function<String, OfficerRecord>> recordMakers() {
    return recordMakers(8);
  }

  /** Records of an officer with up to {@code maxVisits} visits of distinct ids and 2 leaves. */
  static Arbitrary<Function<String, OfficerRecord>> recordMakers(int maxVisits) {
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
  static Arbitrary<OfficerRecord> records() {
    return recordMakers().map(m -> m.apply("O-1"));
  }

  /** Lists of up to {@code max} records of officers {@code O-1}, {@code O-2} ... */
  static Arbitrary<List<OfficerRecord>> recordLists(int max) {
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
  static Arbitrary<Population> populations(int max) {
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
}
