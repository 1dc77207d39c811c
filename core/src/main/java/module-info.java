/**
 * The "1+2" grassroots-duty rule of the Ho Chi Minh Communist Youth Union as code: who is subject,
 * who is exempt, how many days are required and how many are credited.
 */
@SuppressWarnings("module") // io.github.dicoso.jackson is built after core, so javac cannot see it
module io.github.dicoso.core {
  requires com.google.common;
  requires transitive org.threeten.extra;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.dicoso;
  exports io.github.dicoso.officer;
  exports io.github.dicoso.leave;
  exports io.github.dicoso.visit;
  exports io.github.dicoso.eligibility;
  exports io.github.dicoso.requirement;
  exports io.github.dicoso.accrual;
  exports io.github.dicoso.finding;
  exports io.github.dicoso.tagging;
  exports io.github.dicoso.schedule;
  exports io.github.dicoso.compliance;
  exports io.github.dicoso.variant;

  // The storage module rebuilds stored results through internal.Friends; no one else reaches it.
  exports io.github.dicoso.internal to
      io.github.dicoso.jackson;
}
