package io.github.dicoso;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.internal.InputStyle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule comes from: the issuing document (number, date, issuer) and the provision it states,
 * e.g. {@code Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018: at least 60 days a year}. A choice of this
 * library where the sources are silent is cited as a {@linkplain Authority#DEFAULT default}, so
 * that a user can see it is not law, and a variant a province is still drafting as a {@linkplain
 * Authority#DRAFT draft}. {@link Sources} holds every citation the library uses.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@InputStyle
public abstract class Citation {
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  Citation() {}

  /** Who stands behind a citation. */
  public enum Authority {
    /** A document of the central Youth Union (Trung ương Đoàn). */
    NATIONAL,
    /** A document of a provincial Youth Union (Tỉnh đoàn, Thành đoàn). */
    PROVINCIAL,
    /** A choice of this library where the sources are silent; a policy parameter, not law. */
    DEFAULT,
    /** A variant still being drafted: it has no document number yet. */
    DRAFT
  }

  /** {@return a builder for a citation} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A citation of a national document, issued by the Secretariat of the Central Youth Union.
   *
   * @param document the document's number and title, e.g. {@code Hướng dẫn 03-HD/TWĐTN-BTC}
   * @param date the date the document was issued
   * @param provision what the cited provision says, in one line; may be empty
   * @return the citation
   */
  public static Citation national(String document, LocalDate date, String provision) {
    return builder()
        .authority(Authority.NATIONAL)
        .document(document)
        .date(date)
        .issuer("Ban Bí thư Trung ương Đoàn")
        .provision(provision)
        .build();
  }

  /**
   * A citation of one of this library's defaults, with the reason for the choice.
   *
   * @param provision the choice made and why the sources do not settle it
   * @return the citation
   */
  public static Citation libraryDefault(String provision) {
    return builder()
        .authority(Authority.DEFAULT)
        .document("dicoso default")
        .provision(provision)
        .build();
  }

  /**
   * The citation of a draft variant, which has no document yet: {@code draft variant NAME (no
   * document)}.
   *
   * @param variant the draft variant's name
   * @return the citation
   */
  public static Citation draft(String variant) {
    return builder()
        .authority(Authority.DRAFT)
        .document("draft variant " + variant + " (no document)")
        .build();
  }

  /** {@return who stands behind the cited rule} */
  @Value.Parameter
  public abstract Authority authority();

  /** {@return the document's number and kind, e.g. {@code Hướng dẫn 03-HD/TWĐTN-BTC}} */
  @Value.Parameter
  public abstract String document();

  /** {@return the date the document was issued} */
  @Value.Parameter
  public abstract Optional<LocalDate> date();

  /** {@return the body that issued the document, e.g. {@code Tỉnh đoàn Hậu Giang}} */
  @Value.Parameter
  public abstract Optional<String> issuer();

  /** {@return what the cited provision says, in one line; may be empty} */
  @Value.Parameter
  public abstract String provision();

  /**
   * {@return the document with its date, Vietnamese style: {@code Hướng dẫn 03-HD/TWĐTN-BTC,
   * 21/3/2018}}
   */
  public String shortForm() {
    return document() + date().map(d -> ", " + VIETNAMESE_DATE.format(d)).orElse("");
  }

  @Value.Check
  void validate() {
    if (document().isBlank()) {
      throw new IllegalArgumentException("citation: document must not be blank");
    }
  }

  /** The short form followed by the provision, if any. */
  @Override
  public String toString() {
    return provision().isEmpty() ? shortForm() : shortForm() + ": " + provision();
  }

  /**
   * Builds a citation. The authority and the document are required; the date, the issuer and the
   * provision may be left out.
   *
   * <p>This class is mutable and not thread-safe; the citation it builds is immutable.
   */
  public static final class Builder {
    private @Nullable Authority authority;
    private @Nullable String document;
    private @Nullable LocalDate date;
    private @Nullable String issuer;
    private String provision = "";

    private Builder() {}

    /**
     * Copies every field of {@code citation}.
     *
     * @param citation the citation to start from
     * @return this builder
     */
    public Builder from(Citation citation) {
      authority = citation.authority();
      document = citation.document();
      date = citation.date().orElse(null);
      issuer = citation.issuer().orElse(null);
      provision = citation.provision();
      return this;
    }

    /**
     * Who stands behind the citation.
     *
     * @param authority the authority
     * @return this builder
     */
    public Builder authority(Authority authority) {
      this.authority = requireNonNull(authority, "authority");
      return this;
    }

    /**
     * The document's number and kind.
     *
     * @param document e.g. {@code Hướng dẫn 17-HD/TĐTN-TCKT}
     * @return this builder
     */
    public Builder document(String document) {
      this.document = requireNonNull(document, "document");
      return this;
    }

    /**
     * The date the document was issued.
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = requireNonNull(date, "date");
      return this;
    }

    /**
     * The body that issued the document.
     *
     * @param issuer e.g. {@code Tỉnh đoàn Hậu Giang}
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = requireNonNull(issuer, "issuer");
      return this;
    }

    /**
     * What the cited provision says, in one line.
     *
     * @param provision the provision
     * @return this builder
     */
    public Builder provision(String provision) {
      this.provision = requireNonNull(provision, "provision");
      return this;
    }

    /**
     * {@return the citation}
     *
     * @throws IllegalStateException naming the missing fields if the authority or the document is
     *     not set
     */
    public Citation build() {
      if (authority == null || document == null) {
        throw new IllegalStateException(
            "citation "
                + (document == null ? "(no document)" : document)
                + ": missing "
                + (authority == null && document == null
                    ? "authority, document"
                    : authority == null ? "authority" : "document"));
      }
      return ImmutableCitation.instance(
          authority, document, Optional.ofNullable(date), Optional.ofNullable(issuer), provision);
    }
  }
}
