/** Runnable examples of the library's API, each run and checked by a test. */
@NullMarked
package io.github.dicoso.examples;

import org.jspecify.annotations.NullMarked;
