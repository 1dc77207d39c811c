/**
 * The requirement rule: days required of an officer after partial service, leaves and exemptions.
 */
@NullMarked
@ValueStyle
package io.github.dicoso.requirement;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
