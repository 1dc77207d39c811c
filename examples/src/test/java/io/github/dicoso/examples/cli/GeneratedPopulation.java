package io.github.dicoso.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic agency written as the three CSV files: officers (central, provincial
 * and district; full-time and part-time), about 40 visits each over 2019 (a few starting in late
 * 2018), and leaves of every fate the tool must account for: leaves that exempt, that reduce the
 * requirement, of a kind that does not qualify (OTHER), of officers not subject, outside the year,
 * and of officers not in the officers file.
 *
 * <p>The same size and seed always give the same files.
 *
 * @param officers the officers file
 * @param visits the visits file
 * @param leaves the leaves file
 * @param officerCount officers written
 * @param visitCount visits written
 * @param leaveCount leaves written
 */
record GeneratedPopulation(
    Path officers, Path visits, Path leaves, int officerCount, int visitCount, int leaveCount) {
  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);
  private static final String[] KINDS = {"THEMATIC", "CO_ORGANIZING", "INSPECTION", "MEETING"};
  private static final String[] HOST_LEVELS = {"BRANCH", "COMMUNE", "DISTRICT"};

  /** Writes a population of {@code size} officers from {@code seed} into {@code dir}. */
  static GeneratedPopulation write(Path dir, int size, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    Path officers = dir.resolve("officers.csv");
    Path visits = dir.resolve("visits.csv");
    Path leaves = dir.resolve("leaves.csv");
    int visitCount = 0;
    int leaveCount = 0;
    try (Writer o = writer(officers);
        Writer v = writer(visits);
        Writer l = writer(leaves)) {
      o.write("officer_id,name,level,employment,committee_member,department,service\n");
      v.write(
          "visit_id,officer_id,start,end,kinds,host_unit,host_level,invited,approved,"
              + "travel_order,half_day,report_date,description\n");
      l.write("officer_id,kind,start,end\n");
      for (int i = 0; i < size; i++) {
        String id = String.format("O%06d", i);
        double r = random.nextDouble();
        String level = r < 0.45 ? "CENTRAL" : r < 0.92 ? "PROVINCIAL" : "DISTRICT";
        String employment = random.nextDouble() < 0.9 ? "FULL_TIME" : "PART_TIME";
        o.write(
            id
                + ",Cán bộ "
                + i
                + ","
                + level
                + ","
                + employment
                + ","
                + (random.nextDouble() < 0.15)
                + ",Ban "
                + (i % 8)
                + ","
                + (random.nextDouble() < 0.08 ? day(random.nextInt(30, 330)) + ".." : "")
                + "\n");
        leaveCount += leaves(l, id, random);
        int count = random.nextInt(35, 46);
        for (int j = 0; j < count; j++) {
          int start = random.nextInt(-4, 365);
          int length = 1 + random.nextInt(5);
          LocalDate end = day(start + length - 1);
          v.write(
              id
                  + "-V"
                  + j
                  + ","
                  + id
                  + ","
                  + day(start)
                  + ","
                  + end
                  + ","
                  + KINDS[random.nextInt(KINDS.length)]
                  + ",Đơn vị cơ sở "
                  + random.nextInt(40)
                  + ","
                  + HOST_LEVELS[random.nextInt(HOST_LEVELS.length)]
                  + ","
                  + (random.nextDouble() < 0.05)
                  + ","
                  + (random.nextDouble() < 0.92)
                  + ",,,"
                  + end.plusDays(random.nextInt(0, 16))
                  + ",Khảo sát tình hình thanh niên\n");
          visitCount++;
        }
      }
      for (int k = 0; k < Math.max(1, size / 500); k++) { // leaves of officers not in the file
        l.write("X" + k + ",SICK,2019-05-01,2019-05-20\n");
        leaveCount++;
      }
    }
    return new GeneratedPopulation(officers, visits, leaves, size, visitCount, leaveCount);
  }

  private static int leaves(Writer l, String id, SplittableRandom random) throws IOException {
    double r = random.nextDouble();
    int start = random.nextInt(0, 200);
    String line;
    if (r < 0.015) { // long-term study of 7 months: exempts
      line = "STUDY," + day(start) + "," + day(start).plusMonths(7).minusDays(1);
    } else if (r < 0.03) { // study of 3 months: reduces
      line = "STUDY," + day(start) + "," + day(start).plusMonths(3).minusDays(1);
    } else if (r < 0.04) { // sick leave of 2 months: reduces
      line = "SICK," + day(start) + "," + day(start).plusMonths(2).minusDays(1);
    } else if (r < 0.05) { // maternity leave: exempts
      line = "MATERNITY," + day(start) + "," + day(start).plusMonths(6).minusDays(1);
    } else if (r < 0.07) { // other absence: changes nothing
      line = "OTHER," + day(start) + "," + day(start + 9);
    } else if (r < 0.08) { // a leave of the year before
      line = "SICK," + day(start - 400) + "," + day(start - 380);
    } else {
      return 0;
    }
    l.write(id + "," + line + "\n");
    return 1;
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
  }

  private static LocalDate day(int offset) {
    return JAN_1.plusDays(offset);
  }
}
