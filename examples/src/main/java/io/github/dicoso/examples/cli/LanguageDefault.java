package io.github.dicoso.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The default of {@code --lang}, from the user's locale: {@code vi} when the first of the
 * environment variables {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set starts
 * with {@code vi} (as {@code vi_VN.UTF-8} does), {@code en} otherwise. Every other option keeps the
 * default its annotation gives.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LanguageDefault implements IDefaultValueProvider {
  /** The variables that name the locale, most specific first, as the C library reads them. */
  static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  private final String language;

  LanguageDefault(Map<String, String> environment) {
    this.language = language(environment);
  }

  /** {@code vi} or {@code en}, from {@code environment} as the class comment says. */
  static String language(Map<String, String> environment) {
    for (String variable : VARIABLES) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("vi") ? "vi" : "en";
      }
    }
    return "en";
  }

  @Override
  public @Nullable String defaultValue(ArgSpec argument) {
    if (argument instanceof OptionSpec option && option.longestName().equals("--lang")) {
      return language;
    }
    return null;
  }
}
