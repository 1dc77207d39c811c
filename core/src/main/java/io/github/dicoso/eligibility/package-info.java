/** The eligibility rule: whether an officer is subject to the grassroots-duty requirement. */
@NullMarked
@ValueStyle
package io.github.dicoso.eligibility;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
