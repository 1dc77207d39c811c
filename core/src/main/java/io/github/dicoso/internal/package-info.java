/** Implementation details shared by the rule packages; not exported. */
@NullMarked
package io.github.dicoso.internal;

import org.jspecify.annotations.NullMarked;
