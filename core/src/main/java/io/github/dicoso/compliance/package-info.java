/**
 * Annual compliance evaluation of officers and units, with findings and explanations that cite
 * their sources.
 */
@NullMarked
@ValueStyle
package io.github.dicoso.compliance;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
