package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
