package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetsTest {
  private static final Policy NATIONAL = Policies.national2018();

  @Test
  void byName_national2018_isTheNationalPolicy() {
    assertThat(Presets.byName("national-2018")).isSameAs(NATIONAL);
  }

  @Test
  void byName_unknown_suggestsNearestAndListsAll() {
    assertThatThrownBy(() -> Presets.byName("thirty-days-year"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'thirty-days-year'")
        .hasMessageContaining("did you mean 'thirty-day-year'")
        .hasMessageContaining("approval-and-windows-required");
  }

  @Test
  void presets_changeExactlyWhatTheirNameSays() {
    assertThat(Variant.changedParameters(NATIONAL, Presets.thirtyDayYear()))
        .containsExactly(PolicyParameter.REQUIRED_DAYS);
    assertThat(Presets.thirtyDayYear().requiredDays()).isEqualTo(Days.of(30));

    assertThat(Variant.changedParameters(NATIONAL, Presets.districtIncluded()))
        .containsExactly(PolicyParameter.SUBJECT_LEVELS);
    assertThat(Presets.districtIncluded().subjectLevels()).contains(Level.DISTRICT);

    assertThat(Variant.changedParameters(NATIONAL, Presets.marchToDecember()))
        .containsExactly(PolicyParameter.COUNTING_PERIOD, PolicyParameter.REPORT_DEADLINE_DAYS);
    assertThat(Presets.marchToDecember().countingPeriod().first()).isEqualTo(MonthDay.of(3, 1));
    assertThat(Presets.marchToDecember().reportDeadlineDays()).contains(10);
    assertThat(Presets.marchToDecember().requiredDays()).isEqualTo(Days.of(60));

    assertThat(Variant.changedParameters(NATIONAL, Presets.hostLevelSplit()))
        .containsExactly(
            PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER, PolicyParameter.HOST_LEVEL_MINIMUMS);
    assertThat(Presets.hostLevelSplit().hostLevelMinimums())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                HostLevel.BRANCH,
                Days.of(30),
                HostLevel.COMMUNE,
                Days.of(20),
                HostLevel.DISTRICT,
                Days.of(10)));

    assertThat(Variant.changedParameters(NATIONAL, Presets.approvalAndWindows()))
        .containsExactly(PolicyParameter.COUNT_UNAPPROVED, PolicyParameter.WINDOWS_REQUIRED);
  }

  @Test
  void presets_citeTheProvinceForChangesAndTheNationalGuidanceForTheRest() {
    for (Preset preset : Presets.all().subList(1, Presets.all().size())) {
      Policy p = preset.policy();
      assertThat(p.base()).as(preset.name()).contains(Policies.NATIONAL_2018);
      assertThat(p.document().authority())
          .as(preset.name())
          .isEqualTo(Citation.Authority.PROVINCIAL);
      for (PolicyParameter changed : Variant.changedParameters(NATIONAL, p)) {
        assertThat(p.citation(changed).authority())
            .as(preset.name() + " " + changed)
            .isEqualTo(Citation.Authority.PROVINCIAL);
      }
      assertThat(p.citation(PolicyParameter.COUNT_INVITED_ONLY))
          .isEqualTo(NATIONAL.citation(PolicyParameter.COUNT_INVITED_ONLY));
      assertThat(preset.description()).as(preset.name()).containsPattern("20(18|19|20)");
    }
  }

  @Test
  void descriptions_namePlacesOfTheSources() {
    assertThat(Presets.all())
        .extracting(Preset::description)
        .anySatisfy(
            d -> assertThat(d).contains("Ninh Thuận").contains("Đà Nẵng").contains("Hậu Giang"))
        .anySatisfy(d -> assertThat(d).contains("Tây Ninh"))
        .anySatisfy(d -> assertThat(d).contains("Quảng Trị"))
        .anySatisfy(d -> assertThat(d).contains("Bà Rịa–Vũng Tàu"))
        .anySatisfy(d -> assertThat(d).contains("Bình Thuận"));
  }

  @Test
  void presets_passTheStaticChecks() {
    for (Preset preset : Presets.all()) {
      assertThat(PolicyChecks.check(preset.policy())).as(preset.name()).isEmpty();
    }
  }

  @Test
  void names_startWithNationalAndMatchAll() {
    assertThat(Presets.names()).startsWith("national-2018").hasSize(Presets.all().size());
    assertThat(Presets.find("district-included")).contains(Presets.districtIncluded());
    assertThat(Presets.find("nowhere")).isEmpty();
  }
}
