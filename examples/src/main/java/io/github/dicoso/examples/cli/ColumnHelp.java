package io.github.dicoso.examples.cli;

import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What each column of the input tables holds, in Vietnamese and English, with its allowed values:
 * the help sheet of the input template.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ColumnHelp {
  /** The tables of the exchange format, by sheet (and CSV file) name, with their columns. */
  static final Map<String, CsvTable.Schema> TABLES = tables();

  private static final String DATE = "YYYY-MM-DD (2019-03-01), ô ngày Excel / an Excel date";
  private static final String BOOLEAN = "true | false";

  /**
   * The help of one column.
   *
   * @param allowed the values it accepts
   * @param vietnamese what it holds, in Vietnamese
   * @param english what it holds, in English
   */
  record Entry(String allowed, String vietnamese, String english) {}

  private static final Map<String, Entry> ENTRIES = entries();

  private ColumnHelp() {}

  /** The help of {@code column} of {@code table}, if there is one. */
  static Optional<Entry> of(String table, String column) {
    return Optional.ofNullable(ENTRIES.get(table + "." + column));
  }

  private static Map<String, CsvTable.Schema> tables() {
    Map<String, CsvTable.Schema> tables = new LinkedHashMap<>();
    tables.put("officers", InputFiles.OFFICERS);
    tables.put("visits", InputFiles.VISITS);
    tables.put("leaves", InputFiles.LEAVES);
    return java.util.Collections.unmodifiableMap(tables);
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum::name)
        .collect(Collectors.joining(" | "));
  }

  private static Map<String, Entry> entries() {
    Map<String, Entry> e = new LinkedHashMap<>();
    e.put(
        "officers.officer_id",
        new Entry("", "Mã cán bộ, không trùng nhau", "The officer's id, unique"));
    e.put("officers.name", new Entry("", "Họ và tên", "Full name"));
    e.put(
        "officers.level",
        new Entry(
            names(Level.class),
            "Cấp công tác: Trung ương, tỉnh, huyện",
            "Level: central, provincial, district"));
    e.put(
        "officers.employment",
        new Entry(
            names(Employment.class),
            "Chuyên trách (FULL_TIME) hay kiêm nhiệm (PART_TIME)",
            "Full-time or part-time"));
    e.put(
        "officers.committee_member",
        new Entry(
            BOOLEAN + " (trống = false)",
            "Ủy viên Ban Chấp hành",
            "Member of the executive committee (blank: false)"));
    e.put("officers.department", new Entry("", "Ban, văn phòng", "Department"));
    e.put(
        "officers.service",
        new Entry(
            "2019-03-01..2019-12-31; 2019-07-01..",
            "Thời gian công tác trong năm, cách nhau bởi ; (trống = cả năm)",
            "Periods in post, separated by ; (blank: in post throughout)"));
    e.put(
        "visits.visit_id",
        new Entry("", "Mã chuyến đi cơ sở, không trùng nhau", "The visit's id, unique"));
    e.put("visits.officer_id", new Entry("", "Mã cán bộ đi cơ sở", "The officer's id"));
    e.put("visits.start", new Entry(DATE, "Ngày bắt đầu", "First day"));
    e.put(
        "visits.end",
        new Entry(DATE, "Ngày kết thúc (trống = đi một ngày)", "Last day (blank: one day)"));
    e.put(
        "visits.kinds",
        new Entry(
            names(KindOfWork.class).replace(" | ", "; "),
            "Nội dung công tác, cách nhau bởi ; (trống = gợi ý từ mô tả)",
            "Kinds of work, separated by ; (blank: suggested from the description)"));
    e.put(
        "visits.host_unit",
        new Entry("", "Đơn vị cơ sở đến (vd. Huyện đoàn Hàm Tân)", "Host unit visited"));
    e.put(
        "visits.host_level",
        new Entry(names(HostLevel.class), "Cấp của đơn vị cơ sở", "Level of the host unit"));
    e.put(
        "visits.invited",
        new Entry(
            BOOLEAN + " (trống = false)",
            "Chỉ được mời dự hoạt động (không được tính)",
            "Only invited to attend (not counted; blank: false)"));
    e.put(
        "visits.approved",
        new Entry(
            BOOLEAN + " (trống = true)",
            "Đã đăng ký và được phê duyệt",
            "Registered and approved (blank: true)"));
    e.put(
        "visits.travel_order",
        new Entry(
            BOOLEAN + " (trống = true)", "Có công lệnh", "Backed by a travel order (blank: true)"));
    e.put(
        "visits.half_day",
        new Entry(
            BOOLEAN + " (trống = false)",
            "Đi nửa ngày (vd. sinh hoạt chi đoàn buổi tối)",
            "A half day, e.g. an evening branch meeting (blank: false)"));
    e.put(
        "visits.report_date",
        new Entry(DATE, "Ngày nộp báo cáo kết quả", "Date the result report was filed"));
    e.put(
        "visits.description",
        new Entry("", "Mô tả hoạt động", "What was done (kinds are suggested from it)"));
    e.put("leaves.officer_id", new Entry("", "Mã cán bộ nghỉ", "The officer's id"));
    e.put(
        "leaves.kind",
        new Entry(
            names(LeaveKind.class),
            "Loại: đi học, ốm đau, thai sản, khác",
            "Kind: study, sick, maternity, other"));
    e.put("leaves.start", new Entry(DATE, "Ngày bắt đầu nghỉ", "First day of the leave"));
    e.put(
        "leaves.end",
        new Entry(
            DATE, "Ngày kết thúc nghỉ (tính cả ngày này)", "Last day of the leave, inclusive"));
    return java.util.Collections.unmodifiableMap(e);
  }
}
