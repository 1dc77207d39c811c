/**
 * Entry points and the rule's parameters: {@link io.github.dicoso.Policy}, {@link
 * io.github.dicoso.Policies}, {@link io.github.dicoso.Days} and {@link io.github.dicoso.Citation}.
 */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
