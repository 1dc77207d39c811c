/** Tagging free-text activity descriptions with the kinds of work they describe. */
@NullMarked
@ValueStyle
package io.github.dicoso.tagging;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
