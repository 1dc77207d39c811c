/** Day accrual: the ledger of credited days, tagged by kind of work and host level. */
@NullMarked
@ValueStyle
package io.github.dicoso.accrual;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
