package io.github.dicoso;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule comes from: the issuing document (number, date, issuer) and the provision it
 * states, e.g. {@code Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018: at least 60 days a year}. A choice
 * of this library where the sources are silent is cited as a {@linkplain Authority#DEFAULT
 * default}, so that a user can see it is not law.
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

  /** A builder for a citation. */
  public static ImmutableCitation.Builder builder() {
    return ImmutableCitation.builder();
  }

  /** A citation of a national document. */
  public static Citation national(String document, LocalDate date, String provision) {
    return builder()
        .authority(Authority.NATIONAL)
        .document(document)
        .date(date)
        .issuer("Ban Bí thư Trung ương Đoàn")
        .provision(provision)
        .build();
  }

  /** A citation of one of this library's defaults, with the reason for the choice. */
  public static Citation libraryDefault(String provision) {
    return builder()
        .authority(Authority.DEFAULT)
        .document("dicoso default")
        .provision(provision)
        .build();
  }

  /** Who stands behind the cited rule. */
  public abstract Authority authority();

  /** The document's number and kind, e.g. {@code Hướng dẫn 03-HD/TWĐTN-BTC}. */
  public abstract String document();

  /** The date the document was issued. */
  public abstract Optional<LocalDate> date();

  /** The body that issued the document, e.g. {@code Tỉnh đoàn Hậu Giang}. */
  public abstract Optional<String> issuer();

  /** What the cited provision says, in one line; may be empty. */
  @Value.Default
  public String provision() {
    return "";
  }

  /** The document with its date, Vietnamese style: {@code Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018}. */
  public String shortForm() {
    return document() + date().map(d -> ", " + VIETNAMESE_DATE.format(d)).orElse("");
  }

  /** The short form followed by the provision, if any. */
  @Override
  public String toString() {
    return provision().isEmpty() ? shortForm() : shortForm() + ": " + provision();
  }
}
