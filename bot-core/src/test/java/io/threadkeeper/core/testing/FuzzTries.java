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
 *
 * <p>The build's short run uses a fixed seed, so a build is repeatable and never turns red on an
 * input no one changed code for; a run that names its tries, or a seed with {@code
 * threadkeeper.fuzz.seed}, explores new inputs (jqwik prints the seed of any failure).
 */
public final class FuzzTries implements AroundPropertyHook {
  public static final String PROPERTY = "threadkeeper.fuzz.tries";
  public static final String SEED_PROPERTY = "threadkeeper.fuzz.seed";
  public static final int DEFAULT_TRIES = 2_000;
  private static final String BUILD_SEED = "20261125";

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    context.attributes().setTries(Integer.getInteger(PROPERTY, DEFAULT_TRIES));
    String seed = System.getProperty(SEED_PROPERTY);
    if (seed != null) {
      context.attributes().setSeed(seed);
    } else if (System.getProperty(PROPERTY) == null) {
      context.attributes().setSeed(BUILD_SEED);
    }
    return property.execute();
  }
}
