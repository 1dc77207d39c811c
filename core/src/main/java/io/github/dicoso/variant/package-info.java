/**
 * Local variants of the rule: policies derived from a base with named changes, the presets seen in
 * the sources, effective dating, variant files, static checks of a policy and the comparison of a
 * population under a baseline and its variants.
 */
@NullMarked
@ValueStyle
package io.github.dicoso.variant;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
