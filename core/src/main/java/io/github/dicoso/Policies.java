package io.github.dicoso;

import com.google.common.collect.ImmutableMap;
import io.github.dicoso.internal.Spelling;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The policies this library ships with: the national rule and the local variants the sources
 * report, each named by what it changes. Each variant cites its province for what it changes and
 * keeps the national citation for the rest.
 *
 * <table>
 *   <caption>Policies</caption>
 *   <tr><th>name</th><th>changes</th><th>source</th></tr>
 *   <tr><td>{@value #NATIONAL_2018}</td><td>the national rule</td>
 *       <td>Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018</td></tr>
 *   <tr><td>{@value #THIRTY_DAY_YEAR}</td><td>required-days = 30</td>
 *       <td>Ninh Thuận 2020, Đà Nẵng 2018; Hậu Giang 2020 reported against 30 days</td></tr>
 *   <tr><td>{@value #DISTRICT_INCLUDED}</td><td>subject-levels += DISTRICT</td>
 *       <td>Tây Ninh 2018</td></tr>
 *   <tr><td>{@value #MARCH_TO_DECEMBER}</td><td>period = 03-01..12-31,
 *       report-deadline-days = 10</td><td>Quảng Trị 2020</td></tr>
 *   <tr><td>{@value #HOST_LEVEL_SPLIT}</td><td>host-level minimums 30 branch, 20 commune, 10
 *       district; count-without-travel-order = false</td><td>Bà Rịa–Vũng Tàu 2018–2022</td></tr>
 *   <tr><td>{@value #APPROVAL_AND_WINDOWS}</td><td>count-unapproved = false, windows-required =
 *       true</td><td>Bình Thuận 2019</td></tr>
 * </table>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Policies {
  /** The national guidance for the 2017–2022 term. */
  public static final String NATIONAL_2018 = "national-2018";

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

  private static final ImmutableMap<String, Policy> POLICIES = build();

  private Policies() {}

  /**
   * {@return the national rule: Hướng dẫn 03-HD/TWĐTN-BTC of 21/3/2018 of the Secretariat of the
   * Central Youth Union, "chế độ đi công tác cơ sở của cán bộ Đoàn cấp trung ương và cấp tỉnh, giai
   * đoạn 2018–2022"} Every parameter has its {@linkplain Parameter#nationalDefault() national
   * default} and is cited by the guidance where it says so, or as a library default.
   */
  public static Policy national2018() {
    return byName(NATIONAL_2018);
  }

  /**
   * {@return a 30-day year: 30 days required instead of 60} Tỉnh đoàn Ninh Thuận (2020) and Thành
   * đoàn Đà Nẵng (2018) set a 30-day quota; Tỉnh đoàn Hậu Giang reported its 2020 (COVID-19)
   * completion against 30 days, under its Hướng dẫn 17-HD/TĐTN-TCKT of 2/8/2018.
   */
  public static Policy thirtyDayYear() {
    return byName(THIRTY_DAY_YEAR);
  }

  /** {@return the Tây Ninh policy (2018): district-level full-time officers are subject too} */
  public static Policy districtIncluded() {
    return byName(DISTRICT_INCLUDED);
  }

  /**
   * {@return the Quảng Trị policy (2020): the 60 days are counted between 1/3 and 31/12, not
   * pro-rated, and a result report is due within 10 days of each visit's end}
   */
  public static Policy marchToDecember() {
    return byName(MARCH_TO_DECEMBER);
  }

  /**
   * {@return the Bà Rịa–Vũng Tàu policy (2018–2022): at least 30 days at branch level, 20 at
   * commune level and 10 at district level, and only visits backed by a travel order count}
   */
  public static Policy hostLevelSplit() {
    return byName(HOST_LEVEL_SPLIT);
  }

  /**
   * {@return the Bình Thuận policy (2019): only visits registered and approved by the standing
   * members count, and visits must fall inside the quarterly windows}
   */
  public static Policy approvalAndWindows() {
    return byName(APPROVAL_AND_WINDOWS);
  }

  /** {@return every policy, the national rule first, in the order of the table above} */
  public static List<Policy> all() {
    return POLICIES.values().asList();
  }

  /** {@return the names of every policy, the national rule first} */
  public static List<String> names() {
    return POLICIES.keySet().asList();
  }

  /**
   * The policy named {@code name}, if the library ships one.
   *
   * @param name the policy's name
   * @return the policy, or empty if none has that name
   */
  public static Optional<Policy> find(String name) {
    return Optional.ofNullable(POLICIES.get(name));
  }

  /**
   * The policy named {@code name}.
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

  private static ImmutableMap<String, Policy> build() {
    Policy national =
        Policy.builder()
            .name(NATIONAL_2018)
            .document(
                Sources.guidance03(
                    "chế độ đi công tác cơ sở của cán bộ Đoàn cấp trung ương và cấp tỉnh,"
                        + " 2018–2022"))
            .build();
    Set<Level> withDistrict = EnumSet.of(Level.CENTRAL, Level.PROVINCIAL, Level.DISTRICT);
    List<Policy> all =
        List.of(
            national,
            Policy.variantOf(national)
                .name(THIRTY_DAY_YEAR)
                .document(
                    Sources.ninhThuan2020(
                        "30 days a year at the grassroots (also Thành đoàn Đà Nẵng, 2018; Tỉnh"
                            + " đoàn Hậu Giang reported 2020 against 30 days under Hướng dẫn"
                            + " 17-HD/TĐTN-TCKT, 2/8/2018)"))
                .set(Parameter.REQUIRED_DAYS, Days.of(30))
                .build(),
            Policy.variantOf(national)
                .name(DISTRICT_INCLUDED)
                .document(
                    Sources.tayNinh2018(
                        "full-time district officers also spend 60 days a year at the grassroots"))
                .set(Parameter.SUBJECT_LEVELS, withDistrict)
                .build(),
            Policy.variantOf(national)
                .name(MARCH_TO_DECEMBER)
                .document(
                    Sources.quangTri2020(
                        "60 days between 1/3 and 31/12, not pro-rated; a result report within 10"
                            + " days of each visit"))
                .set(
                    Parameter.COUNTING_PERIOD,
                    CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)))
                .set(Parameter.REPORT_DEADLINE_DAYS, Optional.of(10))
                .build(),
            Policy.variantOf(national)
                .name(HOST_LEVEL_SPLIT)
                .document(
                    Sources.baRiaVungTau2018(
                        "30 days at branch, 20 at commune and 10 at district level; visits count"
                            + " only with a travel order"))
                .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(30)))
                .set(Parameter.hostLevelMinimum(HostLevel.COMMUNE), Optional.of(Days.of(20)))
                .set(Parameter.hostLevelMinimum(HostLevel.DISTRICT), Optional.of(Days.of(10)))
                .set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, false)
                .build(),
            Policy.variantOf(national)
                .name(APPROVAL_AND_WINDOWS)
                .document(
                    Sources.binhThuan2019(
                        "visits registered each quarter and approved by the standing members,"
                            + " carried out in the quarterly windows"))
                .set(Parameter.COUNT_UNAPPROVED, false)
                .set(Parameter.WINDOWS_REQUIRED, true)
                .build());
    ImmutableMap.Builder<String, Policy> map = ImmutableMap.builder();
    all.forEach(p -> map.put(p.name(), p));
    return map.buildOrThrow();
  }
}
