/**
 * The requirement rule: days required of an officer after partial service, leaves and exemptions.
 */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.requirement;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
