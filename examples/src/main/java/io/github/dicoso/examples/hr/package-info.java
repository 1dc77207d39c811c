/**
 * The HR-database example: a job that reads officers, service periods, leaves and visits of one or
 * several years from an HR database by JDBC, evaluates them, and writes each officer's evaluation
 * back (summary columns and the JSON document of dicoso-jackson), one transaction per year.
 */
@NullMarked
package io.github.dicoso.examples.hr;

import org.jspecify.annotations.NullMarked;
