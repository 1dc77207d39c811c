package io.github.dicoso.variant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dicoso.Citation;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The local variants reported in the sources, as presets derived from {@link
 * Policies#national2018()}. Each is named by what it changes; its {@linkplain Preset#description()
 * description} and its document cite the place and year. Provincial documents are cited as the
 * sources report them: where the sources give no document number, the citation names the provincial
 * Youth Union and the year.
 *
 * <table>
 *   <caption>Presets</caption>
 *   <tr><th>name</th><th>changes</th><th>source</th></tr>
 *   <tr><td>{@value #THIRTY_DAY_YEAR}</td><td>required-days = 30</td>
 *       <td>Ninh Thuận 2020, Đà Nẵng 2018; Hậu Giang 2020 reported against 30 days</td></tr>
 *   <tr><td>{@value #DISTRICT_INCLUDED}</td><td>subject-levels += DISTRICT</td><td>Tây Ninh 2018</td></tr>
 *   <tr><td>{@value #MARCH_TO_DECEMBER}</td><td>period = 03-01..12-31, report-deadline-days = 10</td>
 *       <td>Quảng Trị 2020</td></tr>
 *   <tr><td>{@value #HOST_LEVEL_SPLIT}</td><td>host-level minimums 30 branch, 20 commune, 10
 *       district; count-without-travel-order = false</td><td>Bà Rịa–Vũng Tàu 2018–2022</td></tr>
 *   <tr><td>{@value #APPROVAL_AND_WINDOWS}</td><td>count-unapproved = false, windows-required =
 *       true</td><td>Bình Thuận 2019 (seed 003)</td></tr>
 * </table>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Presets {
  /** A 30-day year. */
  public static final String THIRTY_DAY_YEAR = "thirty-day-year";

  /** District full-time officers subject too. */
  public static final String DISTRICT_INCLUDED = "district-included";

  /** Counting period 1/3–31/12 with a 10-day report deadline. */
  public static final String MARCH_TO_DECEMBER = "march-to-december-10-day-reports";

  /** Per-host-level minimums with travel orders required. */
  public static final String HOST_LEVEL_SPLIT = "host-level-split-travel-order";

  /** Registration approval and scheduled windows required. */
  public static final String APPROVAL_AND_WINDOWS = "approval-and-windows-required";

  private static final ImmutableMap<String, Preset> PRESETS = buildPresets();

  private Presets() {}

  /**
   * {@return a 30-day year: 30 days required instead of 60} Tỉnh đoàn Ninh Thuận (2020) and Thành
   * đoàn Đà Nẵng (2018) set a 30-day quota; Tỉnh đoàn Hậu Giang reported its 2020 (COVID-19)
   * completion against 30 days (seed 000), under its Hướng dẫn 17-HD/TĐTN-TCKT of 2/8/2018.
   */
  public static Policy thirtyDayYear() {
    return byName(THIRTY_DAY_YEAR);
  }

  /**
   * {@return the Tây Ninh-style policy (2018): district-level full-time officers are subject too}
   */
  public static Policy districtIncluded() {
    return byName(DISTRICT_INCLUDED);
  }

  /**
   * {@return the Quảng Trị-style policy (2020): the 60 days are counted between 1/3 and 31/12, not
   * pro-rated, and a result report is due within 10 days of each visit's end}
   */
  public static Policy marchToDecember() {
    return byName(MARCH_TO_DECEMBER);
  }

  /**
   * {@return the Bà Rịa–Vũng Tàu-style policy (2018–2022): at least 30 days at branch level, 20 at
   * commune level and 10 at district level, and only visits backed by a travel order count}
   */
  public static Policy hostLevelSplit() {
    return byName(HOST_LEVEL_SPLIT);
  }

  /**
   * {@return the Bình Thuận-style policy (2019, seed 003): only visits registered and approved by
   * the standing members count, and visits must fall inside the quarterly windows}
   */
  public static Policy approvalAndWindows() {
    return byName(APPROVAL_AND_WINDOWS);
  }

  /** {@return every preset, national first, in the order of the table above} */
  public static List<Preset> all() {
    return PRESETS.values().asList();
  }

  /** {@return the names {@link #byName} knows, {@code national-2018} first} */
  public static List<String> names() {
    return PRESETS.keySet().asList();
  }

  /**
   * The policy named {@code name}, if it is a preset or {@code national-2018}.
   *
   * @param name the policy's name
   * @return the policy, or empty if no preset has that name
   */
  public static Optional<Policy> find(String name) {
    return Optional.ofNullable(PRESETS.get(name)).map(Preset::policy);
  }

  /**
   * The policy named {@code name}: {@code national-2018} is {@link Policies#national2018()}, the
   * others are the presets above.
   *
   * @param name the policy's name
   * @return the policy
   * @throws IllegalArgumentException naming the unknown name, the nearest known one and all known
   */
  public static Policy byName(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no policy named '"
                        + name
                        + "'"
                        + Spelling.suggestion(name, names())
                        + " (known: "
                        + String.join(", ", names())
                        + ")"));
  }

  private static Citation provincial(String document, String issuer, String provision) {
    return Citation.builder()
        .authority(Citation.Authority.PROVINCIAL)
        .document(document)
        .issuer(issuer)
        .provision(provision)
        .build();
  }

  private static ImmutableMap<String, Preset> buildPresets() {
    Policy national = Policies.national2018();
    List<Preset> presets =
        ImmutableList.of(
            Preset.of(
                national,
                "the national rule, Hướng dẫn 03-HD/TWĐTN-BTC of 21/3/2018, 2018–2022: 60 days a"
                    + " year for full-time central and provincial officers"),
            Preset.of(
                Variant.of(national)
                    .named(THIRTY_DAY_YEAR)
                    .issuedBy(
                        provincial(
                            "Tỉnh đoàn Ninh Thuận, 2020",
                            "Tỉnh đoàn Ninh Thuận",
                            "30 days a year at the grassroots (also Thành đoàn Đà Nẵng, 2018; Tỉnh"
                                + " đoàn Hậu Giang reported 2020 against 30 days under Hướng dẫn"
                                + " 17-HD/TĐTN-TCKT, 2/8/2018)"))
                    .withRequiredDays(Days.of(30))
                    .build()
                    .policy(),
                "30 days required instead of 60: Ninh Thuận 2020, Đà Nẵng 2018; Hậu Giang reported"
                    + " its 2020 (COVID-19) completion against 30 days (guidance 17-HD/TĐTN-TCKT of"
                    + " 2/8/2018)"),
            Preset.of(
                Variant.of(national)
                    .named(DISTRICT_INCLUDED)
                    .issuedBy(
                        provincial(
                            "Tỉnh đoàn Tây Ninh, 2018",
                            "Tỉnh đoàn Tây Ninh",
                            "full-time district officers also spend 60 days a year at the grassroots"))
                    .withSubjectLevel(Level.DISTRICT)
                    .build()
                    .policy(),
                "district-level full-time officers subject too: Tây Ninh 2018"),
            Preset.of(
                Variant.of(national)
                    .named(MARCH_TO_DECEMBER)
                    .issuedBy(
                        provincial(
                            "Tỉnh đoàn Quảng Trị, 2020",
                            "Tỉnh đoàn Quảng Trị",
                            "60 days between 1/3 and 31/12, not pro-rated; a result report within"
                                + " 10 days of each visit"))
                    .withCountingPeriod(CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)))
                    .withReportDeadlineDays(10)
                    .build()
                    .policy(),
                "60 days counted between 1/3 and 31/12 (not pro-rated), result reports due within"
                    + " 10 days of each visit: Quảng Trị 2020"),
            Preset.of(
                Variant.of(national)
                    .named(HOST_LEVEL_SPLIT)
                    .issuedBy(
                        provincial(
                            "Tỉnh đoàn Bà Rịa – Vũng Tàu, 2018–2022",
                            "Tỉnh đoàn Bà Rịa – Vũng Tàu",
                            "30 days at branch, 20 at commune and 10 at district level; visits"
                                + " count only with a travel order"))
                    .withHostLevelMinimum(HostLevel.BRANCH, Days.of(30))
                    .withHostLevelMinimum(HostLevel.COMMUNE, Days.of(20))
                    .withHostLevelMinimum(HostLevel.DISTRICT, Days.of(10))
                    .withCountWithoutTravelOrder(false)
                    .build()
                    .policy(),
                "at least 30 days at branch, 20 at commune and 10 at district level, and only visits"
                    + " with a travel order count: Bà Rịa–Vũng Tàu 2018–2022"),
            Preset.of(
                Variant.of(national)
                    .named(APPROVAL_AND_WINDOWS)
                    .issuedBy(
                        provincial(
                            "Tỉnh đoàn Bình Thuận, 2019 (report of 30/10/2019)",
                            "Tỉnh đoàn Bình Thuận",
                            "visits registered each quarter and approved by the standing members,"
                                + " carried out in the quarterly windows"))
                    .withCountUnapproved(false)
                    .withWindowsRequired(true)
                    .build()
                    .policy(),
                "only registered visits approved by the standing members count, and visits must"
                    + " fall in the quarterly windows: Bình Thuận 2019 (seed 003)"));
    ImmutableMap.Builder<String, Preset> map = ImmutableMap.builder();
    presets.forEach(p -> map.put(p.name(), p));
    return map.build();
  }
}
