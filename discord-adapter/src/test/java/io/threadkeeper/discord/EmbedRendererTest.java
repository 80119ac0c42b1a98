package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.port.MessageBody;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedRendererTest {
  @Test
  void lightMarkdownBecomesDiscordMarkdown() {
    assertThat(DiscordMarkdown.of("*Owner*: see <https://example.org/a|the agenda>"))
        .isEqualTo("**Owner**: see [the agenda](https://example.org/a)");
  }

  @Test
  void aBodyBecomesAnEmbedWithFieldsButtonsAndPingableMentions() {
    MessageBody body =
        new MessageBody(
            "Reminder",
            "<@123456789012345678> this thread waits for a reply",
            List.of(new MessageBody.Button("thread.snooze", "Snooze 1d", "42")),
            List.of(new MessageBody.Field("Due", "Thursday")));

    var data = EmbedRenderer.render(body);

    assertThat(data.getContent()).isEqualTo("<@123456789012345678>");
    assertThat(data.getEmbeds())
        .singleElement()
        .satisfies(
            embed -> {
              assertThat(embed.getTitle()).isEqualTo("Reminder");
              assertThat(embed.getFields()).extracting(f -> f.getName()).containsExactly("Due");
            });
    assertThat(data.getComponents().toString()).contains("thread.snooze|42");
  }

  @Test
  void theSignatureOfOurDefinitionIsStable() {
    assertThat(AsyncSlashCommand.signature(AsyncSlashCommand.definition()))
        .isEqualTo(AsyncSlashCommand.signature(AsyncSlashCommand.definition()))
        .contains("config urgent");
  }
}
