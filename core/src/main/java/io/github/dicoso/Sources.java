package io.github.dicoso;

import java.time.LocalDate;

/**
 * The catalogue of the documents the library cites: the national guidance, the provincial documents
 * and reports the sources describe, and this library's own defaults. Every citation in a policy, a
 * finding or an explanation comes from here, with the provision it rests on.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Sources {
  /** The number of the national guidance. */
  static final String GUIDANCE_03 = "Hướng dẫn 03-HD/TWĐTN-BTC";

  private Sources() {}

  /**
   * Hướng dẫn 03-HD/TWĐTN-BTC of 21/3/2018 of the Secretariat of the Central Youth Union, "Chế độ
   * đi công tác cơ sở của cán bộ Đoàn cấp trung ương và cấp tỉnh, giai đoạn 2018 – 2022": every
   * full-time central and provincial officer "đi công tác cơ sở phải đủ 02 tháng (60 ngày/năm) trở
   * lên (không tính các buổi đi cơ sở do được mời dự hoạt động)".
   *
   * @param provision what the guidance says on the point cited
   * @return the citation
   */
  public static Citation guidance03(String provision) {
    return Citation.national(GUIDANCE_03, LocalDate.of(2018, 3, 21), provision);
  }

  /**
   * The report of Tỉnh đoàn Bình Thuận of 30/10/2019, "Kết quả giám sát công tác đi cơ sở theo chủ
   * trương 1+2 đối với Ủy viên Ban Chấp hành và cán bộ chuyên trách cấp tỉnh": the exemptions as
   * applied ("ngoài các trường hợp cán bộ Đoàn đang được cử đi học tập dài hạn (6 tháng trở lên),
   * cán bộ ốm đau, bệnh tật xin nghỉ dài hạn, cán bộ nữ đang trong thời kỳ nghỉ thai sản"), the
   * 2019 windows, registration and approval by the standing members, and the problems of
   * overlapping topics and of delegations burdening the host districts.
   *
   * @param provision what the report says on the point cited
   * @return the citation
   */
  public static Citation binhThuan2019(String provision) {
    return provincial(
        "Báo cáo kết quả giám sát công tác đi cơ sở theo chủ trương 1+2",
        LocalDate.of(2019, 10, 30),
        "Tỉnh đoàn Bình Thuận",
        provision);
  }

  /**
   * Tỉnh đoàn Cà Mau, 2022: "thời gian đi cơ sở được tính theo phương pháp cộng dồn" (days at the
   * grassroots accumulate).
   *
   * @param provision what the report says on the point cited
   * @return the citation
   */
  public static Citation caMau2022(String provision) {
    return provincial("Tỉnh đoàn Cà Mau, 2022", null, "Tỉnh đoàn Cà Mau", provision);
  }

  /**
   * Tỉnh đoàn Ninh Thuận, 2020: a 30-day quota (also Thành đoàn Đà Nẵng, 2018).
   *
   * @param provision what the document says on the point cited
   * @return the citation
   */
  public static Citation ninhThuan2020(String provision) {
    return provincial("Tỉnh đoàn Ninh Thuận, 2020", null, "Tỉnh đoàn Ninh Thuận", provision);
  }

  /**
   * Hướng dẫn 17-HD/TĐTN-TCKT of 2/8/2018 of Tỉnh đoàn Hậu Giang, which reported its 2020
   * (COVID-19) completion against 30 days.
   *
   * @param provision what the guidance says on the point cited
   * @return the citation
   */
  public static Citation hauGiang17(String provision) {
    return provincial(
        "Hướng dẫn 17-HD/TĐTN-TCKT", LocalDate.of(2018, 8, 2), "Tỉnh đoàn Hậu Giang", provision);
  }

  /**
   * Tỉnh đoàn Tây Ninh, 2018: district full-time officers subject too.
   *
   * @param provision what the document says on the point cited
   * @return the citation
   */
  public static Citation tayNinh2018(String provision) {
    return provincial("Tỉnh đoàn Tây Ninh, 2018", null, "Tỉnh đoàn Tây Ninh", provision);
  }

  /**
   * Tỉnh đoàn Quảng Trị, 2020: 60 days between 1/3 and 31/12, a result report within 10 days.
   *
   * @param provision what the document says on the point cited
   * @return the citation
   */
  public static Citation quangTri2020(String provision) {
    return provincial("Tỉnh đoàn Quảng Trị, 2020", null, "Tỉnh đoàn Quảng Trị", provision);
  }

  /**
   * Tỉnh đoàn Bà Rịa – Vũng Tàu, 2018–2022: 30 days at branch, 20 at commune and 10 at district
   * level; visits count only with a travel order.
   *
   * @param provision what the document says on the point cited
   * @return the citation
   */
  public static Citation baRiaVungTau2018(String provision) {
    return provincial(
        "Tỉnh đoàn Bà Rịa – Vũng Tàu, 2018–2022", null, "Tỉnh đoàn Bà Rịa – Vũng Tàu", provision);
  }

  /**
   * The central agency's review of the second quarter of 2018 (Trung ương Đoàn, 9/8/2018): the four
   * kinds of grassroots work "theo chuyên đề; phối hợp tổ chức, triển khai hoạt động tại cơ sở;
   * kiểm tra, giám sát; dự sinh hoạt chuyên đề và dự sinh hoạt chi đoàn", and 97 of 111 officers
   * who made a visit between 1/6 and 31/7/2018.
   *
   * @param provision what the review says on the point cited
   * @return the citation
   */
  public static Citation centralReview2018(String provision) {
    return Citation.builder()
        .authority(Citation.Authority.NATIONAL)
        .document("Sơ kết chế độ đi công tác cơ sở của cán bộ cơ quan Trung ương Đoàn quý II/2018")
        .date(LocalDate.of(2018, 8, 9))
        .issuer("Trung ương Đoàn")
        .provision(provision)
        .build();
  }

  /**
   * One of this library's defaults, where the sources are silent.
   *
   * @param provision the choice made and why
   * @return the citation
   */
  public static Citation libraryDefault(String provision) {
    return Citation.libraryDefault(provision);
  }

  private static Citation provincial(
      String document,
      @org.jspecify.annotations.Nullable LocalDate date,
      String issuer,
      String provision) {
    Citation.Builder b =
        Citation.builder()
            .authority(Citation.Authority.PROVINCIAL)
            .document(document)
            .issuer(issuer)
            .provision(provision);
    if (date != null) {
      b.date(date);
    }
    return b.build();
  }
}
