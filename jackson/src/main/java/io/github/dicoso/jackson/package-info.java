/**
 * JSON for the inputs, policies and results of dicoso, as a Jackson 2 module: {@link
 * io.github.dicoso.jackson.DicosoModule}.
 */
@NullMarked
package io.github.dicoso.jackson;

import org.jspecify.annotations.NullMarked;
