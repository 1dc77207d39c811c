package io.github.dicoso.examples.cli;

import java.time.Year;

/**
 * The sample bundled with the tool: a constructed provincial agency of 25 officers over 2019, in
 * the CSV exchange format (resources {@code /sample/officers.csv}, {@code leaves.csv}, {@code
 * visits.csv}).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Sample {
  /** The year the sample covers. */
  static final Year YEAR = Year.of(2019);

  /** The sample unit's name in reports. */
  static final String NAME = "Tỉnh đoàn (sample agency, constructed)";

  /** The folder of the sample's files among the tool's resources. */
  static final String FOLDER = "/sample/";

  private Sample() {}

  static CsvSource officers() {
    return CsvSource.resource(FOLDER + "officers.csv");
  }

  static CsvSource leaves() {
    return CsvSource.resource(FOLDER + "leaves.csv");
  }

  static CsvSource visits() {
    return CsvSource.resource(FOLDER + "visits.csv");
  }
}
