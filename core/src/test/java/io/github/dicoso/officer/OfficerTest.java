package io.github.dicoso.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficerTest {
  @Test
  void servedOn_noServicePeriods_servesThroughout() {
    Officer o =
        Officer.builder().id("O-1").level(Level.CENTRAL).employment(Employment.FULL_TIME).build();
    assertThat(o.servedOn(LocalDate.of(2019, 7, 1))).isTrue();
  }

  @Test
  void servedOn_transferredOutAndBack_followsBothPeriods() {
    Officer o =
        Officer.builder()
            .id("O-1")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)))
            .addServicePeriods(ServicePeriod.from(LocalDate.of(2019, 9, 1)))
            .build();
    assertThat(o.servedOn(LocalDate.of(2019, 3, 31))).isTrue();
    assertThat(o.servedOn(LocalDate.of(2019, 4, 1))).isFalse();
    assertThat(o.servedOn(LocalDate.of(2019, 8, 31))).isFalse();
    assertThat(o.servedOn(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void serviceDates_adjacentPeriods_merge() {
    Officer o =
        Officer.builder()
            .id("O-1")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)))
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30)))
            .build();
    assertThat(o.serviceDates().asRanges()).hasSize(1);
  }

  @Test
  void parse_openEnd_readsOpenPeriod() {
    assertThat(ServicePeriod.parse("2019-03-01.."))
        .isEqualTo(ServicePeriod.from(LocalDate.of(2019, 3, 1)));
    assertThat(ServicePeriod.parse("2019-03-01..2019-12-31").end())
        .contains(LocalDate.of(2019, 12, 31));
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
}
