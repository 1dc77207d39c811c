package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of core, written to {@code core/api/dicoso-core.api}: every exported type with its
 * public and protected members, one per line, sorted. The test fails when the API differs from the
 * committed file, so every change to the API is a visible diff; run it with {@code
 * -Ddicoso.api.update=true} to rewrite the file.
 */
class ApiTest {
  private static final Path API_FILE = Path.of("api", "dicoso-core.api");

  @Test
  void api_equalsTheCommittedApiFile() throws Exception {
    List<String> api = api();
    if (Boolean.getBoolean("dicoso.api.update")) {
      Files.createDirectories(API_FILE.getParent());
      Files.write(API_FILE, api, StandardCharsets.UTF_8);
    }
    assertThat(API_FILE)
        .as("the API changed: review the diff, then run the tests with -Ddicoso.api.update=true")
        .exists();
    assertThat(Files.readAllLines(API_FILE, StandardCharsets.UTF_8)).isEqualTo(api);
  }

  @Test
  void api_hasNoGeneratedTypeAndAtMost800PublicMethods() throws Exception {
    List<String> api = api();
    assertThat(api).noneMatch(line -> line.contains(".Immutable"));
    assertThat(api).noneMatch(line -> line.contains("com.google.common"));
    long methods = api.stream().filter(line -> line.startsWith("  ") && line.contains("(")).count();
    assertThat(methods).isLessThanOrEqualTo(800);
  }

  /** The API as sorted lines: a type line, then its members indented by two spaces. */
  static List<String> api() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes =
        Path.of(Policy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> exported = exportedPackages(classes);
    List<String> lines = new ArrayList<>();
    TreeSet<String> typeNames = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String relative = classes.relativize(f).toString().replace('\\', '/');
        if (!relative.endsWith(".class") || relative.equals("module-info.class")) {
          continue;
        }
        String name =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (exported.contains(pkg)) {
          typeNames.add(name);
        }
      }
    }
    for (String name : typeNames) {
      Class<?> type = Class.forName(name, false, ApiTest.class.getClassLoader());
      if (!visible(type)) {
        continue;
      }
      lines.add(
          Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE)
              + " "
              + kind(type)
              + " "
              + type.getTypeName()
              + supertypes(type));
      TreeSet<String> members = new TreeSet<>();
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          members.add(f.toGenericString());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          members.add(signature(c));
        }
      }
      for (Method m : type.getMethods()) {
        // public methods declared here, or inherited from a class users cannot name
        if (!m.isSynthetic()
            && !m.isBridge()
            && (m.getDeclaringClass() == type
                || (!Modifier.isPublic(m.getDeclaringClass().getModifiers())
                    && m.getDeclaringClass() != Object.class))) {
          members.add(signature(m));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isProtected(m.getModifiers()) && !m.isSynthetic()) {
          members.add(signature(m));
        }
      }
      members.forEach(m -> lines.add("  " + m));
    }
    return lines;
  }

  private static Set<String> exportedPackages(Path classes) throws IOException {
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in).exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    }
  }

  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!visible(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    }
    if (type.isEnum()) {
      return "enum";
    }
    if (type.isRecord()) {
      return "record";
    }
    return type.isInterface() ? "interface" : "class";
  }

  private static String supertypes(Class<?> type) {
    List<String> parts = new ArrayList<>();
    if (type.getGenericSuperclass() != null
        && type.getSuperclass() != Object.class
        && !type.isEnum()
        && !type.isRecord()) {
      parts.add("extends " + type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      parts.add(
          (type.isInterface() ? "extends " : "implements ")
              + Stream.of(type.getGenericInterfaces())
                  .map(java.lang.reflect.Type::getTypeName)
                  .collect(Collectors.joining(", ")));
    }
    return parts.isEmpty() ? "" : " " + String.join(" ", parts);
  }

  /** A member's generic signature with the declaring type left out of its name. */
  private static String signature(Executable e) {
    String s = e.toGenericString();
    String owner = e.getDeclaringClass().getTypeName() + ".";
    return s.replace(owner, "");
  }
}
