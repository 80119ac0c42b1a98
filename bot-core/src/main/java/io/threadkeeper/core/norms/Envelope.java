package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Objects;

/**
 * Where, to whom, when and why an effect is delivered: the part every effect shares.
 *
 * @param threadRoot the thread concerned, or {@code null} for an effect about no thread
 * @param deliverAt the first instant inside the recipient's working hours (or at once in an urgent
 *     channel); the outbox holds the effect until then
 * @param shadow whether the channel or workspace is in shadow mode: the effect is recorded as
 *     would-have-sent and never delivered
 */
public record Envelope(
    WorkspaceRef workspace,
    ChannelId channel,
    MessageKey threadRoot,
    Recipient recipient,
    Instant deliverAt,
    Explanation explanation,
    boolean shadow) {

  public Envelope {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(deliverAt, "deliverAt");
    Objects.requireNonNull(explanation, "explanation");
  }
}
