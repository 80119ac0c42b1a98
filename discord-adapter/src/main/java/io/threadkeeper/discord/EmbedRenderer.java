package io.threadkeeper.discord;

import io.threadkeeper.core.port.MessageBody;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders a {@link MessageBody} as one embed (title, description, inline fields) with its buttons
 * in action rows. Members mentioned in the text are also named in the plain content, because a
 * mention inside an embed shows but never notifies. Stateless and thread-safe.
 */
final class EmbedRenderer {
  /** Separates a button's action id from its value in the custom id Discord hands back. */
  static final char CUSTOM_ID_SEPARATOR = '|';

  private static final int MAX_FIELDS = 25;
  private static final int MAX_BUTTONS = 25;

  private EmbedRenderer() {}

  static MessageCreateData render(MessageBody body) {
    return render(body, false);
  }

  /**
   * @param reportHtml whether a weekly report also carries its HTML page as a file
   */
  static MessageCreateData render(MessageBody body, boolean reportHtml) {
    MessageCreateBuilder builder = new MessageCreateBuilder().setEmbeds(embed(body));
    String mentions =
        DiscordMarkdown.mentionedMembers(body.text()).stream()
            .map(id -> "<@" + id + ">")
            .collect(Collectors.joining(" "));
    if (!mentions.isEmpty()) {
      builder.setContent(mentions);
    }
    List<Button> buttons =
        body.buttons().stream().limit(MAX_BUTTONS).map(EmbedRenderer::button).toList();
    if (!buttons.isEmpty()) {
      builder.setComponents(ActionRow.partitionOf(buttons));
    }
    if (reportHtml && body.report() != null) {
      builder.addFiles(ReportEmbed.htmlFile(body.report()));
    }
    return builder.build();
  }

  static MessageEmbed embed(MessageBody body) {
    if (body.report() != null) {
      return ReportEmbed.embed(body.report());
    }
    EmbedBuilder embed = new EmbedBuilder();
    if (body.title() != null) {
      embed.setTitle(cut(body.title(), MessageEmbed.TITLE_MAX_LENGTH));
    }
    embed.setDescription(cut(DiscordMarkdown.of(body.text()), MessageEmbed.DESCRIPTION_MAX_LENGTH));
    body.fields().stream()
        .limit(MAX_FIELDS)
        .forEach(
            field ->
                embed.addField(
                    cut(field.label(), MessageEmbed.TITLE_MAX_LENGTH),
                    cut(
                        field.value().isBlank() ? "—" : DiscordMarkdown.of(field.value()),
                        MessageEmbed.VALUE_MAX_LENGTH),
                    true));
    return embed.build();
  }

  private static Button button(MessageBody.Button button) {
    String customId = cut(button.actionId() + CUSTOM_ID_SEPARATOR + button.value(), 100);
    return Button.secondary(customId, cut(button.label(), 80));
  }

  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
