/**
 * Local variants of the rule: policies derived from a base with named changes, the presets seen in
 * the sources, effective dating, variant files, static checks of a policy and the comparison of a
 * population under a baseline and its variants.
 */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.variant;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
