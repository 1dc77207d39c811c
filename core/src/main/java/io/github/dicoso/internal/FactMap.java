package io.github.dicoso.internal;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a finding or an explanation step: a few named values in the order a message reads
 * them, held in two arrays. An evaluation holds about twenty such maps per officer; as Guava's
 * {@code ImmutableMap} each cost about 200 bytes, as this class under 100.
 *
 * <p>An unmodifiable {@link Map} with the usual {@code equals} and {@code hashCode}, so it equals
 * any map of the same entries; keys and values are never null, keys are distinct; lookups scan the
 * few keys. Iteration is in insertion order.
 *
 * <p>This class is immutable and thread-safe (its values are the engine's immutable values).
 */
public final class FactMap extends AbstractMap<String, Object> {
  private static final FactMap EMPTY = new FactMap(new String[0], new Object[0]);

  private final String[] keys;
  private final Object[] values;

  private FactMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * The entries of {@code map} in its iteration order; {@code map} itself when it is a fact map.
   *
   * @throws NullPointerException if a key or a value is null
   */
  public static Map<String, Object> copyOf(Map<String, ?> map) {
    if (map instanceof FactMap facts) {
      return facts;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    String[] keys = new String[map.size()];
    Object[] values = new Object[keys.length];
    int i = 0;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      keys[i] = requireNonNull(e.getKey(), "fact name");
      values[i] = requireNonNull(e.getValue(), () -> "fact " + e.getKey());
      i++;
    }
    return new FactMap(keys, values);
  }

  private int indexOf(@Nullable Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public @Nullable Object get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Object> entry =
                new AbstractMap.SimpleImmutableEntry<>(keys[next], values[next]);
            next++;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
