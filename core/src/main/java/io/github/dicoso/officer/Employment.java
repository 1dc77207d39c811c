package io.github.dicoso.officer;

/** Whether an officer is paid, full-time Youth Union staff. */
public enum Employment {
  /** Full-time officer (cán bộ Đoàn chuyên trách). */
  FULL_TIME,
  /** Part-time officer (kiêm nhiệm, không chuyên trách). */
  PART_TIME
}
