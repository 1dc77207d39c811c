package io.github.dicoso.jackson;

import static io.github.dicoso.jackson.Mappers.MAPPER;
import static io.github.dicoso.jackson.Mappers.roundTrip;
import static io.github.dicoso.jackson.Mappers.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.VariantComparison;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DicosoModuleTest {
  /**
   * A provincial officer in 2019: 59 days in one long visit, a half-day branch meeting (59.5 in
   * all), an unapproved visit in 2020, and a leave that neither exempts nor reduces.
   */
  static OfficerRecord record() {
    Officer officer =
        Officer.builder()
            .id("BT-05")
            .name("Nguyễn Thị Lan")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .department("Ban Tổ chức")
            .addServicePeriods(ServicePeriod.from(LocalDate.of(2018, 3, 1)))
            .build();
    Visit long59 =
        Visit.builder()
            .id("V-1")
            .officerId("BT-05")
            .start(LocalDate.of(2019, 3, 1))
            .end(LocalDate.of(2019, 4, 28))
            .addKinds(KindOfWork.THEMATIC, KindOfWork.INSPECTION)
            .hostUnit("Huyện đoàn Tuy Phong")
            .hostLevel(HostLevel.DISTRICT)
            .reportDate(LocalDate.of(2019, 5, 2))
            .build();
    Visit meeting =
        Visit.builder()
            .id("V-2")
            .officerId("BT-05")
            .start(LocalDate.of(2019, 6, 12))
            .halfDay(true)
            .description("dự sinh hoạt chi đoàn thôn 3")
            .hostUnit("Chi đoàn thôn 3")
            .hostLevel(HostLevel.BRANCH)
            .build();
    Visit unapproved =
        Visit.builder()
            .id("V-3")
            .officerId("BT-05")
            .start(LocalDate.of(2020, 1, 5))
            .end(LocalDate.of(2020, 1, 6))
            .addKinds(KindOfWork.MEETING)
            .approved(false)
            .hostUnit("Xã Phước Thể")
            .hostLevel(HostLevel.COMMUNE)
            .build();
    Leave other =
        Leave.of("BT-05", LeaveKind.OTHER, LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 10));
    return OfficerRecord.of(officer, List.of(long59, meeting, unapproved), List.of(other));
  }

  static Evaluation evaluation() {
    return Evaluator.of(Policies.national2018()).evaluate(record(), Year.of(2019));
  }

  @Test
  void evaluation_writtenAtTheTopLevel_carriesSchemaAndPlainWireForms() throws Exception {
    Evaluation evaluation = evaluation();
    JsonNode json = MAPPER.readTree(write(evaluation));

    assertThat(evaluation.credited()).isEqualTo(Days.ofHalves(119));
    assertThat(json.fieldNames().next()).isEqualTo("schema");
    assertThat(json.get("schema").asText()).isEqualTo("dicoso-evaluation/1");
    assertThat(json.get("credited").isNumber()).isTrue();
    assertThat(json.get("credited").decimalValue()).isEqualByComparingTo("59.5");
    assertThat(json.get("period").get("start").asText()).isEqualTo("2019-01-01");
    assertThat(json.get("period").get("end").asText()).isEqualTo("2019-12-31");
    assertThat(json.get("status").asText()).isEqualTo(evaluation.status().name());
    assertThat(json.get("ledger").get("entries")).hasSize(2);
    assertThat(json.get("ledger").get("days")).hasSize(60);
  }

  @Test
  void evaluation_stepsAndFindings_areDataWithTypedFacts() throws Exception {
    JsonNode json = MAPPER.readTree(write(evaluation()));
    JsonNode steps = json.get("explanation").get("steps");
    JsonNode accrual = null;
    for (JsonNode s : steps) {
      if (s.get("rule").asText().equals("ACCRUAL")) {
        accrual = s;
      }
    }

    assertThat(steps.get(0).get("rule").asText()).isEqualTo("ELIGIBILITY");
    assertThat(steps.get(0).get("outcome").asText()).isEqualTo("SUBJECT_LEVEL_AND_EMPLOYMENT");
    assertThat(accrual).isNotNull();
    assertThat(accrual.get("facts").get("credited").get("type").asText()).isEqualTo("Days");
    assertThat(accrual.get("facts").get("credited").get("value").decimalValue())
        .isEqualByComparingTo("59.5");
    assertThat(accrual.get("facts").get("visits").get("type").asText()).isEqualTo("Integer");
    assertThat(json.toString()).doesNotContain("Violation: ").doesNotContain("Vi phạm");
  }

  @Test
  void evaluation_readsBackEqual_andRendersAsBefore() {
    Evaluation evaluation = evaluation();
    Evaluation read = roundTrip(evaluation, Evaluation.class);

    assertThat(read).isEqualTo(evaluation);
    assertThat(read.render(Locale.forLanguageTag("vi")))
        .isEqualTo(evaluation.render(Locale.forLanguageTag("vi")));
    assertThat(read.hint()).isEqualTo(evaluation.hint());
  }

  @Test
  void evaluation_nestedInAPopulationEvaluation_carriesNoSchema() throws Exception {
    PopulationEvaluation evaluation =
        Evaluator.of(Policies.national2018())
            .evaluateAll(Population.of(List.of(record())), Year.of(2019));
    JsonNode json = MAPPER.readTree(write(evaluation));

    assertThat(json.get("schema").asText()).isEqualTo("dicoso-population-evaluation/1");
    assertThat(json.get("evaluations").get(0).has("schema")).isFalse();
    assertThat(roundTrip(evaluation, PopulationEvaluation.class)).isEqualTo(evaluation);
  }

  @Test
  void unitReport_readsBackEqual_ratesKeepTheirScale() throws Exception {
    UnitReport report = UnitReport.of("Tỉnh đoàn Bình Thuận", List.of(evaluation()));
    JsonNode json = MAPPER.readTree(write(report));
    UnitReport read = roundTrip(report, UnitReport.class);

    assertThat(json.get("rate").decimalValue()).isEqualByComparingTo("0");
    assertThat(read).isEqualTo(report);
    assertThat(read.rate()).hasValueSatisfying(r -> assertThat(r.scale()).isEqualTo(4));
  }

  @Test
  void comparison_readsBackEqual_variantsDeriveFromShippedPolicies() {
    ComparisonResult result =
        VariantComparison.of(Policies.national2018(), Policies.thirtyDayYear())
            .compare(Population.of(List.of(record())), Year.of(2019));
    ComparisonResult read = roundTrip(result, ComparisonResult.class);

    assertThat(result.statusChanges()).hasSize(1);
    assertThat(read).isEqualTo(result);
    assertThat(read.render(Locale.ENGLISH)).isEqualTo(result.render(Locale.ENGLISH));
  }

  @Test
  void policy_isWrittenInVariantForm_onlyWhatItChanges() throws Exception {
    Policy policy =
        Policy.variantOf(Policies.national2018())
            .name("hau-giang-trial")
            .set(Parameter.REQUIRED_DAYS, Days.ofHalves(59))
            .set(Parameter.COUNT_UNAPPROVED, false)
            .build();
    JsonNode json = MAPPER.readTree(write(policy));

    assertThat(json.get("schema").asText()).isEqualTo("dicoso-policy/1");
    assertThat(json.get("base").asText()).isEqualTo("national-2018");
    assertThat(json.has("document")).isFalse();
    assertThat(json.get("parameters").size()).isEqualTo(2);
    assertThat(json.get("parameters").get("required-days").decimalValue())
        .isEqualByComparingTo("29.5");
    assertThat(json.get("parameters").get("count-unapproved").booleanValue()).isFalse();
    assertThat(roundTrip(policy, Policy.class)).isEqualTo(policy);
  }

  @Test
  void policy_withAnUnknownBase_failsNamingIt_andReadsWithTheBaseRegistered() throws Exception {
    Policy province =
        Policy.variantOf(Policies.national2018())
            .name("binh-thuan-2021")
            .document(
                Citation.builder()
                    .authority(Citation.Authority.PROVINCIAL)
                    .document("9-KH/TĐTN")
                    .build())
            .set(Parameter.REQUIRED_DAYS, Days.of(45))
            .build();
    Policy trial = Policy.variantOf(province).name("binh-thuan-trial").build();
    ObjectMapper withBase =
        new ObjectMapper().registerModule(new DicosoModule().withBases(List.of(province)));
    String json = withBase.writeValueAsString(trial);

    assertThatThrownBy(() -> MAPPER.readValue(json, Policy.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("policy binh-thuan-trial")
        .hasMessageContaining("\"binh-thuan-2021\"")
        .hasMessageContaining("withBases");
    assertThatThrownBy(() -> MAPPER.writeValueAsString(trial))
        .hasMessageContaining("binh-thuan-2021");
    assertThat(withBase.readValue(json, Policy.class)).isEqualTo(trial);
  }

  @Test
  void read_badDate_namesTheRecordTheFieldAndTheValue() throws Exception {
    ObjectNode visit = (ObjectNode) MAPPER.readTree(write(record().visits().get(0)));
    visit.put("start", "2019-13-01");

    assertThatThrownBy(() -> MAPPER.treeToValue(visit, Visit.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("visit V-1")
        .hasMessageContaining("\"start\"")
        .hasMessageContaining("2019-13-01");
  }

  @Test
  void read_unknownLevel_namesTheOfficerAndTheKnownLevels() throws Exception {
    ObjectNode officer = (ObjectNode) MAPPER.readTree(write(record().officer()));
    officer.put("level", "COMMUNE");

    assertThatThrownBy(() -> MAPPER.treeToValue(officer, Officer.class))
        .hasMessageContaining("officer BT-05")
        .hasMessageContaining("\"level\"")
        .hasMessageContaining("\"COMMUNE\"")
        .hasMessageContaining("CENTRAL, PROVINCIAL, DISTRICT");
  }

  @Test
  void read_leaveEndingBeforeItStarts_failsNamingTheLeave() throws Exception {
    ObjectNode leave = (ObjectNode) MAPPER.readTree(write(record().leaves().get(0)));
    leave.put("end", "2019-07-01");

    assertThatThrownBy(() -> MAPPER.treeToValue(leave, Leave.class))
        .hasMessageContaining("leave of officer BT-05")
        .hasMessageContaining("2019-07-01");
  }

  @Test
  void read_topLevelWithoutOrWithAnotherSchema_fails() throws Exception {
    ObjectNode officer = (ObjectNode) MAPPER.readTree(write(record().officer()));
    officer.remove("schema");
    String without = officer.toString();
    officer.put("schema", "dicoso-officer/2");
    String other = officer.toString();

    assertThatThrownBy(() -> MAPPER.readValue(without, Officer.class))
        .hasMessageContaining("no \"schema\" field")
        .hasMessageContaining("dicoso-officer/1");
    assertThatThrownBy(() -> MAPPER.readValue(other, Officer.class))
        .hasMessageContaining("\"dicoso-officer/2\"");
  }

  @Test
  void read_tamperedLedger_failsNamingTheVisit() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(write(evaluation()));
    ArrayNode credited = (ArrayNode) json.get("ledger").get("entries").get(0).get("creditedDates");
    ((ObjectNode) credited.get(0)).put("end", "2019-05-28");

    assertThatThrownBy(() -> MAPPER.treeToValue(json, Evaluation.class))
        .hasMessageContaining("ledger of officer BT-05")
        .hasMessageContaining("visit V-1")
        .hasMessageContaining("not what the accrual rule gives");
  }

  @Test
  void read_statusContradictingTheDays_failsNamingTheEvaluation() throws Exception {
    Evaluation evaluation = evaluation();
    ObjectNode json = (ObjectNode) MAPPER.readTree(write(evaluation));
    json.put("status", Status.COMPLIANT.name());

    assertThatThrownBy(() -> MAPPER.treeToValue(json, Evaluation.class))
        .hasMessageContaining("evaluation of officer BT-05");
  }

  @Test
  void days_areAJsonNumber() throws Exception {
    assertThat(MAPPER.writeValueAsString(Days.ofHalves(119))).isEqualTo("59.5");
    assertThat(MAPPER.writeValueAsString(Days.of(60))).isEqualTo("60");
    assertThat(MAPPER.readValue("59.5", Days.class)).isEqualTo(Days.ofHalves(119));
    assertThatThrownBy(() -> MAPPER.readValue("59.25", Days.class))
        .hasMessageContaining("59.25")
        .hasMessageContaining("half");
  }

  @Test
  void findAndRegisterModules_findsTheModule() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();

    assertThat(found.getRegisteredModuleIds()).contains(DicosoModule.class.getName());
    assertThat(found.readValue(write(record()), OfficerRecord.class)).isEqualTo(record());
  }
}
