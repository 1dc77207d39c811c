package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class HtmlProperties {

  @Property
  void escape_anyText_leavesNoMetaCharacterOutsideAReference(@ForAll String text) {
    String escaped = Html.escape(text);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
  }

  @Property
  void escape_anyText_leavesNoControlCharacterXmlRefuses(@ForAll String text) {
    assertThat(Html.escape(text).chars().filter(c -> ControlCharacters.isRefused((char) c)))
        .isEmpty();
  }

  @Property
  void escape_textWithoutControlCharacters_unescapesToTheOriginal(@ForAll String text) {
    Assume.that(ControlCharacters.problem(text).isEmpty());
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
