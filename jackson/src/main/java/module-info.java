/**
 * JSON for dicoso: a Jackson 2 module ({@link io.github.dicoso.jackson.DicosoModule}) that writes
 * and reads the inputs, the policies and the results of io.github.dicoso.core.
 */
module io.github.dicoso.jackson {
  requires transitive io.github.dicoso.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.dicoso.jackson;

  provides com.fasterxml.jackson.databind.Module with
      io.github.dicoso.jackson.DicosoModule;
}
