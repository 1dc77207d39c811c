package io.github.dicoso.officer;

/** The organisational level an officer works at (Trung ương Đoàn, Tỉnh đoàn, Huyện đoàn). */
public enum Level {
  /** Central level (Trung ương Đoàn). */
  CENTRAL,
  /** Provincial level (Tỉnh đoàn, Thành đoàn). */
  PROVINCIAL,
  /** District level (Huyện đoàn, Thị đoàn, Thành đoàn trực thuộc tỉnh). */
  DISTRICT
}
