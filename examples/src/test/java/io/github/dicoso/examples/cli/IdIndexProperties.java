package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The compact id index answers as a map of each id to the line it was first seen on. */
class IdIndexProperties {

  /** Ids from a small alphabet (so that many repeat), some long, some non-ASCII. */
  @Provide
  Arbitrary<List<String>> ids() {
    Arbitrary<String> id =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("abV-1").ofMinLength(0).ofMaxLength(4),
            Arbitraries.strings().withChars("ạăđê").ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().alpha().ofMinLength(20).ofMaxLength(300));
    return id.list().ofMaxSize(3_000);
  }

  @Property(tries = 200)
  void putIfAbsent_agreesWithAMapOfFirstLines(@ForAll("ids") List<String> ids) {
    IdIndex index = new IdIndex();
    Map<String, Long> reference = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      long line = 2L * i + 2;
      Long expected = reference.putIfAbsent(ids.get(i), line);

      long first = index.putIfAbsent(ids.get(i), line);

      assertThat(first).as(ids.get(i)).isEqualTo(expected == null ? -1 : expected);
    }
    assertThat(index.size()).isEqualTo(reference.size());
  }
}
