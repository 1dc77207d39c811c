package io.github.dicoso.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggingRuleTest {
  private static Visit.Builder visit() {
    return Visit.builder()
        .id("V-1")
        .officerId("O-1")
        .start(LocalDate.of(2019, 5, 2))
        .hostUnit("Chi đoàn ấp 3")
        .hostLevel(HostLevel.BRANCH);
  }

  @Test
  void suggest_visitNamingItsKinds_isLeftAlone() {
    Visit named =
        visit().addKinds(KindOfWork.THEMATIC).description("dự sinh hoạt chi đoàn").build();

    assertThat(TaggingRule.suggest(named, PhraseTagger.builtIn())).isEmpty();
  }

  @Test
  void suggest_visitNamingNoKind_takesTheKindsOfItsDescription() {
    Visit described = visit().description("Dự sinh hoạt chi đoàn ấp 3").build();

    Tagging t = TaggingRule.suggest(described, PhraseTagger.builtIn()).orElseThrow();

    assertThat(t.kinds()).contains(KindOfWork.MEETING);
    assertThat(t.unclassified()).isFalse();
    assertThat(t.description()).isEqualTo("Dự sinh hoạt chi đoàn ấp 3");
    assertThat(t.matches()).isNotEmpty();
  }

  @Test
  void suggest_taggerOfNothing_isUnclassified() {
    Visit described = visit().description("dự sinh hoạt chi đoàn").build();

    Tagging t = TaggingRule.suggest(described, Tagger.none()).orElseThrow();

    assertThat(t.unclassified()).isTrue();
    assertThat(t.kinds()).isEmpty();
  }

  @Test
  void tagging_kinds_areTheKindsOfTheMatchedPhrases() {
    Tagging t =
        Tagging.of(
            "kiểm tra và dự sinh hoạt",
            List.of(
                PhraseMatch.of(KindOfWork.INSPECTION, "kiểm tra", "test line 1"),
                PhraseMatch.of(KindOfWork.MEETING, "sinh hoạt", "test line 2"),
                PhraseMatch.of(KindOfWork.MEETING, "dự sinh hoạt", "test line 3")));

    assertThat(t.kinds()).containsExactly(KindOfWork.INSPECTION, KindOfWork.MEETING);
    assertThat(t.matches().get(0).rule()).isEqualTo("test line 1");
  }
}
