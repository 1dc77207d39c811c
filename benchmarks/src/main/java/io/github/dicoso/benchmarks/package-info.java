/**
 * JMH benchmarks of the library on a synthetic population, against a primitive-array limit, Java
 * Streams and embedded SQL engines, and the runner that writes their results table.
 */
@NullMarked
package io.github.dicoso.benchmarks;

import org.jspecify.annotations.NullMarked;
