/**
 * Quarterly scheduling: windows (đợt) inside each quarter, registered and approved plans, the
 * checks on them, the load on host units, pacing towards the year's requirement and participation.
 */
@NullMarked
@Value.Style(
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.github.dicoso.schedule;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
