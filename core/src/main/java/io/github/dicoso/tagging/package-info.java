/** Tagging free-text activity descriptions with the kinds of work they describe. */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.tagging;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
