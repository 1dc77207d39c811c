/** The eligibility rule: whether an officer is subject to the grassroots-duty requirement. */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.eligibility;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
