package io.threadkeeper.core.norms.text;

import java.util.Locale;
import java.util.Set;

/**
 * One Slack control sequence, the text between {@code <} and {@code >}: a special mention ({@code
 * !here}), a member ({@code @U123}), a channel ({@code #C123|general}) or a link. Immutable.
 */
final class SlackToken {
  private final String target;
  private final String label;

  SlackToken(String inner) {
    int bar = inner.indexOf('|');
    this.target = bar < 0 ? inner : inner.substring(0, bar);
    this.label = bar < 0 ? "" : inner.substring(bar + 1);
  }

  /** The words rules should read for this token; links it carries are added to {@code links}. */
  String plainText(Set<String> links) {
    if (target.startsWith("!")) {
      return special();
    }
    if (target.startsWith("@")) {
      // The id, never the label: a member may be labelled "here" but is not a broadcast.
      return target;
    }
    if (target.startsWith("#")) {
      return label.isEmpty() ? target : "#" + label;
    }
    if (target.startsWith("http://") || target.startsWith("https://")) {
      links.add(target);
    }
    return label.isEmpty() ? " " : label;
  }

  private String special() {
    String name = target.substring(1);
    int caret = name.indexOf('^');
    name = (caret < 0 ? name : name.substring(0, caret)).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "here" -> "@here";
      case "channel", "group" -> "@channel";
      case "everyone" -> "@everyone";
      case "subteam" -> "@usergroup";
      default -> label.isEmpty() ? " " : label;
    };
  }
}
