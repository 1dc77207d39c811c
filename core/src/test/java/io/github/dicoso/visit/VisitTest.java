package io.github.dicoso.visit;

import static io.github.dicoso.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitTest {
  private static final LocalDate MAY_2 = LocalDate.of(2019, 5, 2);

  @Test
  void build_endBeforeStart_namesVisitFieldAndValue() {
    assertThatThrownBy(() -> visit("V-17", "O-1").start(MAY_2).end(MAY_2.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit V-17")
        .hasMessageContaining("end 2019-05-01")
        .hasMessageContaining("start 2019-05-02");
  }

  @Test
  void build_halfDayLongerThanOneDay_isRejected() {
    assertThatThrownBy(
            () -> visit("V-3", "O-1").start(MAY_2).end(MAY_2.plusDays(1)).halfDay(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit V-3")
        .hasMessageContaining("half-day")
        .hasMessageContaining("2019-05-02..2019-05-03");
  }

  @Test
  void build_noKindsAndNoDescription_isRejected() {
    assertThatThrownBy(
            () ->
                Visit.builder()
                    .id("V-4")
                    .officerId("O-1")
                    .start(MAY_2)
                    .hostUnit("Xã đoàn Tân Hải")
                    .hostLevel(HostLevel.COMMUNE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit V-4")
        .hasMessageContaining("kinds is empty");
  }

  @Test
  void build_noKindsButDescription_isAcceptedForTagging() {
    Visit v =
        Visit.builder()
            .id("V-5")
            .officerId("O-1")
            .start(MAY_2)
            .hostUnit("Chi đoàn ấp 3")
            .hostLevel(HostLevel.BRANCH)
            .description("dự sinh hoạt chi đoàn ấp")
            .build();
    assertThat(v.kinds()).isEmpty();
  }

  @Test
  void build_implausibleDate_namesField() {
    assertThatThrownBy(() -> visit("V-6", "O-1").start(LocalDate.of(1019, 5, 2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit V-6")
        .hasMessageContaining("start 1019-05-02");
  }

  @Test
  void end_notGiven_isStart() {
    Visit v = visit("V-7", "O-1").start(MAY_2).build();
    assertThat(v.end()).isEqualTo(MAY_2);
    assertThat(v.lengthInDays()).isEqualTo(1);
    assertThat(v.dates().getEndInclusive()).isEqualTo(MAY_2);
  }

  @Test
  void build_missingFields_namesTheVisitAndEveryMissingField() {
    assertThatThrownBy(() -> Visit.builder().id("V-8").officerId("O-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("visit V-8: missing start, hostUnit, hostLevel");
  }

  @Test
  void from_copiesEveryField() {
    Visit v =
        visit("V-9", "O-1")
            .start(MAY_2)
            .approved(false)
            .travelOrder(false)
            .invitedOnly(true)
            .reportDate(MAY_2.plusDays(3))
            .description("kiểm tra")
            .build();
    assertThat(Visit.builder().from(v).build()).isEqualTo(v);
    assertThat(v).hasToString("Visit[V-9 of O-1, 2019-05-02, Huyện đoàn Hàm Tân (DISTRICT)]");
  }
}
