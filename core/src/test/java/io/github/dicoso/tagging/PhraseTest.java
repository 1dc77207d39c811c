package io.github.dicoso.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.visit.KindOfWork;
import org.junit.jupiter.api.Test;

class PhraseTest {
  @Test
  void key_writtenDifferently_isTheSameFoldedWords() {
    Phrase a = Phrase.of(KindOfWork.MEETING, "Dự sinh hoạt  chi đoàn", "test line 1");
    Phrase b = Phrase.of(KindOfWork.MEETING, "du sinh hoat chi doan", "test line 2");
    assertThat(a.key()).isEqualTo(b.key()).isEqualTo("du sinh hoat chi doan");
  }

  @Test
  void of_noWords_isRejectedNamingTheRuleAndText() {
    assertThatThrownBy(() -> Phrase.of(KindOfWork.THEMATIC, " - ", "p.txt line 4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p.txt line 4")
        .hasMessageContaining("' - '");
  }

  @Test
  void of_blankRule_isRejected() {
    assertThatThrownBy(() -> Phrase.of(KindOfWork.THEMATIC, "khảo sát", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule");
  }
}
