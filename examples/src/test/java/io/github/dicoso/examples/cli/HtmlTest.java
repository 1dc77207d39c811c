package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escape_markup_replacesEveryMetaCharacter() {
    assertThat(Html.escape("<a href=\"x\" title='y'>R&D</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;");
  }

  @Test
  void escape_plainText_returnsItUnchanged() {
    assertThat(Html.escape("Huyện đoàn Hàm Tân")).isEqualTo("Huyện đoàn Hàm Tân");
  }

  @Property
  void escape_anyText_leavesNoMetaCharacterOutsideAReference(@ForAll String text) {
    String escaped = Html.escape(text);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
  }

  @Property
  void escape_anyText_unescapesToTheOriginal(@ForAll String text) {
    String back =
        Html.escape(text)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    assertThat(back).isEqualTo(text);
  }
}
