package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer compiled with {@code -Xlint:all -Werror} against core and core's run-time dependencies
 * alone (the class path Maven resolves for {@code runtime}, in {@code
 * target/runtime-classpath.txt}) compiles without a warning, as a module and on the class path: no
 * annotation of a compile-time-only library (Immutables, Error Prone, NullAway) leaks into what a
 * consumer reads.
 */
class StrictConsumerTest {
  private static final String CONSUMER =
      """
      package com.example.hr;

      import io.github.dicoso.Days;
      import io.github.dicoso.Parameter;
      import io.github.dicoso.Policies;
      import io.github.dicoso.Policy;
      import io.github.dicoso.Sources;
      import io.github.dicoso.Vocabulary;
      import io.github.dicoso.compliance.Evaluation;
      import io.github.dicoso.compliance.Evaluator;
      import io.github.dicoso.compliance.OfficerRecord;
      import io.github.dicoso.compliance.Population;
      import io.github.dicoso.compliance.PopulationEvaluation;
      import io.github.dicoso.compliance.UnitReport;
      import io.github.dicoso.leave.Leave;
      import io.github.dicoso.leave.LeaveKind;
      import io.github.dicoso.officer.Employment;
      import io.github.dicoso.officer.Level;
      import io.github.dicoso.officer.Officer;
      import io.github.dicoso.schedule.QuarterlyPlan;
      import io.github.dicoso.schedule.ScheduleCalendars;
      import io.github.dicoso.variant.ComparisonResult;
      import io.github.dicoso.variant.VariantComparison;
      import io.github.dicoso.variant.VariantFile;
      import io.github.dicoso.visit.HostLevel;
      import io.github.dicoso.visit.KindOfWork;
      import io.github.dicoso.visit.Visit;
      import java.time.LocalDate;
      import java.time.Year;
      import java.util.List;
      import java.util.Locale;

      public final class Hr {
        private Hr() {}

        public static String run() {
          Officer.Builder officer =
              Officer.builder().id("O-1").level(Level.PROVINCIAL).employment(Employment.FULL_TIME);
          Visit.Builder visit =
              Visit.builder()
                  .id("V-1")
                  .officerId("O-1")
                  .start(LocalDate.of(2019, 4, 1))
                  .addKinds(KindOfWork.THEMATIC)
                  .hostUnit("Huyện đoàn Hàm Tân")
                  .hostLevel(HostLevel.DISTRICT);
          Leave leave =
              Leave.of("O-1", LeaveKind.SICK, LocalDate.of(2019, 9, 1), LocalDate.of(2019, 9, 30));
          OfficerRecord record = OfficerRecord.of(officer.build(), List.of(visit.build()), List.of(leave));
          Policy thirty =
              Policy.variantOf(Policies.national2018())
                  .name("thirty")
                  .document(Sources.ninhThuan2020("30 days"))
                  .set(Parameter.REQUIRED_DAYS, Days.of(30))
                  .build();
          Evaluation e = Evaluator.of(thirty).evaluate(record, Year.of(2019));
          PopulationEvaluation all = Evaluator.of(thirty).evaluateAll(Population.of(List.of(record)), Year.of(2019));
          UnitReport report = all.report("unit");
          ComparisonResult compared =
              VariantComparison.of(Policies.national2018(), thirty)
                  .compare(Population.of(List.of(record)), Year.of(2019));
          QuarterlyPlan.Builder plan = QuarterlyPlan.builder();
          return e.render(Locale.ENGLISH)
              + report.render(Locale.forLanguageTag("vi"))
              + compared.render(Locale.ENGLISH)
              + VariantFile.write(thirty)
              + Vocabulary.label(e.status(), Locale.ENGLISH)
              + ScheduleCalendars.binhThuan2019()
              + plan;
        }
      }
      """;

  @Test
  void consumerModule_strictLint_compilesWithoutWarnings(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    write(
        src.resolve("module-info.java"),
        "module com.example.hr { requires io.github.dicoso.core; }");
    write(src.resolve("com/example/hr/Hr.java"), CONSUMER);
    assertThat(compile(dir, src, "--module-path")).isEmpty();
  }

  @Test
  void consumerOnTheClassPath_strictLint_compilesWithoutWarnings(@TempDir Path dir)
      throws Exception {
    Path src = dir.resolve("src");
    write(src.resolve("com/example/hr/Hr.java"), CONSUMER);
    assertThat(compile(dir, src, "--class-path")).isEmpty();
  }

  /** Compiles every source under {@code src}; the diagnostics, empty when there are none. */
  private static String compile(Path dir, Path src, String pathOption)
      throws IOException, URISyntaxException {
    List<String> path = new ArrayList<>();
    path.add(
        Path.of(Policy.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
    String runtime =
        Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8)
            .strip();
    if (!runtime.isEmpty()) {
      path.addAll(List.of(runtime.split(File.pathSeparator)));
    }
    List<String> options =
        List.of(
            "--release",
            "17",
            "-Xlint:all",
            "-Werror",
            "-encoding",
            "UTF-8",
            "-d",
            dir.resolve("out").toString(),
            pathOption,
            String.join(File.pathSeparator, path));
    List<File> sources = new ArrayList<>();
    try (var files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toFile()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  out,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      StringBuilder report = new StringBuilder(ok ? "" : "failed: ").append(out);
      diagnostics.getDiagnostics().forEach(d -> report.append(d).append('\n'));
      return report.toString();
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
