package io.github.dicoso.compliance;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.tagging.PhraseMatch;
import io.github.dicoso.tagging.Tagger;
import io.github.dicoso.tagging.Tagging;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** Officers, visits and leaves for the compliance tests. */
final class Fixtures {
  static final Policy NATIONAL = Policies.national2018();
  static final Year Y2019 = Year.of(2019);

  /** A stub tagger: "sinh hoạt" signals MEETING, "kiểm tra" INSPECTION. */
  static final Tagger STUB_TAGGER =
      description -> {
        List<PhraseMatch> matches = new ArrayList<>();
        if (description.contains("sinh hoạt")) {
          matches.add(PhraseMatch.of(KindOfWork.MEETING, "sinh hoạt", "stub line 1"));
        }
        if (description.contains("kiểm tra")) {
          matches.add(PhraseMatch.of(KindOfWork.INSPECTION, "kiểm tra", "stub line 2"));
        }
        return Tagging.of(description, matches);
      };

  private Fixtures() {}

  /** A full-time provincial officer in post all year. */
  static Officer.Builder officer(String id) {
    return Officer.builder().id(id).level(Level.PROVINCIAL).employment(Employment.FULL_TIME);
  }

  /**
   * A visit of {@code days} days from {@code start}, thematic work and a branch meeting at a
   * district.
   */
  static Visit.Builder visit(String id, String officerId, LocalDate start, int days) {
    return Visit.builder()
        .id(id)
        .officerId(officerId)
        .start(start)
        .end(start.plusDays(days - 1L))
        .addKinds(KindOfWork.THEMATIC, KindOfWork.MEETING)
        .hostUnit("Huyện đoàn Hàm Tân")
        .hostLevel(HostLevel.DISTRICT);
  }

  /**
   * Visits of 5 days each, two a month from January (the 3rd and the 17th, then a shorter last one)
   * adding up to {@code total} days, ids {@code prefix-1}, {@code prefix-2} ...
   */
  static List<Visit> visitsTotalling(String officerId, String prefix, int total) {
    List<Visit> visits = new ArrayList<>();
    int left = total;
    int n = 0;
    while (left > 0) {
      int days = Math.min(5, left);
      // two visits a month, on the 3rd and the 17th, so up to 24 visits fit in a year
      LocalDate start = LocalDate.of(2019, 1 + n / 2, n % 2 == 0 ? 3 : 17);
      visits.add(visit(prefix + "-" + (n + 1), officerId, start, days).build());
      left -= days;
      n++;
    }
    return visits;
  }

  static Leave leave(String officerId, LeaveKind kind, LocalDate start, LocalDate end) {
    return Leave.of(officerId, kind, start, end);
  }

  static LocalDate date(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  /** The evaluation of {@code officer} with {@code visits} and {@code leaves} in 2019. */
  static Evaluation evaluate(
      Evaluator evaluator, Officer officer, List<Visit> visits, List<Leave> leaves) {
    return evaluator.evaluate(OfficerRecord.of(officer, visits, leaves), Y2019);
  }
}
