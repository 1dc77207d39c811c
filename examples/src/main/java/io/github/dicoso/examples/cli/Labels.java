package io.github.dicoso.examples.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the tool's reports in English or Vietnamese, from the resource bundle {@code
 * io.github.dicoso.examples.cli.labels}. The language is the one {@code --lang} names; its default
 * follows the user's locale ({@link LanguageDefault}), never the JVM's default locale.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Labels {
  /** The languages the tool speaks, by their {@code --lang} code. */
  static final List<String> LANGUAGES = List.of("en", "vi");

  private final Locale locale;
  private final ResourceBundle bundle;

  private Labels(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** The labels of language {@code code}, {@code en} or {@code vi}. */
  static Labels of(String code) {
    if (!LANGUAGES.contains(code)) {
      throw new IllegalArgumentException("language '" + code + "' is not one of " + LANGUAGES);
    }
    Locale locale = code.equals("en") ? Locale.ROOT : Locale.forLanguageTag(code);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "io.github.dicoso.examples.cli.labels",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Labels(code.equals("en") ? Locale.ENGLISH : locale, bundle);
  }

  /** The language's locale (for number formats and the explanation's language). */
  Locale locale() {
    return locale;
  }

  /** The label of {@code key} if the bundle has one (no arguments filled in). */
  java.util.Optional<String> find(String key) {
    return bundle.containsKey(key)
        ? java.util.Optional.of(bundle.getString(key))
        : java.util.Optional.empty();
  }

  /** The label of {@code key}, with {@code arguments} filled in. */
  String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
