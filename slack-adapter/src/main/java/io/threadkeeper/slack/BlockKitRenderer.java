package io.threadkeeper.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.threadkeeper.core.port.CommandReply.FormField;
import io.threadkeeper.core.port.CommandReply.FormRequest;
import io.threadkeeper.core.port.MemberOverview;
import io.threadkeeper.core.port.MessageBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders platform-neutral message bodies and forms as Block Kit, within Slack's size limits. All
 * text is escaped with {@link SlackText}, so nothing the bot sends can ping a whole channel.
 *
 * <p>Thread-safe (stateless).
 */
public final class BlockKitRenderer {
  // Slack's limits: section text 3000, header 150, 10 fields, 25 buttons, label 75, value 2000.
  private static final int SECTION_TEXT = 3000;
  private static final int HEADER_TEXT = 150;
  private static final int MAX_FIELDS = 10;
  private static final int MAX_BUTTONS = 25;
  private static final int BUTTON_LABEL = 75;
  private static final int BUTTON_VALUE = 2000;
  private static final int FALLBACK_TEXT = 3900;
  private static final int MODAL_TITLE = 24;

  public List<LayoutBlock> blocks(MessageBody body) {
    if (body.report() != null) {
      return ReportBlocks.blocks(body.report());
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    if (body.title() != null && !body.title().isBlank()) {
      blocks.add(
          HeaderBlock.builder().text(plain(SlackText.shorten(body.title(), HEADER_TEXT))).build());
    }
    String text = SlackText.escape(body.text());
    for (int at = 0; at < text.length(); at += SECTION_TEXT) {
      String part = text.substring(at, Math.min(text.length(), at + SECTION_TEXT));
      blocks.add(SectionBlock.builder().text(markdown(part)).build());
    }
    if (!body.fields().isEmpty()) {
      blocks.add(SectionBlock.builder().fields(fields(body.fields())).build());
    }
    if (!body.buttons().isEmpty()) {
      blocks.add(ActionsBlock.builder().elements(buttons(body.buttons())).build());
    }
    return blocks;
  }

  /** The App Home tab: the member's overview, one part after the other. */
  public View home(MemberOverview overview) {
    List<LayoutBlock> blocks = new ArrayList<>(blocks(overview.threads()));
    blocks.add(DividerBlock.builder().build());
    blocks.addAll(blocks(overview.settings()));
    return View.builder().type("home").blocks(blocks).build();
  }

  /** The plain text shown in notifications and by clients that cannot show blocks. */
  public String fallbackText(MessageBody body) {
    String title = body.title() == null || body.title().isBlank() ? "" : body.title() + "\n";
    return SlackText.shorten(SlackText.escape(title + body.text()), FALLBACK_TEXT);
  }

  /** A modal whose submission comes back with {@code callback_id} = the form id. */
  public View modal(FormRequest form) {
    List<LayoutBlock> inputs = new ArrayList<>();
    for (FormField field : form.fields()) {
      inputs.add(
          InputBlock.builder()
              .blockId(field.id())
              .label(plain(SlackText.shorten(field.label(), 2000)))
              .optional(!field.required())
              .element(
                  PlainTextInputElement.builder()
                      .actionId(field.id())
                      .multiline(field.multiline())
                      .initialValue(field.initialValue().isEmpty() ? null : field.initialValue())
                      .build())
              .build());
    }
    return View.builder()
        .type("modal")
        .callbackId(form.formId())
        .title(title(form.title()))
        .submit(ViewSubmit.builder().type("plain_text").text("Submit").build())
        .blocks(inputs)
        .build();
  }

  private static List<TextObject> fields(List<MessageBody.Field> fields) {
    List<TextObject> out = new ArrayList<>();
    for (MessageBody.Field field : fields.subList(0, Math.min(fields.size(), MAX_FIELDS))) {
      String text = "*" + SlackText.escape(field.label()) + "*\n" + SlackText.escape(field.value());
      out.add(markdown(SlackText.shorten(text, 2000)));
    }
    return out;
  }

  private static List<BlockElement> buttons(List<MessageBody.Button> buttons) {
    List<BlockElement> out = new ArrayList<>();
    for (MessageBody.Button button : buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS))) {
      out.add(
          ButtonElement.builder()
              .actionId(button.actionId())
              .text(plain(SlackText.shorten(button.label(), BUTTON_LABEL)))
              .value(SlackText.shorten(button.value(), BUTTON_VALUE))
              .build());
    }
    return out;
  }

  private static ViewTitle title(String text) {
    return ViewTitle.builder()
        .type("plain_text")
        .text(SlackText.shorten(text, MODAL_TITLE))
        .build();
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).build();
  }

  private static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).build();
  }
}
