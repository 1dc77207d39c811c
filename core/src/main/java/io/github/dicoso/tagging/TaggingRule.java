package io.github.dicoso.tagging;

import io.github.dicoso.visit.Visit;
import java.util.Optional;

/**
 * The tagging rule: every credited day is tagged with the kinds of work done on it, the four kinds
 * of Hướng dẫn 03-HD/TWĐTN-BTC ("theo chuyên đề; phối hợp tổ chức, triển khai hoạt động tại cơ sở;
 * kiểm tra, giám sát; dự sinh hoạt chuyên đề và dự sinh hoạt chi đoàn", as the central agency's
 * review of 2018 lists them). A visit that names no kind takes the kinds a {@link Tagger} suggests
 * from its description; a description that matches nothing leaves the visit credited but untagged,
 * and both are reported.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TaggingRule {
  private TaggingRule() {}

  /**
   * The kinds suggested for {@code visit} when it names none.
   *
   * @param visit the visit
   * @param tagger the tagger of descriptions
   * @return the tagging of its description, or empty when the visit names its kinds
   */
  public static Optional<Tagging> suggest(Visit visit, Tagger tagger) {
    return visit.kinds().isEmpty()
        ? Optional.of(tagger.tag(visit.description()))
        : Optional.empty();
  }
}
