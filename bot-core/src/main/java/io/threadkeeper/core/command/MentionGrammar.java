package io.threadkeeper.core.command;

import io.threadkeeper.core.model.MemberId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person mention as both platforms write it: Slack {@code <@U123ABC>} or {@code
 * <@U123ABC|name>}, Discord {@code <@123456789012345678>} or {@code <@!123456789012345678>}.
 * Problems never repeat the mention. Stateless and thread-safe.
 */
final class MentionGrammar {
  private static final Pattern SLACK_USER = Pattern.compile("<@([UW][A-Z0-9]{2,20})(?:\\|[^>]*)?>");
  private static final Pattern DISCORD_USER = Pattern.compile("<@!?(\\d{15,21})>");
  private static final Pattern GROUP =
      Pattern.compile(
          "<@&\\d+>|<!(?:here|channel|everyone|subteam\\^)[^>]*>|@(?:here|channel|everyone)\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANNEL = Pattern.compile("<#[^>]*>");
  private static final String PICKER =
      "type @ and choose the person from the mention picker, so the command gets who they are";

  private MentionGrammar() {}

  /** Reads the single person named by {@code word}, or throws the problem for {@code usage}. */
  static MemberRef read(Optional<String> word, String usage) {
    String text = word.map(String::strip).orElse("");
    if (text.isEmpty()) {
      throw new ArgumentProblem("Say who: " + PICKER + ".", usage);
    }
    return person(text)
        .map(id -> new MemberRef(new MemberId(id)))
        .orElseThrow(() -> new ArgumentProblem(whyNotAPerson(text), usage));
  }

  private static Optional<String> person(String text) {
    Matcher slack = SLACK_USER.matcher(text);
    if (slack.matches()) {
      return Optional.of(slack.group(1));
    }
    Matcher discord = DISCORD_USER.matcher(text);
    return discord.matches() ? Optional.of(discord.group(1)) : Optional.empty();
  }

  private static String whyNotAPerson(String text) {
    if (GROUP.matcher(text).matches()) {
      return "A thread has one owner: pick a single person, not a group, role or everyone.";
    }
    if (CHANNEL.matcher(text).matches()) {
      return "That is a channel, not a person: " + PICKER + ".";
    }
    if (text.startsWith("@") || text.toLowerCase(Locale.ROOT).startsWith("<@")) {
      return "That name could not be matched to a person: " + PICKER + ".";
    }
    return "That is not a mention of a person: " + PICKER + ".";
  }
}
