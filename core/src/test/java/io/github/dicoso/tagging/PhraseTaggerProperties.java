package io.github.dicoso.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhraseTaggerProperties {
  private static final PhraseTagger TAGGER = PhraseTagger.builtIn();

  // ---------------------------------------------------------------- generators

  private static final List<String> PHRASES =
      PhraseList.builtIn().phrases().stream().map(Phrase::text).collect(Collectors.toList());

  private static final List<String> FILLER =
      List.of(
          "tại",
          "xã",
          "Hàm Tân",
          "ấp 3",
          "đồng chí",
          "Nguyễn Thị Lan",
          "năm 2019",
          "cùng",
          "với",
          "huyện",
          "thanh niên",
          "đoàn viên",
          "Tỉnh đoàn",
          "ngày",
          "quý II",
          "Phú Quý",
          "cơ sở",
          "hoạt động",
          "chi đoàn",
          "tình hình",
          "Đức Linh",
          "về",
          "và",
          "các");

  private static final Set<String> PHRASE_WORDS =
      PhraseList.builtIn().phrases().stream()
          .flatMap(p -> Arrays.stream(Words.of(p.text())))
          .collect(Collectors.toSet());

  /**
   * Strips Vietnamese diacritics with a hand-written table, independently of the tagger's use of
   * {@link java.text.Normalizer}.
   */
  private static String stripVietnamese(String text) {
    String[][] table = {
      {"a", "àáảãạăằắẳẵặâầấẩẫậ"},
      {"e", "èéẻẽẹêềếểễệ"},
      {"i", "ìíỉĩị"},
      {"o", "òóỏõọôồốổỗộơờớởỡợ"},
      {"u", "ùúủũụưừứửữự"},
      {"y", "ỳýỷỹỵ"},
      {"d", "đ"},
    };
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      char lower = Character.toLowerCase(c);
      char base = c;
      for (String[] row : table) {
        if (row[1].indexOf(lower) >= 0) {
          base =
              Character.isUpperCase(c) ? Character.toUpperCase(row[0].charAt(0)) : row[0].charAt(0);
        }
      }
      out.append(base);
    }
    return out.toString();
  }

  private static String mixCase(String text, Random random) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    random.nextBoolean() ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
    return out.toString();
  }

  // ---------------------------------------------------------------- laws

  @Property
  void tag_strippedOfDiacritics_sameMatches(@ForAll("descriptions") String description) {
    String stripped = stripVietnamese(description);
    assertThat(CharMatcher.ascii().matchesAllOf(stripped)).as(stripped).isTrue();
    assertThat(TAGGER.tag(stripped).matches()).isEqualTo(TAGGER.tag(description).matches());
  }

  @Property
  void tag_caseChanged_sameMatches(@ForAll("descriptions") String description, @ForAll long seed) {
    List<PhraseMatch> matches = TAGGER.tag(description).matches();
    assertThat(TAGGER.tag(description.toUpperCase(Locale.ROOT)).matches()).isEqualTo(matches);
    assertThat(TAGGER.tag(description.toLowerCase(Locale.ROOT)).matches()).isEqualTo(matches);
    assertThat(TAGGER.tag(mixCase(description, new Random(seed))).matches()).isEqualTo(matches);
  }

  @Property
  void tag_spacingAndPunctuationChanged_sameMatches(
      @ForAll("descriptions") String description, @ForAll("separators") List<String> separators) {
    StringBuilder respaced = new StringBuilder();
    int k = 0;
    for (String part : description.split(" ", -1)) {
      if (respaced.length() > 0) {
        respaced.append(separators.get(k++ % separators.size()));
      }
      respaced.append(part);
    }
    assertThat(TAGGER.tag(respaced.toString()).matches())
        .isEqualTo(TAGGER.tag(description).matches());
  }

  @Property
  void tag_wordsInNoPhraseAddedBeforeOrAfter_neverRemoveATag(
      @ForAll("descriptions") String description,
      @ForAll("foreignWords") List<String> before,
      @ForAll("foreignWords") List<String> after) {
    String longer = String.join(" ", before) + " " + description + " " + String.join(" ", after);
    Tagging original = TAGGER.tag(description);
    Tagging extended = TAGGER.tag(longer);
    assertThat(extended.kinds()).containsAll(original.kinds());
    // stronger, as PhraseTagger documents: the matches are the same
    assertThat(extended.matches()).isEqualTo(original.matches());
  }

  @Provide
  Arbitrary<String> descriptions() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PHRASES), Arbitraries.of(FILLER));
    return piece.list().ofMaxSize(6).map(pieces -> String.join(" ", pieces));
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of(" ", "  ", "\t", ", ", " - ", "; ", "\u00A0", " / ")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<String>> foreignWords() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("abcdeghiklmnopqrstuvxyăâđêôơưáàảãạéèóòúùíìĐÂ")
            .ofMinLength(1)
            .ofMaxLength(7)
            .filter(w -> Arrays.stream(Words.of(w)).noneMatch(PHRASE_WORDS::contains));
    return word.list().ofMaxSize(3);
  }
}
