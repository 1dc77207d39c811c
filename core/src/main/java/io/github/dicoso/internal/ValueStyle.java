package io.github.dicoso.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the library, on every package that has value types ({@link ResultStyle}
 * differs in one setting, for findings and steps): generated implementations are package-private
 * and never appear in a signature, and the public way to make an input is its own {@code builder()}
 * or factory (the generated ones are {@code new ImmutableX.Builder()} and {@code
 * ImmutableX.instance(...)}, so that they never clash with them). Source retention: nothing of it
 * reaches a class file, so a consumer needs no Immutables annotation on its class path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // the generated builders are package-private too: a public class nested in a package-private
    // one is unreachable, but it would still count as public to javap and to reviewers
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false),
    builder = "new",
    of = "instance",
    allMandatoryParameters = false,
    // no annotation of the class path on generated code (a listed entry: an empty list allows all)
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
