/**
 * Findings: what a check noticed about an officer's visits or plans, with its severity and source.
 */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.finding;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
