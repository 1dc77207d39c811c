package io.github.dicoso;

import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import org.threeten.extra.LocalDateRange;

/** Small builders shared by the tests. */
public final class Fixtures {
  public static final Year YEAR = Year.of(2019);
  public static final LocalDateRange Y2019 =
      LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));

  private Fixtures() {}

  public static Officer officer(String id) {
    return Officer.builder()
        .id(id)
        .name("Officer " + id)
        .level(Level.PROVINCIAL)
        .employment(Employment.FULL_TIME)
        .build();
  }

  public static LocalDate day(int dayOfYear) {
    return YEAR.atDay(dayOfYear);
  }

  /** A visit builder with everything but id, officer and dates filled in. */
  public static Visit.Builder visit(String id, String officerId) {
    return Visit.builder()
        .id(id)
        .officerId(officerId)
        .addKinds(KindOfWork.THEMATIC)
        .hostUnit("Huyện đoàn Hàm Tân")
        .hostLevel(HostLevel.DISTRICT);
  }

  /** A whole-day visit of {@code officerId} from {@code start} to {@code end} inclusive. */
  public static Visit visit(String id, String officerId, LocalDate start, LocalDate end) {
    return visit(id, officerId).start(start).end(end).build();
  }
}
