package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.Platform;
import java.util.Optional;

/**
 * Port to the text rules that recognise "jump in now" pressure in a message. Implementations must
 * be pure, thread-safe and ignore code blocks and quotes.
 */
@FunctionalInterface
public interface PressureDetector {

  /**
   * The pressure {@code text} puts on its readers, if any.
   *
   * @param text the message in the platform's markup; read in memory, never kept
   * @param urgentChannel whether the channel is meant for urgent work
   * @param authorIsBot whether a bot or integration wrote it
   */
  Optional<PressureFinding> find(
      Platform platform, String text, boolean urgentChannel, boolean authorIsBot);
}
