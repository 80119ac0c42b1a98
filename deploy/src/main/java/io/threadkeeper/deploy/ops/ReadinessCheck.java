package io.threadkeeper.deploy.ops;

import java.util.Optional;

/** One condition for {@code /readyz}: empty when it holds, else the reason in a few words. */
@FunctionalInterface
public interface ReadinessCheck {
  Optional<String> problem();
}
