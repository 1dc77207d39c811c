package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoliciesTest {
  private static final Policy NATIONAL = Policies.national2018();

  @Test
  void byName_national2018_isTheNationalPolicy() {
    assertThat(Policies.byName("national-2018")).isSameAs(NATIONAL);
    assertThat(NATIONAL.name()).isEqualTo(Policies.NATIONAL_2018);
  }

  @Test
  void byName_unknown_suggestsNearestAndListsAll() {
    assertThatThrownBy(() -> Policies.byName("thirty-days-year"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'thirty-days-year'")
        .hasMessageContaining("did you mean 'thirty-day-year'")
        .hasMessageContaining("approval-and-windows-required");
  }

  @Test
  void policies_changeExactlyWhatTheirNameSays() {
    assertThat(Policies.thirtyDayYear().differencesFrom(NATIONAL))
        .containsExactly(Parameter.REQUIRED_DAYS);
    assertThat(Policies.thirtyDayYear().get(Parameter.REQUIRED_DAYS)).isEqualTo(Days.of(30));

    assertThat(Policies.districtIncluded().differencesFrom(NATIONAL))
        .containsExactly(Parameter.SUBJECT_LEVELS);
    assertThat(Policies.districtIncluded().get(Parameter.SUBJECT_LEVELS)).contains(Level.DISTRICT);

    Policy marchToDecember = Policies.marchToDecember();
    assertThat(marchToDecember.differencesFrom(NATIONAL))
        .containsExactly(Parameter.COUNTING_PERIOD, Parameter.REPORT_DEADLINE_DAYS);
    assertThat(marchToDecember.get(Parameter.COUNTING_PERIOD).first()).isEqualTo(MonthDay.of(3, 1));
    assertThat(marchToDecember.get(Parameter.REPORT_DEADLINE_DAYS)).contains(10);
    assertThat(marchToDecember.get(Parameter.REQUIRED_DAYS)).isEqualTo(Days.of(60));

    Policy split = Policies.hostLevelSplit();
    assertThat(split.differencesFrom(NATIONAL))
        .containsExactly(
            Parameter.COUNT_WITHOUT_TRAVEL_ORDER,
            Parameter.HOST_LEVEL_MINIMUM_DISTRICT,
            Parameter.HOST_LEVEL_MINIMUM_COMMUNE,
            Parameter.HOST_LEVEL_MINIMUM_BRANCH);
    assertThat(split.get(Parameter.hostLevelMinimum(HostLevel.BRANCH))).contains(Days.of(30));
    assertThat(split.get(Parameter.hostLevelMinimum(HostLevel.COMMUNE))).contains(Days.of(20));
    assertThat(split.get(Parameter.hostLevelMinimum(HostLevel.DISTRICT))).contains(Days.of(10));
    assertThat(split.get(Parameter.MINIMUMS_BINDING)).isTrue();

    assertThat(Policies.approvalAndWindows().differencesFrom(NATIONAL))
        .containsExactly(Parameter.COUNT_UNAPPROVED, Parameter.WINDOWS_REQUIRED);
  }

  @Test
  void variants_citeTheProvinceForChangesAndTheNationalGuidanceForTheRest() {
    List<Policy> all = Policies.all();
    for (Policy p : all.subList(1, all.size())) {
      assertThat(p.base()).as(p.name()).contains(Policies.NATIONAL_2018);
      Citation document = p.document().orElseThrow();
      assertThat(document.authority()).as(p.name()).isEqualTo(Citation.Authority.PROVINCIAL);
      for (Parameter<?> changed : p.differencesFrom(NATIONAL)) {
        assertThat(p.citation(changed)).as(p.name() + " " + changed).isEqualTo(document);
      }
      assertThat(p.citation(Parameter.COUNT_INVITED_ONLY))
          .isEqualTo(NATIONAL.citation(Parameter.COUNT_INVITED_ONLY));
      assertThat(document.shortForm()).as(p.name()).containsPattern("20(18|19|20)");
    }
  }

  @Test
  void documents_nameThePlacesOfTheSources() {
    assertThat(Policies.all())
        .extracting(p -> p.document().orElseThrow().toString())
        .anySatisfy(
            d -> assertThat(d).contains("Ninh Thuận").contains("Đà Nẵng").contains("Hậu Giang"))
        .anySatisfy(d -> assertThat(d).contains("Tây Ninh"))
        .anySatisfy(d -> assertThat(d).contains("Quảng Trị"))
        .anySatisfy(d -> assertThat(d).contains("Bà Rịa – Vũng Tàu"));
    assertThat(Policies.approvalAndWindows().document().flatMap(Citation::issuer))
        .contains("Tỉnh đoàn Bình Thuận");
  }

  @Test
  void names_startWithNationalAndMatchAll() {
    assertThat(Policies.names())
        .startsWith("national-2018")
        .hasSize(Policies.all().size())
        .containsExactlyElementsOf(Policies.all().stream().map(Policy::name).toList());
    assertThat(Policies.find("district-included")).contains(Policies.districtIncluded());
    assertThat(Policies.find("nowhere")).isEqualTo(Optional.empty());
  }
}
