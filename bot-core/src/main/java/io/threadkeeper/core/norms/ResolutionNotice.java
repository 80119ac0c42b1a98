package io.threadkeeper.core.norms;

import java.util.Objects;

/**
 * A notice in the thread that the bot closed it: marked stale after a warning went unanswered.
 *
 * @param archiveDryRun whether archiving is only reported ("would archive"), which is the default
 */
public record ResolutionNotice(Envelope envelope, boolean archiveDryRun) implements Effect {
  public ResolutionNotice {
    Objects.requireNonNull(envelope, "envelope");
  }
}
