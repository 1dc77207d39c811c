package io.github.dicoso.examples.cli;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.variant.ParameterChange;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code presets}: every policy the library ships ({@link Policies#all()}), each with the document
 * that issues it and every parameter it changes from the national rule, with the values before and
 * after and the citation of the change. Parameters are named by their variant-file key; in
 * Vietnamese output by their meaning too (the tool's labels: the library words meanings in English
 * only), with the values in words.
 */
@Command(
    name = "presets",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the policies --policy accepts by name: each preset's document and every parameter it"
          + " changes from the national rule (national-2018), with the source of the change."
    })
final class PresetsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() {
    Labels labels = language.labels(spec);
    Locale locale = labels.locale();
    PrintWriter out = spec.commandLine().getOut();
    Policy national = Policies.national2018();
    List<Policy> all = Policies.all();
    out.println(labels.get("presets.title", String.valueOf(all.size()), national.name()));
    for (Policy policy : all) {
      out.println();
      String words = Vocabulary.policyName(policy.name(), locale);
      out.println(policy.name() + (words.equals(policy.name()) ? "" : " - " + words));
      out.println(
          "  "
              + policy
                  .document()
                  .map(d -> labels.get("presets.document", Vocabulary.citation(d, locale)))
                  .orElse(labels.get("presets.draft")));
      policy
          .document()
          .filter(d -> !d.provision().isEmpty())
          .ifPresent(d -> out.println("  " + provision(policy.name(), d.provision(), labels)));
      Policy base = policy.base().flatMap(Policies::find).orElse(national);
      List<ParameterChange> changes = ParameterChange.between(base, policy);
      if (policy.equals(base) || (changes.isEmpty() && policy.base().isEmpty())) {
        out.println("  " + labels.get("presets.baseline"));
        continue;
      }
      out.println(
          "  " + labels.get("presets.changes", base.name(), String.valueOf(changes.size())));
      for (ParameterChange change : changes) {
        if (vietnamese(labels)) {
          out.println("    " + vietnamese(change, labels));
        } else {
          out.println("    " + change.render(locale));
          out.println("      " + change.parameter().meaning());
        }
      }
    }
    out.flush();
    return DicosoCli.OK;
  }

  private static boolean vietnamese(Labels labels) {
    return labels.locale().getLanguage().equals("vi");
  }

  /**
   * What a preset's document provides, in the language: the library words it in English, so the
   * Vietnamese text is the tool's label {@code presets.provision.NAME} where there is one.
   */
  static String provision(String policy, String provision, Labels labels) {
    return vietnamese(labels)
        ? labels.find("presets.provision." + policy).orElse(provision)
        : provision;
  }

  /**
   * A change in Vietnamese: the parameter's name as the library gives it, with its variant-file key
   * in backquotes, the values before and after in words, and the source of the change.
   */
  static String vietnamese(ParameterChange change, Labels labels) {
    Locale locale = labels.locale();
    String key = change.parameter().key();
    return Vocabulary.value(change.parameter(), locale)
        + " (`"
        + key
        + "`)"
        + ": "
        + inWords(change.parameter(), change.before(), locale)
        + " -> "
        + inWords(change.parameter(), change.after(), locale)
        + " ("
        + Vocabulary.citation(change.citation(), locale)
        + ")";
  }

  /** A value in its variant-file form, in words where the library has them. */
  private static String inWords(Parameter<?> parameter, String text, Locale locale) {
    try {
      return Vocabulary.value(parameter.parse(text), locale);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
