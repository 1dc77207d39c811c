package io.github.dicoso.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Lets the engine make its results in a package other than the result's own, without a public
 * constructor or factory: each such result declares one package-private {@code static T
 * create(...)}, and {@link #create} calls it. Only the library's own packages reach this class (the
 * package is not exported), so users cannot fabricate results.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Friends {
  private static final ClassValue<MethodHandle> FACTORIES =
      new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
          Method factory = null;
          for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals("create")
                && Modifier.isStatic(m.getModifiers())
                && type.isAssignableFrom(m.getReturnType())) {
              if (factory != null) {
                throw new IllegalStateException(type + " declares more than one create method");
              }
              factory = m;
            }
          }
          if (factory == null) {
            throw new IllegalStateException(type + " declares no static create method");
          }
          try {
            MethodHandle handle =
                MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflect(factory);
            // Spread once here: invokeWithArguments would adapt the handle on every call.
            return handle
                .asSpreader(Object[].class, factory.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reach " + factory, e);
          }
        }
      };

  private Friends() {}

  /**
   * Calls the package-private {@code static create(...)} of {@code type} with {@code args}.
   *
   * @param <T> the result's type
   * @param type the result's class
   * @param args the factory's arguments, in order
   * @return the result
   */
  public static <T> T create(Class<T> type, Object... args) {
    try {
      return type.cast((Object) FACTORIES.get(type).invokeExact(args));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
