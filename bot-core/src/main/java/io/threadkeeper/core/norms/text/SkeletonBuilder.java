package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds one {@link SummarySkeleton}; single use, not thread-safe. */
final class SkeletonBuilder {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n\\s*");
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*\\u2022>]|\\d+[.)])\\s+");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern DECISION =
      Pattern.compile(
          "\\b(?:we'll|we will|decided|let's go with|lets go with|agreed|going with|final answer)"
              + "\\b",
          PressurePatterns.FLAGS);
  private static final Pattern NEGATED_BEFORE =
      Pattern.compile(
          "(?:\\b(?:not|never|yet to)|n't)\\s+(?:\\w+\\s+){0,2}$", PressurePatterns.FLAGS);
  // Member mentions as MessageText renders them: Slack U/W ids, Discord snowflakes.
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\w@])@([UW][A-Z0-9]{2,}|\\d{5,})(?![\\w-])");

  private final Platform platform;
  private final List<ThreadMessageText> messages;
  private final Set<MemberId> participants = new LinkedHashSet<>();
  private final List<AttributedSentence> openQuestions = new ArrayList<>();
  private final Set<AttributedSentence> decisions = new LinkedHashSet<>();
  private final Set<String> links = new LinkedHashSet<>();

  SkeletonBuilder(Platform platform, List<ThreadMessageText> messages) {
    this.platform = platform;
    this.messages = new ArrayList<>(messages);
    this.messages.sort(Comparator.comparing(ThreadMessageText::at));
  }

  SummarySkeleton build() {
    for (int i = 0; i < messages.size(); i++) {
      read(i);
    }
    return new SummarySkeleton(
        List.copyOf(participants),
        first(openQuestions),
        first(List.copyOf(decisions)),
        first(List.copyOf(links)));
  }

  private void read(int index) {
    ThreadMessageText message = messages.get(index);
    MessageText text = MessageText.of(platform, message.text());
    participants.add(message.author());
    links.addAll(text.links());
    for (String sentence : sentences(text.plain())) {
      if (isQuestion(sentence)) {
        if (!answeredAfter(index, sentence)) {
          openQuestions.add(new AttributedSentence(message.author(), shortened(sentence)));
        }
      } else if (soundsDecided(sentence)) {
        decisions.add(new AttributedSentence(message.author(), shortened(sentence)));
      }
    }
  }

  private static List<String> sentences(String plain) {
    List<String> sentences = new ArrayList<>();
    for (String piece : SENTENCE_END.split(plain)) {
      String sentence = LIST_MARKER.matcher(piece.strip()).replaceFirst("").replaceAll("\\s+", " ");
      if (!sentence.isBlank()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  private static boolean isQuestion(String sentence) {
    String trimmed = sentence.replaceAll("[\\s*_~|)\"'\\p{So}]+$", "");
    return trimmed.endsWith("?") && WORD.matcher(sentence).results().count() >= 3;
  }

  /** Answered when someone it names, or anyone but the asker if it names nobody, wrote later. */
  private boolean answeredAfter(int index, String question) {
    MemberId asker = messages.get(index).author();
    Set<MemberId> addressed = new LinkedHashSet<>();
    Matcher mention = MENTION.matcher(question);
    while (mention.find()) {
      addressed.add(new MemberId(mention.group(1)));
    }
    addressed.remove(asker);
    for (ThreadMessageText later : messages.subList(index + 1, messages.size())) {
      boolean answers =
          addressed.isEmpty() ? !later.author().equals(asker) : addressed.contains(later.author());
      if (answers) {
        return true;
      }
    }
    return false;
  }

  private static boolean soundsDecided(String sentence) {
    Matcher decision = DECISION.matcher(sentence);
    while (decision.find()) {
      if (!NEGATED_BEFORE.matcher(sentence.substring(0, decision.start())).find()) {
        return true;
      }
    }
    return false;
  }

  private static String shortened(String sentence) {
    if (sentence.length() <= SummarySkeleton.MAX_SENTENCE) {
      return sentence;
    }
    int cut = SummarySkeleton.MAX_SENTENCE - 1;
    if (Character.isLowSurrogate(sentence.charAt(cut))) {
      cut--;
    }
    return sentence.substring(0, cut).stripTrailing() + "\u2026";
  }

  private static <T> List<T> first(List<T> items) {
    return items.size() <= SummarySkeleton.MAX_ITEMS
        ? items
        : items.subList(0, SummarySkeleton.MAX_ITEMS);
  }
}
