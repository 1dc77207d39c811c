package io.github.dicoso.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class OfficerTest {
  private static final LocalDateRange Y2019 =
      LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

  private static Officer.Builder provincial() {
    return Officer.builder().id("O-1").level(Level.PROVINCIAL).employment(Employment.FULL_TIME);
  }

  @Test
  void servedOn_noServicePeriods_servesThroughout() {
    Officer o =
        Officer.builder().id("O-1").level(Level.CENTRAL).employment(Employment.FULL_TIME).build();
    assertThat(o.servedOn(LocalDate.of(2019, 7, 1))).isTrue();
    assertThat(o.serviceWithin(Y2019)).containsExactly(Y2019);
  }

  @Test
  void servedOn_transferredOutAndBack_followsBothPeriods() {
    Officer o =
        provincial()
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)))
            .addServicePeriods(ServicePeriod.from(LocalDate.of(2019, 9, 1)))
            .build();
    assertThat(o.servedOn(LocalDate.of(2019, 3, 31))).isTrue();
    assertThat(o.servedOn(LocalDate.of(2019, 4, 1))).isFalse();
    assertThat(o.servedOn(LocalDate.of(2019, 8, 31))).isFalse();
    assertThat(o.servedOn(LocalDate.of(2030, 1, 1))).isTrue();
    assertThat(o.serviceWithin(Y2019))
        .containsExactly(
            LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
            LocalDateRange.ofClosed(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 12, 31)));
  }

  @Test
  void serviceWithin_adjacentOrOverlappingPeriodsGivenOutOfOrder_merge() {
    Officer o =
        provincial()
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30)),
                ServicePeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
                ServicePeriod.of(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 7, 31)))
            .build();
    assertThat(o.serviceWithin(Y2019))
        .containsExactly(
            LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 7, 31)));
  }

  @Test
  void serviceWithin_noServiceInThePeriod_isEmpty() {
    Officer left =
        provincial()
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)))
            .build();
    assertThat(left.serviceWithin(Y2019)).isEmpty();
  }

  @Test
  void parse_openEnd_readsOpenPeriod() {
    assertThat(ServicePeriod.parse("2019-03-01.."))
        .isEqualTo(ServicePeriod.from(LocalDate.of(2019, 3, 1)));
    assertThat(ServicePeriod.parse("2019-03-01..2019-12-31").end())
        .contains(LocalDate.of(2019, 12, 31));
    assertThat(ServicePeriod.from(LocalDate.of(2019, 3, 1)).dates().isUnboundedEnd()).isTrue();
  }

  @Test
  void parse_notAPeriod_namesTheText() {
    assertThatThrownBy(() -> ServicePeriod.parse("2019-03-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2019-03-01'");
  }

  @Test
  void of_endBeforeStart_namesFields() {
    assertThatThrownBy(() -> ServicePeriod.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end 2019-01-01 is before start 2019-03-01");
  }

  @Test
  void build_blankId_isRejected() {
    assertThatThrownBy(
            () ->
                Officer.builder()
                    .id(" ")
                    .level(Level.CENTRAL)
                    .employment(Employment.FULL_TIME)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
  }

  @Test
  void build_missingFields_namesTheOfficerAndEveryMissingField() {
    assertThatThrownBy(() -> Officer.builder().id("O-7").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("officer O-7: missing level, employment");
  }

  @Test
  void toString_namesIdLevelEmploymentAndMembership() {
    Officer o = provincial().name("Nguyễn Thị Lan").committeeMember(true).build();
    assertThat(o).hasToString("Officer[O-1 Nguyễn Thị Lan, PROVINCIAL FULL_TIME committee member]");
  }
}
