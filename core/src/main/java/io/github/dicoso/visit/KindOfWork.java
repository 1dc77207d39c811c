package io.github.dicoso.visit;

/**
 * The four kinds of grassroots work named in Hướng dẫn 03-HD/TWĐTN-BTC (21/3/2018), as reported by
 * the central agency's review of Q2/2018 and by Tỉnh đoàn Bình Thuận (2019).
 */
public enum KindOfWork {
  /** Thematic work (theo chuyên đề): surveys, fact-finding, studying members and young people. */
  THEMATIC,
  /** Co-organising activities at the grassroots (phối hợp tổ chức, triển khai hoạt động). */
  CO_ORGANIZING,
  /** Inspection and supervision (kiểm tra, giám sát). */
  INSPECTION,
  /**
   * Attending meetings (dự sinh hoạt): thematic sessions of lower-level committees and branch (chi
   * đoàn) meetings.
   */
  MEETING
}
