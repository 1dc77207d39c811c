package io.github.dicoso.visit;

/** The level of the unit that hosts a grassroots visit. */
public enum HostLevel {
  /** District level (Huyện đoàn, Thị đoàn, Thành đoàn). */
  DISTRICT,
  /** Commune level (Đoàn xã, phường, thị trấn). */
  COMMUNE,
  /** Branch level (chi đoàn). */
  BRANCH
}
