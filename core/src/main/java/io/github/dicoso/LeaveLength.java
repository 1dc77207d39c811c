package io.github.dicoso;

/**
 * Which length of a leave the exemption threshold is tested on. The sources speak of officers "đang
 * được cử đi học tập dài hạn (6 tháng trở lên)", the length of the assignment, and Tỉnh đoàn Bình
 * Thuận leaves such officers out of the year's count: the national default is {@link #WHOLE_LEAVE}.
 */
public enum LeaveLength {
  /**
   * The whole leave as recorded, including any part outside the counting period; a qualifying leave
   * exempts every period it overlaps.
   */
  WHOLE_LEAVE,
  /** Only the part of the leave inside the counting period. */
  PART_IN_PERIOD
}
