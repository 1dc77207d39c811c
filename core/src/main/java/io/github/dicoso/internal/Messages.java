package io.github.dicoso.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's texts in English and Vietnamese, from the resource bundles {@code
 * io/github/dicoso/internal/Messages.properties} and {@code Messages_vi.properties} (UTF-8).
 * Vietnamese is used for a locale whose language is {@code vi}; English for any other, whatever the
 * JVM's default locale. A message names its values ({@code {credited}}); the caller says how a
 * value is written (see {@code io.github.dicoso.Vocabulary}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Messages {
  private static final String BUNDLE = "io.github.dicoso.internal.Messages";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final String DEFAULTS_VI = "defaults_vi.properties";

  private Messages() {}

  /** The bundle for {@code locale}: Vietnamese for language {@code vi}, English otherwise. */
  public static ResourceBundle bundle(Locale locale) {
    // Locale.ROOT has no fallback to the JVM's default locale, so English is English everywhere.
    Locale target = isVietnamese(locale) ? VIETNAMESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, target, Messages.class.getModule());
  }

  /** Whether {@code locale} is Vietnamese. */
  public static boolean isVietnamese(Locale locale) {
    return VIETNAMESE.getLanguage().equals(locale.getLanguage());
  }

  /** The text of {@code key}, or the key itself when the bundle lacks it. */
  public static String text(Locale locale, String key) {
    return text(bundle(locale), key);
  }

  /**
   * The message {@code key} with its named values filled in, each written by {@code writer};
   * unknown names stay as written.
   */
  public static String format(
      Locale locale, String key, Map<String, ?> values, BiFunction<Object, Locale, String> writer) {
    Matcher m = PLACEHOLDER.matcher(text(bundle(locale), key));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : writer.apply(value, locale)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The text of {@code key} if the bundle has it. */
  public static Optional<String> optionalText(Locale locale, String key) {
    ResourceBundle b = bundle(locale);
    return b.containsKey(key) ? Optional.of(b.getString(key)) : Optional.empty();
  }

  /** A sentence with its sources before the full stop: {@code Required days: 60 (source).} */
  public static String cited(String sentence, String citations) {
    String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    return body + " (" + citations + ").";
  }

  /**
   * The Vietnamese text of a provision of one of the library's defaults (written in English where
   * it is made), from the resource {@code io/github/dicoso/internal/defaults_vi.properties}, whose
   * keys are the English provisions as {@link #provisionKey} writes them; empty when the locale is
   * not Vietnamese or the provision has no translation (a default a user wrote).
   */
  public static Optional<String> defaultProvision(Locale locale, String provision) {
    if (!isVietnamese(locale)) {
      return Optional.empty();
    }
    return Optional.ofNullable(DefaultsVi.TEXTS.getProperty(provisionKey(provision)));
  }

  /**
   * The key of a provision in {@code defaults_vi.properties}: its words in lower case joined by
   * hyphens ({@code "unapproved visits count but are reported"} is {@code
   * unapproved-visits-count-but-are-reported}).
   */
  public static String provisionKey(String provision) {
    String words = NOT_WORD.matcher(provision.toLowerCase(Locale.ROOT)).replaceAll("-");
    int start = words.startsWith("-") ? 1 : 0;
    int end = words.endsWith("-") && words.length() > start ? words.length() - 1 : words.length();
    return words.substring(start, Math.max(start, end));
  }

  /** Holds the Vietnamese texts of the library's defaults, read on first use. */
  private static final class DefaultsVi {
    static final Properties TEXTS = read();

    private static Properties read() {
      Properties texts = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream(DEFAULTS_VI)) {
        if (in == null) {
          throw new IllegalStateException(DEFAULTS_VI + " is missing from the module");
        }
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + DEFAULTS_VI, e);
      }
      return texts;
    }
  }

  private static String text(ResourceBundle b, String key) {
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
