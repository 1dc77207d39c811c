/**
 * Quarterly scheduling: windows (đợt) inside each quarter, registered and approved plans, the
 * checks on them, the load on host units, pacing towards the year's requirement and participation.
 */
@NullMarked
@ValueStyle
package io.github.dicoso.schedule;

import io.github.dicoso.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
