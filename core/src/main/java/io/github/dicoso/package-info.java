/**
 * Entry points and the rule's parameters: {@link io.github.dicoso.Policy}, {@link
 * io.github.dicoso.Policies}, {@link io.github.dicoso.Days} and {@link io.github.dicoso.Citation}.
 */
@NullMarked
@ValueStyle
package io.github.dicoso;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
