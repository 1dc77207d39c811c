/** Officers of the Youth Union: level, employment, committee membership and periods of service. */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.officer;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
