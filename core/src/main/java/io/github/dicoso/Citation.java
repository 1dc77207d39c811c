package io.github.dicoso;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule comes from: the issuing document (number, date, issuer) and the provision it states,
 * e.g. {@code Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018: at least 60 days a year}. A choice of this
 * library where the sources are silent is cited as a {@linkplain Authority#DEFAULT default}, so
 * that a user can see it is not law.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
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
    DEFAULT
  }

  /** {@return a builder for a citation} */
  public static ImmutableCitation.Builder builder() {
    return ImmutableCitation.builder();
  }

  /**
   * A citation of a national document.
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

  /** {@return who stands behind the cited rule} */
  public abstract Authority authority();

  /** {@return the document's number and kind, e.g. {@code Hướng dẫn 03-HD/TWĐTN-BTC}} */
  public abstract String document();

  /** {@return the date the document was issued} */
  public abstract Optional<LocalDate> date();

  /** {@return the body that issued the document, e.g. {@code Tỉnh đoàn Hậu Giang}} */
  public abstract Optional<String> issuer();

  /** {@return what the cited provision says, in one line; may be empty} */
  @Value.Default
  public String provision() {
    return "";
  }

  /**
   * {@return the document with its date, Vietnamese style: {@code Hướng dẫn 03-HD/TWĐTN-BTC,
   * 21/3/2018}}
   */
  public String shortForm() {
    return document() + date().map(d -> ", " + VIETNAMESE_DATE.format(d)).orElse("");
  }

  /** The short form followed by the provision, if any. */
  @Override
  public String toString() {
    return provision().isEmpty() ? shortForm() : shortForm() + ": " + provision();
  }
}
