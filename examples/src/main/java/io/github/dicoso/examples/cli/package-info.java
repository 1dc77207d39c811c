/**
 * The dicoso command-line tool: reads officers, leaves and visits in the CSV exchange format,
 * evaluates a year, and writes per-officer results (CSV, JSON, HTML) and the unit report.
 */
@NullMarked
package io.github.dicoso.examples.cli;

import org.jspecify.annotations.NullMarked;
