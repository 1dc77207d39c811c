/** Grassroots visits: dates, kinds of work, host unit and the evidence behind them. */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.visit;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
