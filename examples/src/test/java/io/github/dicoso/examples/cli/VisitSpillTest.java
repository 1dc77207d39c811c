package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The visits held in temporary files come back equal, to the right chunk, in file order. */
class VisitSpillTest {
  private static final LocalDateRange YEAR =
      LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

  private static Officer officer(String id) {
    return Officer.builder()
        .id(id)
        .level(Level.PROVINCIAL)
        .employment(Employment.FULL_TIME)
        .build();
  }

  private static final List<Officer> OFFICERS =
      List.of(officer("A"), officer("B"), officer("C"), officer("D"), officer("E"));

  private static Visit.Builder visit(String id, String officer, LocalDate start) {
    return Visit.builder()
        .id(id)
        .officerId(officer)
        .start(start)
        .end(start)
        .addKinds(KindOfWork.THEMATIC)
        .hostUnit("Huyện đoàn Hàm Tân")
        .hostLevel(HostLevel.DISTRICT);
  }

  @Test
  void visits_comeBackEqual_inTheirOfficersChunk_inFileOrder() {
    Visit plain = visit("V-1", "D", LocalDate.of(2019, 3, 1)).build();
    Visit everything =
        visit("V-2 ạ", "A", LocalDate.of(2019, 12, 30))
            .end(LocalDate.of(2020, 1, 4))
            .kinds(List.of(KindOfWork.values()))
            .hostLevel(HostLevel.BRANCH)
            .invitedOnly(true)
            .approved(false)
            .travelOrder(false)
            .reportDate(LocalDate.of(2020, 1, 9))
            .description("Khảo sát ".repeat(10_000)) // 100 KB: past DataOutput's 64 KB strings
            .build();
    Visit halfDay =
        visit("V-3", "B", LocalDate.of(2019, 6, 1))
            .halfDay(true)
            .addKinds(KindOfWork.MEETING)
            .build();
    Visit later = visit("V-4", "A", LocalDate.of(2019, 2, 1)).build();

    try (VisitSpill spill = new VisitSpill(OFFICERS, YEAR, 2)) {
      spill.add(plain, 2);
      spill.add(everything, 3);
      spill.add(halfDay, 5);
      spill.add(later, 6);
      spill.finish();

      assertThat(spill.chunks()).isEqualTo(3); // A B | C D | E
      assertThat(spill.chunk(0))
          .containsExactly(
              new VisitSpill.Line(everything, 3),
              new VisitSpill.Line(halfDay, 5),
              new VisitSpill.Line(later, 6));
      assertThat(spill.chunk(1)).containsExactly(new VisitSpill.Line(plain, 2));
      assertThat(spill.chunk(2)).isEmpty();
      assertThat(spill.chunk(0).get(0).visit().description()).hasSize(90_000);
    }
  }

  @Test
  void unknownOfficersVisits_areHeldApart_andOutsideThePeriodListed() {
    Visit unknown = visit("V-1", "Z", LocalDate.of(2019, 3, 1)).build();
    Visit before = visit("V-2", "C", LocalDate.of(2018, 12, 31)).build();
    Visit inside = visit("V-3", "C", LocalDate.of(2019, 1, 1)).build();
    Visit after = visit("V-4", "E", LocalDate.of(2020, 1, 1)).build();

    try (VisitSpill spill = new VisitSpill(OFFICERS, YEAR, 2)) {
      List.of(unknown, before, inside, after).forEach(v -> spill.add(v, 10 + v.id().length()));
      spill.finish();

      assertThat(spill.unknownOfficerVisits()).containsExactly(unknown);
      assertThat(spill.outsidePeriodVisits()).containsExactly(before, after);
      assertThat(spill.outsidePeriodVisits().get(1)).isEqualTo(after);
      assertThat(spill.outsidePeriodVisits().get(0)).isEqualTo(before); // read again from the start
      assertThat(spill.count()).isEqualTo(4);
      assertThat(spill.anyInPeriod()).isTrue();
      assertThat(spill.firstStart()).contains(LocalDate.of(2018, 12, 31));
      assertThat(spill.lastEnd()).contains(LocalDate.of(2020, 1, 1));
    }
  }

  @Test
  void close_removesTheTemporaryFolder() {
    Path folder;
    try (VisitSpill spill = new VisitSpill(OFFICERS, YEAR, 2)) {
      spill.add(visit("V-1", "A", LocalDate.of(2019, 3, 1)).build(), 2);
      spill.finish();
      folder = spill.folderIfCreated().orElseThrow();
      assertThat(folder).isDirectory();
    }
    assertThat(Files.exists(folder)).isFalse();
  }

  @Test
  void chunks_areMadeLargerThanAsked_soThatThereAreNeverMoreThan256() {
    List<Officer> many =
        java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> officer("O" + i)).toList();

    try (VisitSpill spill = new VisitSpill(many, YEAR, 1)) {
      assertThat(spill.chunkSize()).isEqualTo(4);
      assertThat(spill.chunks()).isEqualTo(250);
    }
  }
}
