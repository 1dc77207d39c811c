package io.github.dicoso.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ValueStyle} for the two results an evaluation makes by the dozen, {@code Finding} and
 * {@code Step}: the same settings, except that their lists and facts are not converted to Guava's
 * immutable collections. Their factories copy them instead ({@code List.copyOf}, {@link
 * FactMap#copyOf}), so that the facts take a compact form. Source retention, like {@link
 * ValueStyle}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false),
    builder = "new",
    of = "instance",
    allMandatoryParameters = false,
    allowedClasspathAnnotations = {Override.class},
    builtinContainerAttributes = false)
public @interface ResultStyle {}
