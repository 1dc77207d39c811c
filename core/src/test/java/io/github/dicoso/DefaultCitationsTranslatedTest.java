package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.internal.Messages;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every library default the library ships (the citations of every parameter in every shipped
 * policy, and every citation a class of the library holds as a constant) has a Vietnamese text, so
 * that a new default cannot be added untranslated.
 */
class DefaultCitationsTranslatedTest {
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void everyShippedDefault_hasAVietnameseText() throws Exception {
    Set<Citation> defaults = new LinkedHashSet<>();
    for (Citation c : shippedCitations()) {
      if (c.authority() == Citation.Authority.DEFAULT) {
        defaults.add(c);
      }
    }
    // the parameters' defaults and the constants of PopulationEvaluation and Exclusion at least
    assertThat(defaults).hasSizeGreaterThanOrEqualTo(15);
    List<String> untranslated = new ArrayList<>();
    for (Citation c : defaults) {
      if (Messages.defaultProvision(VI, c.provision()).isEmpty()) {
        untranslated.add(Messages.provisionKey(c.provision()) + "  (" + c.provision() + ")");
      }
    }
    assertThat(untranslated)
        .as("add these keys to io/github/dicoso/internal/defaults_vi.properties")
        .isEmpty();
  }

  @Test
  void shippedDefault_vietnameseCitationHoldsNoEnglishProvision() throws Exception {
    for (Citation c : shippedCitations()) {
      if (c.authority() == Citation.Authority.DEFAULT) {
        assertThat(Vocabulary.citation(c, VI))
            .startsWith("mặc định của dicoso: ")
            .doesNotContain(c.provision());
      }
    }
  }

  @Test
  void provisionKey_wordsInLowerCaseJoinedByHyphens() {
    assertThat(Messages.provisionKey("One date (ốm đau) -- 30 + 20 = 50."))
        .isEqualTo("one-date-ốm-đau-30-20-50");
  }

  /** The citations of every shipped policy's parameters and every constant of the library. */
  private static List<Citation> shippedCitations() throws Exception {
    List<Citation> all = new ArrayList<>();
    for (Parameter<?> p : Parameter.all()) {
      all.add(p.nationalCitation());
    }
    for (Policy policy : Policies.all()) {
      policy.document().ifPresent(all::add);
      for (Parameter<?> p : Parameter.all()) {
        all.add(policy.citation(p));
      }
    }
    for (Class<?> type : libraryClasses()) {
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Citation.class) {
          f.setAccessible(true);
          Object value = f.get(null);
          if (value instanceof Citation c) {
            all.add(c);
          }
        }
      }
    }
    return all;
  }

  /** Every class of the library's main code. */
  private static List<Class<?>> libraryClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names =
          files
              .map(root::relativize)
              .map(Path::toString)
              .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class"))
              .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .toList();
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(Class.forName(name, true, Vocabulary.class.getClassLoader()));
    }
    return classes;
  }
}
