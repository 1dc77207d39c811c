/**
 * Annual compliance evaluation of officers and units, with findings and explanations that cite
 * their sources.
 */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.compliance;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
