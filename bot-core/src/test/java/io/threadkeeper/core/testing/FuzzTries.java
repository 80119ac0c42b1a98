package io.threadkeeper.core.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets a property's tries from the system property {@code threadkeeper.fuzz.tries} (default 2,000),
 * since an annotation value cannot be read at run time and {@code jqwik.tries.default} does not
 * override tries a property names itself. Every fuzzing property of every module uses it, so one
 * {@code -Dthreadkeeper.fuzz.tries=100000} runs them all long.
 */
public final class FuzzTries implements AroundPropertyHook {
  public static final String PROPERTY = "threadkeeper.fuzz.tries";
  public static final int DEFAULT_TRIES = 2_000;

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(Integer.getInteger(PROPERTY, DEFAULT_TRIES));
    return property.execute();
  }
}
