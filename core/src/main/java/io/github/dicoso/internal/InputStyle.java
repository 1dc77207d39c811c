package io.github.dicoso.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ValueStyle} for an input with a builder of its own ({@code Officer.Builder}, {@code
 * Visit.Builder}...): Immutables generates no builder, only {@code ImmutableX.instance(...)}, which
 * the hand-written builder calls once every required field is set, so that a missing field is
 * reported with the record's id. Source retention, like {@link ValueStyle}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false, builder = false),
    of = "instance",
    allowedClasspathAnnotations = {Override.class})
public @interface InputStyle {}
