/** Officers of the Youth Union: level, employment, committee membership and periods of service. */
@NullMarked
@ValueStyle
package io.github.dicoso.officer;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
