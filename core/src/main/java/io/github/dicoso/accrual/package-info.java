/** Day accrual: the ledger of credited days, tagged by kind of work and host level. */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.accrual;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
