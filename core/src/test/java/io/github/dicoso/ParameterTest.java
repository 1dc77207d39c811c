package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterTest {
  @Test
  void all_keysAreDistinctAndFoundByForKey() {
    Set<String> keys = new HashSet<>();
    for (Parameter<?> p : Parameter.all()) {
      assertThat(keys.add(p.key())).as(p.key()).isTrue();
      assertThat(Parameter.forKey(p.key())).as(p.key()).containsSame(p);
      assertThat(p).hasToString(p.key());
    }
    assertThat(Parameter.all()).startsWith(Parameter.REQUIRED_DAYS);
  }

  @Test
  void forKey_suffixInAnyCase_findsTheParameter() {
    assertThat(Parameter.forKey("host-level-minimum.branch"))
        .containsSame(Parameter.HOST_LEVEL_MINIMUM_BRANCH);
    assertThat(Parameter.forKey("exemption.Study")).containsSame(Parameter.EXEMPTION_STUDY);
    assertThat(Parameter.forKey("Required-days")).isEmpty();
    assertThat(Parameter.forKey("requred-days")).isEmpty();
  }

  @Test
  void perKindAndLevelParameters_areTheNamedConstants() {
    assertThat(Parameter.exemption(LeaveKind.STUDY).key()).isEqualTo("exemption.STUDY");
    assertThat(Parameter.exemption(LeaveKind.MATERNITY)).isSameAs(Parameter.EXEMPTION_MATERNITY);
    assertThat(Parameter.hostLevelMinimum(HostLevel.DISTRICT).key())
        .isEqualTo("host-level-minimum.DISTRICT");
    assertThat(Parameter.kindMinimum(KindOfWork.MEETING)).isSameAs(Parameter.KIND_MINIMUM_MEETING);
    assertThat(Parameter.kindMinimum(KindOfWork.CO_ORGANIZING).key())
        .isEqualTo("kind-minimum.CO_ORGANIZING");
  }

  @Test
  void nationalDefaults_followTheGuidanceAndTheLibraryDefaults() {
    assertThat(Parameter.REQUIRED_DAYS.nationalDefault()).isEqualTo(Days.of(60));
    assertThat(Parameter.SUBJECT_LEVELS.nationalDefault())
        .containsExactlyInAnyOrder(Level.CENTRAL, Level.PROVINCIAL);
    assertThat(Parameter.EXEMPTION_STUDY.nationalDefault())
        .contains(ExemptionThreshold.atLeast(Period.ofMonths(6)));
    assertThat(Parameter.EXEMPTION_MATERNITY.nationalDefault())
        .contains(ExemptionThreshold.anyLength());
    assertThat(Parameter.EXEMPTION_OTHER.nationalDefault()).isEmpty();
    assertThat(Parameter.EXEMPTION_LEAVE_LENGTH.nationalDefault())
        .isEqualTo(LeaveLength.WHOLE_LEAVE);
    assertThat(Parameter.VISIT_DURING_LEAVE.nationalDefault())
        .isEqualTo(VisitDuringLeave.VISIT_COUNTS);
    assertThat(Parameter.MINIMUMS_BINDING.nationalDefault()).isTrue();
    assertThat(Parameter.COUNT_INVITED_ONLY.nationalCitation().authority())
        .isEqualTo(Citation.Authority.NATIONAL);
    assertThat(Parameter.PRO_RATING.nationalCitation().authority())
        .isEqualTo(Citation.Authority.DEFAULT);
    assertThat(Parameter.EXEMPTION_STUDY.nationalCitation().provision()).contains("6 tháng");
  }

  @Test
  void parse_ofFormat_givesBackEveryNationalDefault() {
    for (Parameter<?> p : Parameter.all()) {
      assertRoundTrip(p);
    }
  }

  private static <T> void assertRoundTrip(Parameter<T> p) {
    assertThat(p.parse(p.format(p.nationalDefault()))).as(p.key()).isEqualTo(p.nationalDefault());
  }

  @Test
  void format_emptyValues_areNone() {
    assertThat(Parameter.REPORT_DEADLINE_DAYS.format(Optional.empty())).isEqualTo("none");
    assertThat(Parameter.SUBJECT_LEVELS.format(Set.of())).isEqualTo("none");
    assertThat(Parameter.QUARTERLY_TARGETS.format(List.of())).isEqualTo("none");
    assertThat(Parameter.SUBJECT_LEVELS.format(Set.of(Level.PROVINCIAL, Level.CENTRAL)))
        .isEqualTo("CENTRAL, PROVINCIAL");
    assertThat(Parameter.QUARTERLY_TARGETS.parse("10, 20, 20, 10"))
        .containsExactly(Days.of(10), Days.of(20), Days.of(20), Days.of(10));
  }

  @Test
  void mayBeEmpty_optionalsSetsAndListsOnly() {
    assertThat(Parameter.REQUIRED_DAYS.mayBeEmpty()).isFalse();
    assertThat(Parameter.COUNTING_PERIOD.mayBeEmpty()).isFalse();
    assertThat(Parameter.COUNT_UNAPPROVED.mayBeEmpty()).isFalse();
    assertThat(Parameter.SUBJECT_LEVELS.mayBeEmpty()).isTrue();
    assertThat(Parameter.REPORT_DEADLINE_DAYS.mayBeEmpty()).isTrue();
    assertThat(Parameter.QUARTERLY_TARGETS.mayBeEmpty()).isTrue();
  }

  @Test
  void parse_badText_saysWhyNamingTheText() {
    assertThatThrownBy(() -> Parameter.REQUIRED_DAYS.parse("thirty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'thirty'");
    assertThatThrownBy(() -> Parameter.REQUIRED_DAYS.parse("none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'none'");
    assertThatThrownBy(() -> Parameter.COUNT_UNAPPROVED.parse("no"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'no' is not true or false");
    assertThatThrownBy(() -> Parameter.SUBJECT_LEVELS.parse("CENTRAL, DISTRIC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'DISTRIC' is not one of CENTRAL, PROVINCIAL, DISTRICT")
        .hasMessageContaining("did you mean 'DISTRICT'");
    assertThatThrownBy(() -> Parameter.REPORT_DEADLINE_DAYS.parse("-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report-deadline-days: -1 must be at least 0");
    assertThatThrownBy(() -> Parameter.QUARTERLY_TARGETS.parse("15, 15, 30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four quarters");
  }

  @Test
  void get_readsTheValueOfThePolicy() {
    assertThat(Parameter.REQUIRED_DAYS.get(Policies.thirtyDayYear())).isEqualTo(Days.of(30));
  }
}
