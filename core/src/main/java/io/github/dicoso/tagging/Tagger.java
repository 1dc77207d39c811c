package io.github.dicoso.tagging;

/**
 * Suggests the kinds of work a free-text activity description speaks of. Implementations are
 * immutable and thread-safe.
 */
@FunctionalInterface
public interface Tagger {
  /** {@return a tagger that classifies nothing: every description comes back unclassified} */
  static Tagger none() {
    return description -> Tagging.unclassified(description);
  }

  /**
   * The kinds of work suggested for {@code description}, with the phrases that matched.
   *
   * @param description the free-text description of a visit
   * @return the suggested kinds, or none ({@link Tagging#unclassified(String)})
   */
  Tagging tag(String description);
}
