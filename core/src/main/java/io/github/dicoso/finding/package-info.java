/**
 * Findings: what a check noticed about an officer's visits or plans, with its severity and source.
 */
@NullMarked
@ValueStyle
package io.github.dicoso.finding;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
