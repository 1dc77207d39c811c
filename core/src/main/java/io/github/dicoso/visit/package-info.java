/** Grassroots visits: dates, kinds of work, host unit and the evidence behind them. */
@NullMarked
@ValueStyle
package io.github.dicoso.visit;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
