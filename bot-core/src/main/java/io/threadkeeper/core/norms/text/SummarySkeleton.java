package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The starting point offered to a thread owner who is asked for a summary: who took part, the
 * questions nobody answered, sentences that sound like decisions, and the links shared. Built in
 * memory from the thread's text, which is not kept. Immutable and thread-safe.
 *
 * <p>The heuristics are simple so that they can be explained:
 *
 * <ul>
 *   <li>participants are the distinct authors, in the order of their first message;
 *   <li>a question is a sentence of three words or more that ends in {@code ?}, outside quotes and
 *       code. It is open when nobody answered it: if it mentions members, none of them wrote after
 *       it; otherwise nobody but the asker wrote after it;
 *   <li>a candidate decision is a sentence that is not a question and says "we'll", "we will",
 *       "decided", "let's go with", "agreed", "going with" or "final answer", unless a negation
 *       comes just before ("haven't decided");
 *   <li>links are the http(s) links outside quotes and code, once each, in order.
 * </ul>
 *
 * Each list of sentences and links keeps its first {@value #MAX_ITEMS} entries, and sentences are
 * cut at {@value #MAX_SENTENCE} characters, so the prompt stays short.
 */
public record SummarySkeleton(
    List<MemberId> participants,
    List<AttributedSentence> openQuestions,
    List<AttributedSentence> candidateDecisions,
    List<String> links) {
  public static final int MAX_ITEMS = 10;
  public static final int MAX_SENTENCE = 200;

  public SummarySkeleton {
    participants = List.copyOf(participants);
    openQuestions = List.copyOf(openQuestions);
    candidateDecisions = List.copyOf(candidateDecisions);
    links = List.copyOf(links);
  }

  /** Reads a thread's messages, in any order; they are taken in order of their time. */
  public static SummarySkeleton of(Platform platform, List<ThreadMessageText> messages) {
    Objects.requireNonNull(platform, "platform");
    return new SkeletonBuilder(platform, messages).build();
  }

  /** Plain text with Markdown-style bullets; adapters turn member ids into mentions. */
  public String render() {
    StringBuilder text = new StringBuilder();
    section(text, "Participants", participants, member -> "@" + member.value());
    section(text, "Open questions", openQuestions, SummarySkeleton::attributed);
    section(text, "Candidate decisions", candidateDecisions, SummarySkeleton::attributed);
    section(text, "Links shared", links, Function.identity());
    return text.toString().stripTrailing();
  }

  private static String attributed(AttributedSentence sentence) {
    return sentence.text() + " (@" + sentence.author().value() + ")";
  }

  private static <T> void section(
      StringBuilder text, String title, List<T> items, Function<T, String> line) {
    text.append(title).append('\n');
    if (items.isEmpty()) {
      text.append("- none\n");
    }
    items.forEach(item -> text.append("- ").append(line.apply(item)).append('\n'));
    text.append('\n');
  }
}
