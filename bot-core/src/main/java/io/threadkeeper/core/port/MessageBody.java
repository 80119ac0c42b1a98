package io.threadkeeper.core.port;

import io.threadkeeper.core.report.WeeklyReport;
import java.util.List;
import java.util.Objects;

/**
 * What an outbound message says, platform-neutral: adapters render it as Block Kit or an embed.
 *
 * @param title a heading, or {@code null}
 * @param text the body in light Markdown: {@code *bold*}, {@code _italic_}, {@code `code`}, links
 *     as {@code <url|label>}, {@code <@member>} mentions, {@code -} bullets
 * @param buttons interactive buttons, in order; may be empty
 * @param fields label/value pairs shown as a compact table; may be empty
 * @param report the weekly thread-health report this message carries, which adapters render from
 *     the model itself (Block Kit, an embed); {@code null} for every other message, and {@code
 *     text} is then what a client that cannot show the report shows
 */
public record MessageBody(
    String title, String text, List<Button> buttons, List<Field> fields, WeeklyReport report) {
  public MessageBody {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a message needs some text");
    }
    buttons = List.copyOf(buttons == null ? List.of() : buttons);
    fields = List.copyOf(fields == null ? List.of() : fields);
  }

  /** A message without a report. */
  public MessageBody(String title, String text, List<Button> buttons, List<Field> fields) {
    this(title, text, buttons, fields, null);
  }

  public static MessageBody text(String text) {
    return new MessageBody(null, text, List.of(), List.of());
  }

  /** A button; {@code actionId} routes the click back to a handler, {@code value} rides along. */
  public record Button(String actionId, String label, String value) {
    public Button {
      requireText(actionId, "button actionId");
      requireText(label, "button label");
      Objects.requireNonNull(value, "button value");
    }
  }

  /** A labelled value, e.g. {@code Owner: @ana}. */
  public record Field(String label, String value) {
    public Field {
      requireText(label, "field label");
      Objects.requireNonNull(value, "field value");
    }
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
