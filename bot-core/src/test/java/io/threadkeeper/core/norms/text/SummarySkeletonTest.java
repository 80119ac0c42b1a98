package io.threadkeeper.core.norms.text;

import static io.threadkeeper.core.model.Platform.DISCORD;
import static io.threadkeeper.core.model.Platform.SLACK;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarySkeletonTest {
  private static final MemberId ANA = new MemberId("U0ANA");
  private static final MemberId BEN = new MemberId("U0BEN");
  private static final MemberId CHO = new MemberId("U0CHO");

  private final List<ThreadMessageText> thread = new ArrayList<>();

  private SummarySkeletonTest say(MemberId author, String text) {
    thread.add(new ThreadMessageText(author, Instant.EPOCH.plusSeconds(thread.size() * 60L), text));
    return this;
  }

  private SummarySkeleton skeleton(Platform platform) {
    return SummarySkeleton.of(platform, thread);
  }

  @Test
  void participantsAreDistinctAuthorsInOrderOfTheirFirstMessage() {
    say(BEN, "hi").say(ANA, "hello").say(BEN, "again").say(CHO, "me too");

    assertThat(skeleton(SLACK).participants()).containsExactly(BEN, ANA, CHO);
  }

  @Test
  void messagesAreReadInTimeOrderWhateverOrderTheyArriveIn() {
    thread.add(new ThreadMessageText(ANA, Instant.parse("2024-05-01T10:00:00Z"), "Second."));
    thread.add(new ThreadMessageText(BEN, Instant.parse("2024-05-01T09:00:00Z"), "First."));

    assertThat(skeleton(SLACK).participants()).containsExactly(BEN, ANA);
  }

  @Test
  void aQuestionIsOpenUntilSomeoneElseWritesAfterIt() {
    say(ANA, "Who books the venue? I can do catering.")
        .say(ANA, "Also, who has the projector?")
        .say(BEN, "I'll book the venue.")
        .say(BEN, "Does anyone know the Wi-Fi password?");

    assertThat(skeleton(SLACK).openQuestions())
        .containsExactly(new AttributedSentence(BEN, "Does anyone know the Wi-Fi password?"));
  }

  @Test
  void aQuestionToNamedMembersStaysOpenUntilOneOfThemWrites() {
    say(ANA, "<@U0CHO> can you confirm the room size?").say(BEN, "+1, I'd like to know too");

    assertThat(skeleton(SLACK).openQuestions())
        .containsExactly(new AttributedSentence(ANA, "@U0CHO can you confirm the room size?"));

    say(CHO, "It fits 80.");
    assertThat(skeleton(SLACK).openQuestions()).isEmpty();
  }

  @Test
  void shortQuestionsQuotesAndCodeAreNotOpenQuestions() {
    say(ANA, "??")
        .say(ANA, "ok?")
        .say(ANA, "&gt; who owns the budget?\nthat was last year's question")
        .say(ANA, "`SELECT * FROM rooms WHERE free = true?`");

    assertThat(skeleton(SLACK).openQuestions()).isEmpty();
  }

  @Test
  void sentencesThatSoundDecidedAreCandidateDecisions() {
    say(ANA, "Options are A and B. We'll go with B unless someone objects!")
        .say(BEN, "Agreed. Let's go with B for the spring fair.")
        .say(CHO, "We haven't decided on catering yet. Are we going with the Thai place?")
        .say(ANA, "Final answer: B.");

    assertThat(skeleton(DISCORD).candidateDecisions())
        .extracting(AttributedSentence::text)
        .containsExactly(
            "We'll go with B unless someone objects!",
            "Agreed.",
            "Let's go with B for the spring fair.",
            "Final answer: B.");
  }

  @Test
  void linksAreCollectedOnceFromBothPlatformsMarkup() {
    say(ANA, "Doc: <https://docs.example.org/plan|the plan> and <https://docs.example.org/plan>");
    assertThat(skeleton(SLACK).links()).containsExactly("https://docs.example.org/plan");

    thread.clear();
    say(ANA, "See https://docs.example.org/plan, and https://x.example/y.")
        .say(BEN, "also <https://x.example/y> and [map](https://maps.example/z)");
    assertThat(skeleton(DISCORD).links())
        .containsExactly(
            "https://docs.example.org/plan", "https://x.example/y", "https://maps.example/z");
  }

  @Test
  void longSentencesAreShortenedAndListsAreCapped() {
    String longQuestion = "Could we " + "really ".repeat(60) + "do it?";
    for (int i = 0; i < 15; i++) {
      say(ANA, "We'll do item " + i + ".");
    }
    say(ANA, longQuestion);

    SummarySkeleton skeleton = skeleton(SLACK);

    assertThat(skeleton.candidateDecisions()).hasSize(SummarySkeleton.MAX_ITEMS);
    assertThat(skeleton.openQuestions().get(0).text())
        .hasSize(SummarySkeleton.MAX_SENTENCE)
        .endsWith("\u2026");
  }

  @Test
  void rendersPlainTextWithBulletListsAndNoneForEmptySections() {
    say(ANA, "Who books the venue?").say(ANA, "We'll meet at 6. <https://x.example|map>");

    assertThat(skeleton(SLACK).render())
        .isEqualTo(
            """
            Participants
            - @U0ANA

            Open questions
            - Who books the venue? (@U0ANA)

            Candidate decisions
            - We'll meet at 6. (@U0ANA)

            Links shared
            - https://x.example""");
  }

  @Test
  void anEmptyThreadRendersEmptySections() {
    assertThat(skeleton(DISCORD).render())
        .isEqualTo(
            """
            Participants
            - none

            Open questions
            - none

            Candidate decisions
            - none

            Links shared
            - none""");
  }
}
