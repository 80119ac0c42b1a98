package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MessageKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscordEventTranslatorTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private final DiscordEventTranslator translator =
      new DiscordEventTranslator(new ThreadRoots(100));

  private MessagePosted post(String id, String threadChannel, String repliesTo) {
    return translator.posted(
        new DiscordEventTranslator.Posted(
            "900",
            threadChannel == null ? "10" : threadChannel,
            id,
            threadChannel,
            repliesTo,
            "7",
            AuthorKind.HUMAN,
            "text",
            0,
            AT));
  }

  @Test
  void aReplyToAReplyIsGroupedUnderTheFirstMessageOfTheChain() {
    post("1", null, null);
    post("2", null, "1");

    MessagePosted third = post("3", null, "2");

    assertThat(third.threadRoot()).isEqualTo(new MessageKey("1"));
    assertThat(third.channel().value()).isEqualTo("10");
    assertThat(third.workspace().key()).isEqualTo("discord:900");
  }

  @Test
  void aMessageInAThreadChannelBelongsToTheThreadWhoseRootIsTheStarter() {
    MessagePosted starter = post("50", "50", null);
    MessagePosted reply = post("51", "50", null);

    assertThat(starter.isReply()).isFalse();
    assertThat(reply.threadRoot()).isEqualTo(new MessageKey("50"));
    assertThat(reply.channel().value()).isEqualTo("50");
  }

  @Test
  void keysAreTheMessageIdTypeAndEditTime() {
    assertThat(post("1", null, null).key().value()).isEqualTo("message_posted:1");
    assertThat(translator.edited("900", "10", "1", null, "7", "x", AT).key().value())
        .isEqualTo("message_edited:1:" + AT.toEpochMilli());
    assertThat(translator.deleted("900", "10", "1", AT).key().value())
        .isEqualTo("message_deleted:1");
  }

  @Test
  void anEditKnowsTheThreadOfAMessageSeenBefore() {
    post("1", null, null);
    post("2", null, "1");

    assertThat(translator.edited("900", "10", "2", null, "7", "x", AT).threadRoot())
        .isEqualTo(new MessageKey("1"));
  }

  @Test
  void authorsAreSystemSelfBotOrHuman() {
    assertThat(DiscordEventTranslator.authorKind(true, false, false)).isEqualTo(AuthorKind.SYSTEM);
    assertThat(DiscordEventTranslator.authorKind(false, true, true)).isEqualTo(AuthorKind.SELF);
    assertThat(DiscordEventTranslator.authorKind(false, false, true)).isEqualTo(AuthorKind.BOT);
    assertThat(DiscordEventTranslator.authorKind(false, false, false)).isEqualTo(AuthorKind.HUMAN);
  }

  @Test
  void archivingTwiceIsTwoFactsButSeeingAChannelTwiceIsOne() {
    var archived = translator.channel("900", "50", "venue", true, AT);
    var again = translator.channel("900", "50", "venue", true, AT.plusSeconds(60));

    assertThat(archived.key()).isNotEqualTo(again.key());
    assertThat(translator.channel("900", "10", "general", false, AT).key())
        .isEqualTo(translator.channel("900", "10", "general", false, AT).key());
  }
}
