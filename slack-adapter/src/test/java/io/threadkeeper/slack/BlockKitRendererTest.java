package io.threadkeeper.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import io.threadkeeper.core.port.MessageBody;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
  private final BlockKitRenderer renderer = new BlockKitRenderer();

  @Test
  void broadcastMentionsInTextAreShownLiterallyWhileMemberMentionsAndLinksStay() {
    String escaped =
        SlackText.escape(
            "<@U0ANA> said <!here> & <!channel> <!subteam^S1> see <https://ex.org/a?b=1|doc>");

    assertThat(escaped)
        .isEqualTo(
            "<@U0ANA> said &lt;!here&gt; &amp; &lt;!channel&gt; &lt;!subteam^S1&gt;"
                + " see <https://ex.org/a?b=1|doc>");
  }

  @Test
  void aBodyBecomesHeaderSectionFieldsAndButtons() {
    MessageBody body =
        new MessageBody(
            "Thread overdue",
            "<@U0ANA>, nobody has answered yet.",
            List.of(new MessageBody.Button("thread.claim", "I'll take it", "C0PLAN/1.0")),
            List.of(new MessageBody.Field("Owner", "<@U0ANA>")));

    List<LayoutBlock> blocks = renderer.blocks(body);

    assertThat(blocks)
        .hasExactlyElementsOfTypes(
            HeaderBlock.class, SectionBlock.class, SectionBlock.class, ActionsBlock.class);
    assertThat(renderer.fallbackText(body)).startsWith("Thread overdue\n<@U0ANA>");
  }

  @Test
  void longTextIsSplitIntoSectionsWithinSlacksLimit() {
    List<LayoutBlock> blocks = renderer.blocks(MessageBody.text("a".repeat(7_000)));

    assertThat(blocks).hasSize(3);
    assertThat(((SectionBlock) blocks.get(0)).getText().getText()).hasSize(3_000);
  }

  @Test
  void retryAfterIsReadInSecondsWithADefaultForAnythingElse() {
    assertThat(SlackErrors.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
    assertThat(SlackErrors.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(SlackErrors.retryAfter(null)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void errorCodesThatRetryingCannotFixArePermanent() {
    SlackErrors errors = new SlackErrors();

    assertThat(errors.refused("channel_not_found"))
        .isEqualTo(new io.threadkeeper.core.port.SendOutcome.NotInChannel("channel_not_found"));
    assertThat(errors.refused("user_not_in_channel"))
        .isEqualTo(new io.threadkeeper.core.port.SendOutcome.NotInChannel("user_not_in_channel"));
    assertThat(errors.refused("is_archived"))
        .isInstanceOf(io.threadkeeper.core.port.SendOutcome.PermanentFailure.class);
    assertThat(errors.refused("internal_error"))
        .isInstanceOf(io.threadkeeper.core.port.SendOutcome.TransientFailure.class);
  }
}
