package io.threadkeeper.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {
  private static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T1");
  private static final ChannelId CHANNEL = new ChannelId("C1");
  private static final MemberId MEMBER = new MemberId("U1");
  private static final MessageKey ROOT = new MessageKey("1700000000.000100");
  private static final MessageBody BODY = MessageBody.text("Reminder: *venue contract*");

  private static OutboundMessage message(
      Delivery delivery, ChannelId channel, MessageKey root, MemberId recipient) {
    return new OutboundMessage(7, WORKSPACE, delivery, channel, root, recipient, BODY, "evt-1");
  }

  @Test
  void eachDeliveryKindAcceptsItsAddress() {
    assertThat(message(Delivery.CHANNEL, CHANNEL, null, null).rateLimitKey())
        .isEqualTo("slack:T1/post/C1");
    assertThat(message(Delivery.THREAD_REPLY, CHANNEL, ROOT, null).rateLimitKey())
        .isEqualTo("slack:T1/post/C1");
    assertThat(message(Delivery.EPHEMERAL, CHANNEL, null, MEMBER).rateLimitKey())
        .isEqualTo("slack:T1/ephemeral/C1");
    assertThat(message(Delivery.DIRECT_MESSAGE, null, null, MEMBER).rateLimitKey())
        .isEqualTo("slack:T1/direct/U1");
  }

  @Test
  void anAddressThatDoesNotFitTheDeliveryIsRejected() {
    assertThatThrownBy(() -> message(Delivery.THREAD_REPLY, CHANNEL, null, null))
        .hasMessageContaining("root");
    assertThatThrownBy(() -> message(Delivery.DIRECT_MESSAGE, CHANNEL, null, MEMBER))
        .hasMessageContaining("no channel");
    assertThatThrownBy(() -> message(Delivery.EPHEMERAL, CHANNEL, null, null))
        .hasMessageContaining("member");
    assertThatThrownBy(() -> message(Delivery.CHANNEL, null, null, null))
        .hasMessageContaining("needs a channel");
  }

  @Test
  void aBodyNeedsTextAndCopiesItsLists() {
    List<MessageBody.Button> buttons =
        new java.util.ArrayList<>(List.of(new MessageBody.Button("claim", "Claim", "42")));
    MessageBody body = new MessageBody("Overdue", "text", buttons, null);
    buttons.clear();

    assertThat(body.buttons()).hasSize(1);
    assertThat(body.fields()).isEmpty();
    assertThatThrownBy(() -> MessageBody.text(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void outcomesValidateTheirFields() {
    assertThatThrownBy(() -> new SendOutcome.RateLimited(Duration.ofSeconds(-1), "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SendOutcome.PermanentFailure(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SendOutcome.Sent("1700000000.000200").platformMessageId())
        .isEqualTo("1700000000.000200");
  }
}
