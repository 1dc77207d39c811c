package io.github.dicoso;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.internal.Checks;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The parameters of the grassroots-duty rule: a value for every {@link Parameter}, each with the
 * citation of the document that sets it. The rules hold no constants; they read the policy.
 *
 * <p>The national rule is {@link Policies#national2018()}; a province's variant changes some
 * parameters and cites its own document for them, keeping the national citation for the rest:
 *
 * <pre>{@code
 * Policy thirtyDays = Policy.variantOf(Policies.national2018())
 *     .name("hau-giang-2020")
 *     .document(Sources.hauGiang17("30 days in 2020"))
 *     .set(Parameter.REQUIRED_DAYS, Days.of(30))
 *     .build();
 * thirtyDays.citation(Parameter.REQUIRED_DAYS);   // Hướng dẫn 17-HD/TĐTN-TCKT, 2/8/2018
 * }</pre>
 *
 * <p>A variant without a document is a draft: the parameters it changes cite {@link
 * Citation#draft(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Policy {
  private final String name;
  private final @Nullable String base;
  private final @Nullable Citation document;
  private final Object[] values;
  private final Citation[] citations;

  private Policy(
      String name,
      @Nullable String base,
      @Nullable Citation document,
      Object[] values,
      Citation[] citations) {
    this.name = name;
    this.base = base;
    this.document = document;
    this.values = values;
    this.citations = citations;
  }

  /**
   * {@return a builder for a policy that starts from every parameter's national default and
   * citation, with no base}
   */
  public static Builder builder() {
    List<Parameter<?>> all = Parameter.all();
    Object[] values = new Object[all.size()];
    Citation[] citations = new Citation[all.size()];
    for (Parameter<?> p : all) {
      values[p.index()] = p.nationalDefault();
      citations[p.index()] = p.nationalCitation();
    }
    return new Builder(null, values, citations);
  }

  /**
   * A builder for a variant of {@code base}: it starts from the base's values and citations and
   * records the base's name.
   *
   * @param base the policy the variant derives from
   * @return the builder
   */
  public static Builder variantOf(Policy base) {
    requireNonNull(base, "base");
    return new Builder(base.name, base.values.clone(), base.citations.clone());
  }

  /** {@return the policy's name, e.g. {@code national-2018}} */
  public String name() {
    return name;
  }

  /** {@return the name of the policy this one was derived from, if it is a variant} */
  public Optional<String> base() {
    return Optional.ofNullable(base);
  }

  /** {@return the document that issues this policy as a whole; empty for a draft} */
  public Optional<Citation> document() {
    return Optional.ofNullable(document);
  }

  /** {@return whether this is a draft: a policy without a document} */
  public boolean isDraft() {
    return document == null;
  }

  /**
   * The value of {@code parameter}.
   *
   * @param <T> the value's type
   * @param parameter the parameter
   * @return its value in this policy
   */
  @SuppressWarnings("unchecked") // values[p.index()] holds a T, put there by the builder
  public <T> T get(Parameter<T> parameter) {
    return (T) values[parameter.index()];
  }

  /**
   * The citation of the document that sets {@code parameter} in this policy.
   *
   * @param parameter the parameter
   * @return its citation
   */
  public Citation citation(Parameter<?> parameter) {
    return citations[parameter.index()];
  }

  /**
   * The policy's counting period in {@code year}, a closed range.
   *
   * @param year the year
   * @return the dates counted in that year
   */
  public LocalDateRange periodIn(Year year) {
    return get(Parameter.COUNTING_PERIOD).in(year);
  }

  /**
   * The parameters whose values differ between this policy and {@code other}, in the order of
   * {@link Parameter#all()}. Citations are not compared.
   *
   * @param other the policy to compare with
   * @return the parameters whose values differ
   */
  public List<Parameter<?>> differencesFrom(Policy other) {
    List<Parameter<?>> changed = new ArrayList<>();
    for (Parameter<?> p : Parameter.all()) {
      if (!values[p.index()].equals(other.values[p.index()])) {
        changed.add(p);
      }
    }
    return List.copyOf(changed);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Policy other
        && name.equals(other.name)
        && Objects.equals(base, other.base)
        && Objects.equals(document, other.document)
        && Arrays.equals(values, other.values)
        && Arrays.equals(citations, other.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, base, document, Arrays.hashCode(values), Arrays.hashCode(citations));
  }

  /** {@code Policy[thirty-day-year, base national-2018]}. */
  @Override
  public String toString() {
    return "Policy["
        + name
        + (base == null ? "" : ", base " + base)
        + (isDraft() ? ", draft" : "")
        + "]";
  }

  /**
   * Builds a policy: a name, the issuing document, and the parameters that differ from where the
   * builder started. A parameter set without a citation of its own is cited by the document (or, in
   * a draft, by {@link Citation#draft(String)}); a parameter set twice keeps the last value.
   *
   * <p>This class is mutable and not thread-safe; the policy it builds is immutable.
   */
  public static final class Builder {
    private final @Nullable String base;
    private final Object[] values;
    private final Citation[] citations;
    private final boolean[] set;
    private final @Nullable Citation[] explicit;
    private @Nullable String name;
    private @Nullable Citation document;

    private Builder(@Nullable String base, Object[] values, Citation[] citations) {
      this.base = base;
      this.values = values;
      this.citations = citations;
      this.set = new boolean[values.length];
      this.explicit = new Citation[values.length];
    }

    /**
     * The policy's name, e.g. {@code thirty-day-year}.
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * The document that issues the policy; it cites every parameter the builder sets.
     *
     * @param document the issuing document
     * @return this builder
     */
    public Builder document(Citation document) {
      this.document = requireNonNull(document, "document");
      return this;
    }

    /**
     * Sets {@code parameter} to {@code value}, cited by the policy's document.
     *
     * @param <T> the value's type
     * @param parameter the parameter
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException naming the key and the value if the value is not allowed
     */
    public <T> Builder set(Parameter<T> parameter, T value) {
      requireNonNull(parameter, "parameter");
      values[parameter.index()] = parameter.canonical(value);
      set[parameter.index()] = true;
      return this;
    }

    /**
     * Sets {@code parameter} to {@code value}, cited by {@code citation}.
     *
     * @param <T> the value's type
     * @param parameter the parameter
     * @param value its value
     * @param citation the document that sets it
     * @return this builder
     */
    public <T> Builder set(Parameter<T> parameter, T value, Citation citation) {
      set(parameter, value);
      return cite(parameter, citation);
    }

    /**
     * Cites {@code parameter} by {@code citation}, whether or not its value changes.
     *
     * @param parameter the parameter
     * @param citation its citation
     * @return this builder
     */
    public Builder cite(Parameter<?> parameter, Citation citation) {
      explicit[parameter.index()] = requireNonNull(citation, "citation");
      return this;
    }

    /**
     * {@return the policy}
     *
     * @throws IllegalStateException if no name is set
     * @throws IllegalArgumentException if the name is blank
     */
    public Policy build() {
      if (name == null) {
        throw new IllegalStateException(
            "policy" + (base == null ? "" : " derived from " + base) + ": missing name");
      }
      Checks.checkNotBlank("policy", "name", name);
      Citation setBy = document != null ? document : Citation.draft(name);
      Object[] v = values.clone();
      Citation[] c = citations.clone();
      for (int i = 0; i < v.length; i++) {
        Citation own = explicit[i];
        if (own != null) {
          c[i] = own;
        } else if (set[i]) {
          c[i] = setBy;
        }
      }
      return new Policy(name, base, document, v, c);
    }
  }
}
