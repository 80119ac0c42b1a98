package io.threadkeeper.discord;

import io.threadkeeper.core.port.CommandReply;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** Renders the desk's form requests as Discord modals (at most five inputs). Stateless. */
final class Forms {
  private static final int MAX_INPUTS = 5;
  private static final int MAX_VALUE = 4_000;

  private Forms() {}

  static Modal modal(CommandReply.FormRequest form) {
    Modal.Builder modal =
        Modal.create(EmbedRenderer.cut(form.formId(), 100), EmbedRenderer.cut(form.title(), 45));
    form.fields().stream().limit(MAX_INPUTS).forEach(field -> modal.addComponents(input(field)));
    return modal.build();
  }

  private static Label input(CommandReply.FormField field) {
    TextInput.Builder input =
        TextInput.create(
                field.id(), field.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
            .setRequired(field.required());
    if (!field.initialValue().isEmpty()) {
      input.setValue(EmbedRenderer.cut(field.initialValue(), MAX_VALUE));
    }
    return Label.of(EmbedRenderer.cut(field.label(), 45), input.build());
  }
}
