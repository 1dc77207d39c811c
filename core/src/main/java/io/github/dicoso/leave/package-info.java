/**
 * Leaves of absence (study, sickness, maternity) that exempt an officer or reduce the requirement.
 */
@NullMarked
@ValueStyle
package io.github.dicoso.leave;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
