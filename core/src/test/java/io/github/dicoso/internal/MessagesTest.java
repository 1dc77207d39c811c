package io.github.dicoso.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.ProRating;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.compliance.Hint;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.StatusDecision;
import io.github.dicoso.eligibility.EligibilityReason;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.schedule.PaceStatus;
import io.github.dicoso.schedule.PlanChecks;
import io.github.dicoso.schedule.PlanStatus;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  /**
   * Both languages have the same texts, but for the names of the shipped policies and of the
   * parameters: Vietnamese gives each a name in words, English keeps the policy's own name ({@code
   * national-2018}) and says what a parameter means with {@link Parameter#meaning()}.
   */
  @Test
  void bundles_sameKeysInEnglishAndVietnameseButThePolicyAndParameterNames() {
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    ResourceBundle vi = Messages.bundle(VI);
    List<String> names =
        Policies.names().stream().map(n -> "policy." + n).collect(Collectors.toList());
    Parameter.all().forEach(p -> names.add("parameter." + p.key()));
    List<String> viKeys = new ArrayList<>(Collections.list(vi.getKeys()));

    assertThat(vi.getLocale().getLanguage()).isEqualTo("vi");
    assertThat(viKeys).containsAll(names);
    viKeys.removeAll(names);
    assertThat(Collections.list(en.getKeys())).containsExactlyInAnyOrderElementsOf(viKeys);
  }

  @Test
  void bundles_labelEveryConstantAndWordEveryFindingStepAndSummary() {
    List<Enum<?>> labelled = new ArrayList<>();
    List.<Enum<?>[]>of(
            Status.values(),
            Severity.values(),
            Level.values(),
            Employment.values(),
            HostLevel.values(),
            KindOfWork.values(),
            LeaveKind.values(),
            ProRating.values(),
            LeaveLength.values(),
            VisitDuringLeave.values(),
            Exclusion.values(),
            LeaveOutcome.values(),
            Hint.Binding.values(),
            EligibilityReason.values(),
            FindingCode.values(),
            PlanChecks.Unapproved.values(),
            PlanStatus.values(),
            PaceStatus.values())
        .forEach(values -> labelled.addAll(List.of(values)));
    List<String> keys = new ArrayList<>();
    labelled.forEach(
        e -> keys.add("label." + e.getDeclaringClass().getSimpleName() + "." + e.name()));
    for (FindingCode c : FindingCode.values()) {
      keys.add("finding." + c);
    }
    for (Status s : Status.values()) {
      keys.add("summary." + s);
    }
    for (EligibilityReason r : EligibilityReason.values()) {
      keys.add("step.ELIGIBILITY." + r);
    }
    for (Exclusion x : Exclusion.values()) {
      keys.add("step.EXCLUSION." + x);
    }
    for (StatusDecision.Reason r : StatusDecision.Reason.values()) {
      keys.add("step.STATUS." + r);
    }
    for (Hint.Binding b : Hint.Binding.values()) {
      keys.add("hint." + b);
    }
    for (Locale locale : List.of(Locale.ENGLISH, VI)) {
      ResourceBundle bundle = Messages.bundle(locale);
      assertThat(keys)
          .allSatisfy(k -> assertThat(bundle.containsKey(k)).as(k + " " + locale).isTrue());
    }
  }

  @Test
  void bundle_loadedFromTheNamedModule() {
    // surefire runs these tests on the module path, patched into io.github.dicoso.core; the
    // mutation test runs them on the class path, where this test does not apply
    assumeTrue(Messages.class.getModule().isNamed(), "run on the module path only");
    assertThat(Messages.class.getModule().getName()).isEqualTo("io.github.dicoso.core");
    assertThat(Messages.bundle(VI).getString("label.Status.COMPLIANT")).isEqualTo("ĐẠT");
  }

  @Test
  void bundle_otherLanguage_englishWhateverTheDefaultLocale() {
    assertThat(Messages.text(Locale.FRENCH, "label.Status.NON_COMPLIANT"))
        .isEqualTo("NON_COMPLIANT");
    assertThat(Messages.text(Locale.forLanguageTag("vi"), "label.Status.NON_COMPLIANT"))
        .isEqualTo("CHƯA ĐẠT");
    assertThat(Messages.isVietnamese(VI)).isTrue();
    assertThat(Messages.isVietnamese(Locale.ENGLISH)).isFalse();
  }

  @Test
  void format_namedValuesWrittenByTheWriter_unknownNamesKept() {
    String s =
        Messages.format(
            Locale.ENGLISH, "report.percent", Map.of("rate", "100.00"), (v, l) -> v.toString());
    assertThat(s).isEqualTo("100.00%");
    assertThat(Messages.format(VI, "report.percent", Map.of(), (v, l) -> v.toString()))
        .isEqualTo("{rate} %");
    assertThat(Messages.text(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    assertThat(Messages.optionalText(Locale.ENGLISH, "no.such.key")).isEmpty();
  }

  @Test
  void cited_putsTheSourcesBeforeTheFullStop() {
    assertThat(Messages.cited("Required days: 60.", "source"))
        .isEqualTo("Required days: 60 (source).");
    assertThat(Messages.cited("No stop", "source")).isEqualTo("No stop (source).");
  }
}
