package io.github.dicoso.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeaveTest {
  @Test
  void of_endBeforeStart_namesOfficerKindAndDates() {
    assertThatThrownBy(
            () ->
                Leave.of(
                    "O-2", LeaveKind.STUDY, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leave O-2 STUDY")
        .hasMessageContaining("end 2019-01-01 is before start 2019-06-01");
  }

  @Test
  void of_outsideAnyPlausibleRange_namesFieldAndValue() {
    assertThatThrownBy(
            () ->
                Leave.of("O-2", LeaveKind.SICK, LocalDate.of(2019, 1, 1), LocalDate.of(9999, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leave O-2 SICK")
        .hasMessageContaining("end 9999-01-01");
  }

  @Test
  void label_isTheIdWhenGivenElseOfficerKindAndDates() {
    Leave withId =
        Leave.builder()
            .id("L-3")
            .officerId("BT-09")
            .kind(LeaveKind.MATERNITY)
            .start(LocalDate.of(2019, 4, 15))
            .end(LocalDate.of(2019, 10, 14))
            .build();
    Leave withoutId =
        Leave.of(
            "BT-09", LeaveKind.MATERNITY, LocalDate.of(2019, 4, 15), LocalDate.of(2019, 10, 14));

    assertThat(withId.label()).isEqualTo("L-3");
    assertThat(withId).hasToString("Leave[L-3 BT-09 MATERNITY 2019-04-15..2019-10-14]");
    assertThat(withoutId.label()).isEqualTo("BT-09 MATERNITY 2019-04-15..2019-10-14");
    assertThat(withoutId.dates().getEndInclusive()).isEqualTo(LocalDate.of(2019, 10, 14));
  }

  @Test
  void build_missingFieldsOrBlankId_isRejectedNamingThem() {
    assertThatThrownBy(() -> Leave.builder().officerId("O-2").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("leave O-2: missing kind, start, end");
    assertThatThrownBy(
            () ->
                Leave.builder()
                    .id(" ")
                    .officerId("O-2")
                    .kind(LeaveKind.SICK)
                    .start(LocalDate.of(2019, 1, 1))
                    .end(LocalDate.of(2019, 1, 2))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be blank");
  }
}
