package io.github.dicoso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, as the style guide states it: packages depend one way (values, then rules,
 * then the evaluation, then variants), without cycles; {@code internal} is exported to the storage
 * module only; nothing in core reaches the examples.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.dicoso";

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void packages_dependOneWay_valuesRulesEvaluationVariants() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Values")
        .definedBy(ROOT, ROOT + ".officer", ROOT + ".leave", ROOT + ".visit", ROOT + ".finding")
        .layer("Rules")
        .definedBy(
            ROOT + ".eligibility",
            ROOT + ".requirement",
            ROOT + ".accrual",
            ROOT + ".tagging",
            ROOT + ".schedule")
        .layer("Evaluation")
        .definedBy(ROOT + ".compliance")
        .layer("Variants")
        .definedBy(ROOT + ".variant")
        .layer("Internal")
        .definedBy(ROOT + ".internal")
        .whereLayer("Values")
        .mayOnlyAccessLayers("Internal")
        .whereLayer("Rules")
        .mayOnlyAccessLayers("Values", "Internal")
        .whereLayer("Evaluation")
        .mayOnlyAccessLayers("Values", "Rules", "Internal")
        .whereLayer("Variants")
        .mayOnlyAccessLayers("Values", "Rules", "Evaluation", "Internal")
        .whereLayer("Internal")
        .mayNotAccessAnyLayer()
        .check(CORE);
  }

  @Test
  void packages_haveNoCycles() {
    slices().assignedFrom(byPackage()).should().beFreeOfCycles().check(CORE);
  }

  @Test
  void core_neverReachesTheExamples() {
    noClasses().should().dependOnClassesThat().resideInAPackage(ROOT + ".examples..").check(CORE);
  }

  @Test
  void moduleDescriptor_exportsEveryPackageButInternal() throws IOException, URISyntaxException {
    Set<String> packages = CORE.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
    ModuleDescriptor module;
    // core's own module-info.class, beside its classes (on the module path or the class path)
    Path classes =
        Path.of(Policy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in, () -> packages);
    }
    Set<String> exported =
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertThat(packages).contains(ROOT + ".internal");
    assertThat(exported)
        .doesNotContain(ROOT + ".internal")
        .containsExactlyInAnyOrderElementsOf(
            packages.stream().filter(p -> !p.equals(ROOT + ".internal")).toList());
    // internal reaches one module only: dicoso-jackson, which rebuilds stored results.
    assertThat(module.exports())
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(ROOT + ".internal");
              assertThat(e.targets()).containsExactly(ROOT + ".jackson");
            });
  }

  /**
   * One slice per package, the root package included (ArchUnit's "(*).." patterns leave it out).
   */
  private static SliceAssignment byPackage() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        return name.equals(ROOT) || name.startsWith(ROOT + ".")
            ? SliceIdentifier.of(name)
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "packages of core";
      }
    };
  }
}
