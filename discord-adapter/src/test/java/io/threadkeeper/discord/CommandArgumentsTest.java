package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.command.AsyncCommandParser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options written as text read into the same command as the options themselves. */
class CommandArgumentsTest {
  private final AsyncCommandParser parser = new AsyncCommandParser();

  private void assertSameCommand(String path, Map<String, String> options) {
    String text = CommandArguments.of(path, options);
    assertThat(parser.parse(text)).as(text).isEqualTo(parser.parseOptions(path, options));
  }

  @Test
  void everyKindOfOptionReadsTheSameAsText() {
    assertSameCommand("snooze", ordered("reason", "waiting for the venue", "duration", "2d"));
    assertSameCommand("snooze", ordered("duration", "1h30m"));
    assertSameCommand("hours", ordered("hours", "Mon-Fri 09:00-17:00"));
    assertSameCommand("config reply-window", ordered("value", "2d"));
    assertSameCommand("config urgent", ordered("value", "on"));
    assertSameCommand("config quiet-hours", ordered("value", "Mon-Fri 08:00-12:00"));
    assertSameCommand("config show", Map.of());
    assertSameCommand("owner", ordered("member", "123456789012345678"));
    assertSameCommand("forget-me", ordered("confirm", "true"));
    assertSameCommand("forget-me", ordered("confirm", "false"));
    assertSameCommand("summary", ordered("text", "Decision: we book the hall"));
    assertSameCommand("report", ordered("week", "2026-W47"));
  }

  @Test
  void unknownOptionsReachTheGrammarToBeRejected() {
    assertThat(CommandArguments.of("snooze", ordered("duration", "2d", "colour", "blue")))
        .isEqualTo("snooze 2d colour:blue");
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
