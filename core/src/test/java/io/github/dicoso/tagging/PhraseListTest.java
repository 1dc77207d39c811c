package io.github.dicoso.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dicoso.visit.KindOfWork;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PhraseListTest {
  @Test
  void parse_commentsBlankLinesAndBom_areSkipped() {
    PhraseList list =
        PhraseList.parse(
            "tinh.txt",
            "\uFEFF# Danh sách của tỉnh\n"
                + "\n"
                + "INSPECTION: kiểm tra đoàn vụ   # thêm\n"
                + "  meeting :  họp chi hội  \n");
    assertThat(list.phrases())
        .containsExactly(
            Phrase.of(KindOfWork.INSPECTION, "kiểm tra đoàn vụ", "tinh.txt line 3"),
            Phrase.of(KindOfWork.MEETING, "họp chi hội", "tinh.txt line 4"));
  }

  @Test
  void parse_lineWithoutColon_isRejectedNamingSourceLineAndText() {
    assertThatThrownBy(() -> PhraseList.parse("tinh.txt", "THEMATIC: khảo sát\nkiểm tra\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tinh.txt line 2")
        .hasMessageContaining("'kiểm tra'");
  }

  @Test
  void parse_unknownKind_isRejectedNamingSourceLineTextAndTheKinds() {
    assertThatThrownBy(() -> PhraseList.parse("tinh.txt", "\n\nKIEM_TRA: kiểm tra"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tinh.txt line 3")
        .hasMessageContaining("'KIEM_TRA'")
        .hasMessageContaining("'KIEM_TRA: kiểm tra'")
        .hasMessageContaining("INSPECTION");
  }

  @Test
  void parse_kindWithoutPhrase_isRejectedNamingSourceLineAndText() {
    assertThatThrownBy(() -> PhraseList.parse("tinh.txt", "MEETING:  # nothing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tinh.txt line 1")
        .hasMessageContaining("'MEETING:  # nothing'");
  }

  @Test
  void parse_sameWordsWrittenDifferently_isRejectedNamingBothLines() {
    assertThatThrownBy(
            () -> PhraseList.parse("tinh.txt", "THEMATIC: khảo sát\nINSPECTION: KHAO  SAT\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tinh.txt line 2")
        .hasMessageContaining("line 1")
        .hasMessageContaining("'INSPECTION: KHAO  SAT'");
  }

  @Test
  void parse_failingReader_throwsUncheckedNamingTheSource() {
    Reader broken =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> PhraseList.parse("tinh.txt", broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("tinh.txt");
  }

  @Test
  void parse_reader_readsTheSameAsString() {
    String text = "THEMATIC: khảo sát\nMEETING: dự họp\n";
    assertThat(PhraseList.parse("a", new StringReader(text)))
        .isEqualTo(PhraseList.parse("a", text));
  }

  @Test
  void of_duplicatePhrases_isRejectedNamingBothRules() {
    assertThatThrownBy(
            () ->
                PhraseList.of(
                    java.util.List.of(
                        Phrase.of(KindOfWork.THEMATIC, "khảo sát", "a line 1"),
                        Phrase.of(KindOfWork.THEMATIC, "Khảo Sát", "b line 7"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a line 1")
        .hasMessageContaining("b line 7");
  }

  @Test
  void extendedWith_newAndOverriddenPhrases_otherWins() {
    PhraseList base = PhraseList.parse("base", "THEMATIC: khảo sát\nMEETING: dự họp\n");
    PhraseList province =
        PhraseList.parse("tinh.txt", "INSPECTION: Khảo sát\nCO_ORGANIZING: hội thao\n");
    PhraseList merged = base.extendedWith(province);
    assertThat(merged.phrases())
        .containsExactly(
            Phrase.of(KindOfWork.MEETING, "dự họp", "base line 2"),
            Phrase.of(KindOfWork.INSPECTION, "Khảo sát", "tinh.txt line 1"),
            Phrase.of(KindOfWork.CO_ORGANIZING, "hội thao", "tinh.txt line 2"));
  }

  @Test
  void builtIn_onTheModulePath_isReadFromTheCoreModule() {
    // Surefire runs these tests inside the named module, so this reads the resource the way an
    // application on the module path does. The mutation test runs on the class path, where this
    // test does not apply.
    assumeTrue(PhraseList.class.getModule().isNamed(), "run on the module path only");
    assertThat(PhraseList.class.getModule().getName()).isEqualTo("io.github.dicoso.core");
    PhraseList list = PhraseList.builtIn();
    assertThat(list.phrases()).hasSizeGreaterThan(40);
    assertThat(list.phrases())
        .allSatisfy(p -> assertThat(p.rule()).startsWith(PhraseList.BUILT_IN_SOURCE + " line "));
    assertThat(PhraseList.builtIn()).isSameAs(list);
  }

  @Test
  void builtIn_coversTheFourKindsOfHuongDan03() {
    Set<KindOfWork> kinds =
        PhraseList.builtIn().phrases().stream().map(Phrase::kind).collect(Collectors.toSet());
    assertThat(kinds).isEqualTo(EnumSet.allOf(KindOfWork.class));
    Set<String> keys =
        PhraseList.builtIn().phrases().stream().map(Phrase::key).collect(Collectors.toSet());
    // the kinds' own names in Hướng dẫn 03 as the central agency's review quotes them
    assertThat(keys)
        .contains(
            Words.key("theo chuyên đề"),
            Words.key("phối hợp tổ chức"),
            Words.key("kiểm tra"),
            Words.key("giám sát"),
            Words.key("dự sinh hoạt chuyên đề"),
            Words.key("dự sinh hoạt chi đoàn"));
  }
}
