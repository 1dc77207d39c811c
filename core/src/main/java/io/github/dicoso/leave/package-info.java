/**
 * Leaves of absence (study, sickness, maternity) that exempt an officer or reduce the requirement.
 */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.leave;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
