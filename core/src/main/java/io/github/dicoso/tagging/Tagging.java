package io.github.dicoso.tagging;

import io.github.dicoso.visit.KindOfWork;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The kinds of work suggested for one description, with the phrases that matched; UNCLASSIFIED when
 * nothing matched.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Tagging {
  Tagging() {}

  /**
   * The kinds of work suggested for {@code description} by the phrases that matched (a {@link
   * Tagger}'s result).
   *
   * @param description the description tagged
   * @param matches the phrases that matched, in order of their position in the description
   * @return the tagging
   */
  public static Tagging of(String description, List<PhraseMatch> matches) {
    return ImmutableTagging.instance(description, matches);
  }

  /**
   * The result for a description that matched nothing.
   *
   * @param description the description
   * @return the result, with no kind and no match
   */
  public static Tagging unclassified(String description) {
    return of(description, List.of());
  }

  /** {@return the description tagged} */
  @Value.Parameter
  public abstract String description();

  /** {@return the phrases that matched, in order of their position in the description} */
  @Value.Parameter
  public abstract List<PhraseMatch> matches();

  /** {@return the kinds suggested: the kinds of the matched phrases} */
  @Value.Derived
  public Set<KindOfWork> kinds() {
    java.util.EnumSet<KindOfWork> kinds = java.util.EnumSet.noneOf(KindOfWork.class);
    matches().forEach(m -> kinds.add(m.kind()));
    return com.google.common.collect.Sets.immutableEnumSet(kinds);
  }

  /** {@return whether no phrase matched (UNCLASSIFIED)} */
  public boolean unclassified() {
    return matches().isEmpty();
  }
}
