package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.NATIONAL;

import io.github.dicoso.Days;
import io.github.dicoso.Policy;
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
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Cheap generators of policies, officer records and populations for the compliance properties. */
final class ComplianceArbitraries {
  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);

  private ComplianceArbitraries() {}

  /** The national policy and a few variants that switch on every check. */
  static Arbitrary<Policy> policies() {
    Policy strict =
        Policy.builder()
            .from(NATIONAL)
            .name("strict")
            .countUnapproved(false)
            .countWithoutTravelOrder(false)
            .halfDayCredit(false)
            .reportDeadlineDays(10)
            .build();
    Policy brvt =
        Policy.builder()
            .from(NATIONAL)
            .name("brvt")
            .putHostLevelMinimum(HostLevel.BRANCH, Days.of(30))
            .putHostLevelMinimum(HostLevel.COMMUNE, Days.of(20))
            .putHostLevelMinimum(HostLevel.DISTRICT, Days.of(10))
            .putKindMinimum(KindOfWork.INSPECTION, Days.of(5))
            .build();
    Policy thirty =
        Policy.builder().from(NATIONAL).name("thirty").requiredDays(Days.of(30)).build();
    return Arbitraries.of(NATIONAL, strict, brvt, thirty);
  }

  /** A visit, given the officer id and the visit's index. */
  static Arbitrary<BiFunction<String, Integer, Visit>> visitMakers() {
    Arbitrary<Integer> offset = Arbitraries.integers().between(-10, 375);
    Arbitrary<Integer> length =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 12)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(20, 70)));
    Arbitrary<Integer> flags = Arbitraries.integers().between(0, 63);
    Arbitrary<HostLevel> level = Arbitraries.of(HostLevel.class);
    Arbitrary<Integer> host = Arbitraries.integers().between(1, 5);
    Arbitrary<Set<KindOfWork>> kinds =
        Arbitraries.of(KindOfWork.class).set().ofMinSize(1).ofMaxSize(2);
    return Combinators.combine(offset, length, flags, level, host, kinds)
        .as(
            (o, len, f, lv, h, k) ->
                (officerId, i) -> {
                  LocalDate start = JAN_1.plusDays(o);
                  boolean halfDay = (f & 8) != 0;
                  var b =
                      Visit.builder()
                          .id(officerId + "-V" + i)
                          .officerId(officerId)
                          .start(start)
                          .end(halfDay ? start : start.plusDays(len - 1))
                          .hostLevel(lv)
                          .hostUnit("Unit " + lv + " " + h)
                          .invitedOnly((f & 1) != 0)
                          .approved((f & 2) == 0)
                          .travelOrder((f & 4) == 0)
                          .halfDay(halfDay);
                  if ((f & 16) != 0) {
                    b.description(h % 2 == 1 ? "dự sinh hoạt chi đoàn" : "làm việc với cơ sở");
                  } else {
                    b.kinds(k);
                  }
                  if ((f & 32) != 0) {
                    b.reportDate(start.plusDays(len + 3L * h));
                  }
                  return b.build();
                });
  }

  /** A leave, given the officer id. */
  static Arbitrary<Function<String, Leave>> leaveMakers() {
    return Combinators.combine(
            Arbitraries.of(LeaveKind.class),
            Arbitraries.integers().between(0, 364),
            Arbitraries.integers().between(1, 240))
        .as(
            (kind, o, len) ->
                id -> Leave.of(id, kind, JAN_1.plusDays(o), JAN_1.plusDays(o + len - 1L)));
  }

  /** An officer's record, given the officer id. */
  static Arbitrary<Function<String, OfficerRecord>> recordMakers() {
    Arbitrary<Level> level =
        Arbitraries.of(
            Level.PROVINCIAL, Level.PROVINCIAL, Level.PROVINCIAL, Level.CENTRAL, Level.DISTRICT);
    Arbitrary<Employment> employment =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Employment.FULL_TIME)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Employment.PART_TIME)));
    Arbitrary<Boolean> committee = Arbitraries.of(false, false, true);
    Arbitrary<String> department = Arbitraries.of("Văn phòng", "Ban Tổ chức", "", "Ban Phong trào");
    Arbitrary<Integer> joined = Arbitraries.integers().between(-400, 360).injectNull(0.6);
    Arbitrary<List<BiFunction<String, Integer, Visit>>> visits = visitMakers().list().ofMaxSize(8);
    Arbitrary<List<Function<String, Leave>>> leaves = leaveMakers().list().ofMaxSize(2);
    return Combinators.combine(level, employment, committee, department, joined, visits, leaves)
        .as(
            (lv, emp, cm, dep, j, vs, ls) ->
                id -> {
                  var officer =
                      Officer.builder()
                          .id(id)
                          .level(lv)
                          .employment(emp)
                          .committeeMember(cm)
                          .department(dep);
                  if (j != null) {
                    officer.addServicePeriods(ServicePeriod.from(JAN_1.plusDays(j)));
                  }
                  List<Visit> visitList = new ArrayList<>();
                  for (int i = 0; i < vs.size(); i++) {
                    visitList.add(vs.get(i).apply(id, i));
                  }
                  return OfficerRecord.of(
                      officer.build(), visitList, ls.stream().map(l -> l.apply(id)).toList());
                });
  }

  /** One officer's record, id {@code O-1}. */
  static Arbitrary<OfficerRecord> records() {
    return recordMakers().map(m -> m.apply("O-1"));
  }

  /** A population of up to {@code max} officers with distinct ids. */
  static Arbitrary<List<OfficerRecord>> populations(int max) {
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
}
