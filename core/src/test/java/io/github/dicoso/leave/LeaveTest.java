package io.github.dicoso.leave;

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
        .hasMessageContaining("officer O-2")
        .hasMessageContaining("STUDY")
        .hasMessageContaining("end 2019-01-01");
  }

  @Test
  void of_outsideAnyPlausibleRange_namesFieldAndValue() {
    assertThatThrownBy(
            () ->
                Leave.of("O-2", LeaveKind.SICK, LocalDate.of(2019, 1, 1), LocalDate.of(9999, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("officer O-2")
        .hasMessageContaining("end 9999-01-01");
  }
}
