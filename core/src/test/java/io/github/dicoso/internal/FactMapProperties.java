package io.github.dicoso.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A fact map is the map it was copied from: the laws of {@link Map}, against LinkedHashMap. */
class FactMapProperties {
  @Provide
  Arbitrary<LinkedHashMap<String, Object>> facts() {
    Arbitrary<Object> values =
        Arbitraries.oneOf(
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s));
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4), values)
        .ofMaxSize(7)
        .map(LinkedHashMap::new);
  }

  @Property
  void equalsTheMapItCopies(
      @ForAll("facts") LinkedHashMap<String, Object> reference, @ForAll String probe) {
    Map<String, Object> facts = FactMap.copyOf(reference);
    assertThat(facts).isEqualTo(reference);
    assertThat(reference).isEqualTo(facts);
    assertThat(facts.hashCode()).isEqualTo(reference.hashCode());
    assertThat(facts.toString()).isEqualTo(reference.toString());
    assertThat(facts.size()).isEqualTo(reference.size());
    assertThat(new ArrayList<>(facts.entrySet())).isEqualTo(new ArrayList<>(reference.entrySet()));
    assertThat(facts.get(probe)).isEqualTo(reference.get(probe));
    assertThat(facts.containsKey(probe)).isEqualTo(reference.containsKey(probe));
    for (String key : reference.keySet()) {
      assertThat(facts.get(key)).isEqualTo(reference.get(key));
      assertThat(facts.containsKey(key)).isTrue();
    }
    assertThat(FactMap.copyOf(facts)).isSameAs(facts);
  }

  @Property
  void differsFromAMapWithAnotherValue(@ForAll("facts") LinkedHashMap<String, Object> reference) {
    if (reference.isEmpty()) {
      return;
    }
    Map<String, Object> changed = new HashMap<>(reference);
    String key = reference.keySet().iterator().next();
    changed.put(key, List.of(reference.get(key)));
    assertThat(FactMap.copyOf(reference)).isNotEqualTo(changed);
  }

  @Test
  void isUnmodifiableAndRefusesNulls() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("credited", 25);
    Map<String, Object> facts = FactMap.copyOf(source);
    source.put("required", 30);
    assertThat(facts).containsExactly(Map.entry("credited", 25));
    assertThatThrownBy(() -> facts.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.entrySet().iterator().next().setValue(2))
        .isInstanceOf(UnsupportedOperationException.class);
    java.util.Iterator<?> it = facts.entrySet().iterator();
    it.next();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("a", null);
    assertThatThrownBy(() -> FactMap.copyOf(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("fact a");
    assertThat(FactMap.copyOf(Map.of())).isEmpty();
  }
}
