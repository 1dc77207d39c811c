package io.github.dicoso.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void of_caseDiacriticsAndSpacing_foldToTheSameWords() {
    assertThat(Words.of("kiem tra")).containsExactly("kiem", "tra");
    assertThat(Words.of("KIỂM TRA")).containsExactly("kiem", "tra");
    assertThat(Words.of("kiểm  tra")).containsExactly("kiem", "tra");
    assertThat(Words.of("  kiểm\ttra\n")).containsExactly("kiem", "tra");
    assertThat(Words.of("kiểm-tra, giám sát.")).containsExactly("kiem", "tra", "giam", "sat");
  }

  @Test
  void of_dWithStroke_foldsToD() {
    // NFD leaves đ/Đ whole; they must still fold to d.
    assertThat(Normalizer.normalize("đ", Normalizer.Form.NFD)).isEqualTo("đ");
    assertThat(Words.of("Đoàn đi cơ sở")).containsExactly("doan", "di", "co", "so");
    // U+00D0, which legacy Vietnamese encodings use in place of U+0110
    assertThat(Words.of("\u00D0oàn")).containsExactly("doan");
  }

  @Test
  void of_decomposedInputAndTonePlacement_foldAlike() {
    String composed = "dự sinh hoạt chi đoàn";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(Words.of(decomposed)).containsExactly(Words.of(composed));
    assertThat(Words.of("hoà")).containsExactly(Words.of("hòa"));
  }

  @Test
  void of_fullWidthLetters_foldToPlainLetters() {
    assertThat(Words.of("ＫＩỂＭ ＴＲＡ")).containsExactly("kiem", "tra");
  }

  @Test
  void of_noLettersOrDigits_isEmpty() {
    assertThat(Words.of("")).isEmpty();
    assertThat(Words.of(" - , ; ")).isEmpty();
  }

  @Test
  void of_digitsAndSlashes_areWordsAndSeparators() {
    assertThat(Words.of("17/18 Huyện")).containsExactly("17", "18", "huyen");
  }

  @Test
  void key_joinsFoldedWordsWithSingleSpaces() {
    assertThat(Words.key(" Dự  SINH hoạt ")).isEqualTo("du sinh hoat");
  }
}
