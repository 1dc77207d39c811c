package io.github.dicoso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario written as the tool's CSV files: one row per officer, visit and leave. */
class NationalScaleTest {
  @TempDir Path dir;

  @Test
  void writeCsv_writesTheToolsColumns_quotingText() throws Exception {
    Officer officer =
        Officer.builder()
            .id("O-1")
            .name("Nguyễn \"Văn\" A")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .department("Ban, Tổ chức")
            .build();
    Visit visit =
        Visit.builder()
            .id("V-1")
            .officerId("O-1")
            .start(LocalDate.of(2019, 3, 1))
            .end(LocalDate.of(2019, 3, 2))
            .addKinds(KindOfWork.THEMATIC, KindOfWork.MEETING)
            .hostUnit("Xã đoàn Tân Thắng")
            .hostLevel(HostLevel.COMMUNE)
            .halfDay(false)
            .reportDate(LocalDate.of(2019, 3, 9))
            .build();
    Leave leave =
        Leave.of("O-1", LeaveKind.SICK, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 3));

    NationalScale.writeCsv(
        io.github.dicoso.compliance.Population.of(
            List.of(OfficerRecord.of(officer, List.of(visit), List.of(leave)))),
        dir);

    assertThat(Files.readAllLines(dir.resolve("officers.csv")))
        .containsExactly(
            "officer_id,name,level,employment,committee_member,department",
            "\"O-1\",\"Nguyễn \"\"Văn\"\" A\",PROVINCIAL,FULL_TIME,false,\"Ban, Tổ chức\"");
    assertThat(Files.readAllLines(dir.resolve("visits.csv")))
        .containsExactly(
            "visit_id,officer_id,start,end,kinds,host_unit,host_level,invited,approved,"
                + "travel_order,half_day,report_date,description",
            "\"V-1\",\"O-1\",2019-03-01,2019-03-02,THEMATIC;MEETING,\"Xã đoàn Tân Thắng\",COMMUNE,"
                + "false,true,true,false,2019-03-09,\"\"");
    assertThat(Files.readAllLines(dir.resolve("leaves.csv")))
        .containsExactly("officer_id,kind,start,end", "\"O-1\",SICK,2019-05-01,2019-05-03");
  }
}
