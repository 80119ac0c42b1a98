package io.threadkeeper.core.port;

import io.threadkeeper.core.model.Platform;
import java.util.Optional;

/**
 * Sends the bot's messages to one chat platform; implemented by the Slack adapter (Bolt's {@code
 * MethodsClient}) and the Discord adapter (JDA). The outbox dispatcher is its only caller.
 *
 * <p>Delivery is at-least-once at the transport and exactly-once by contract: the dispatcher marks
 * a row in flight before calling {@link #send}, records the outcome afterwards, and calls {@link
 * #findSent} before it sends a row again that may have reached the platform (after a {@link
 * SendOutcome.TransientFailure}, or a row left in flight by a crashed node). Implementations make
 * that lookup possible by tagging every message with {@link OutboundMessage#outboxId()}.
 *
 * <p>Implementations are thread-safe: the dispatcher may call them from several threads at once.
 */
public interface ChatPlatform {

  /** The platform this implementation serves; the dispatcher routes rows by it. */
  Platform platform();

  /**
   * Posts one message and reports what happened.
   *
   * <p>Must not throw for anything the platform or the network does: every such error maps to an
   * outcome. {@link SendOutcome.RateLimited} only when the platform surely did not post (HTTP 429);
   * {@link SendOutcome.PermanentFailure} only when retrying cannot help; everything else, and in
   * particular a timeout after the request may have been accepted, is a {@link
   * SendOutcome.TransientFailure}. The call should give up within about 30 seconds, well inside the
   * dispatcher's in-flight lease. A thrown exception is treated as a transient failure but logged
   * as a defect.
   *
   * <p>Implementations tag the message with {@code message.outboxId()} (Slack: message metadata
   * {@code threadkeeper_outbox} with the id; Discord: the nonce, with {@code enforce_nonce}) so
   * that {@link #findSent} can recognise it.
   */
  SendOutcome send(OutboundMessage message);

  /**
   * Looks for a message that an earlier {@link #send} of this outbox row posted, e.g. when that
   * call timed out after the platform had accepted it.
   *
   * <p>Slack: the recent history of the channel or thread, for a message whose metadata carries the
   * outbox id. Discord: the recent messages of the channel, for the nonce. Ephemeral messages
   * cannot be looked up; return empty for them (a duplicate ephemeral is the lesser harm).
   *
   * @return the platform message id if the platform has the message, empty if it surely has not
   * @throws RuntimeException when the platform cannot be asked right now; the dispatcher then
   *     retries later and does not send
   */
  Optional<String> findSent(OutboundMessage message);
}
