package io.threadkeeper.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.event.AccessRevoked;
import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.event.ReactionRemoved;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.slack.message.BotIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackEventTranslatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WorkspaceRef TEAM = new WorkspaceRef(Platform.SLACK, "T0NW1");
  private static final BotIdentity SELF = new BotIdentity("U0BOT", "B0TK");

  private final SlackEventTranslator translator = new SlackEventTranslator();

  static ObjectNode fixture(String name) {
    try (InputStream in =
        SlackEventTranslatorTest.class.getResourceAsStream("events/" + name + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<ChatEvent> translate(JsonNode callback) {
    return translator.translate(callback, SELF);
  }

  private ChatEvent translated(String fixture) {
    return translate(fixture(fixture)).orElseThrow();
  }

  @Test
  void aPlainMessageIsPostedByAHumanUnderSlacksEventId() {
    MessagePosted posted = (MessagePosted) translated("message-plain");

    assertThat(posted.workspace()).isEqualTo(TEAM);
    assertThat(posted.key()).isEqualTo(EventKey.platform("Ev0PLAIN01"));
    assertThat(posted.channel()).isEqualTo(new ChannelId("C0PLAN"));
    assertThat(posted.message()).isEqualTo(new MessageKey("1772442000.000100"));
    assertThat(posted.occurredAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00.000100Z"));
    assertThat(posted.author()).isEqualTo(new MemberId("U0ANA"));
    assertThat(posted.authorKind()).isEqualTo(AuthorKind.HUMAN);
    assertThat(posted.text()).isEqualTo("<!here> can everyone jump in now?");
    assertThat(posted.isReply()).isFalse();
  }

  @Test
  void aThreadBroadcastIsAReplyShownInTheChannelWithFileLinksRedacted() {
    MessagePosted posted = (MessagePosted) translated("message-broadcast");

    assertThat(posted.threadRoot()).isEqualTo(new MessageKey("1772442000.000100"));
    assertThat(posted.broadcast()).isTrue();
    assertThat(posted.attachments()).isEqualTo(2);
    assertThat(posted.text()).isEqualTo("Decision: we book the hall [file: plan]");
  }

  @Test
  void aBotMessageIsByABot() {
    MessagePosted posted = (MessagePosted) translated("message-bot");

    assertThat(posted.authorKind()).isEqualTo(AuthorKind.BOT);
    assertThat(posted.author()).isEqualTo(new MemberId("B0CI"));
  }

  @Test
  void theBotsOwnMessageIsSelfSoItNeverCountsAsAReply() {
    MessagePosted posted = (MessagePosted) translated("message-self");

    assertThat(posted.authorKind()).isEqualTo(AuthorKind.SELF);
  }

  @Test
  void anEditCarriesTheNewTextAndTheEditor() {
    MessageEdited edited = (MessageEdited) translated("message-changed");

    assertThat(edited.message()).isEqualTo(new MessageKey("1772442000.000100"));
    assertThat(edited.editor()).isEqualTo(new MemberId("U0ANA"));
    assertThat(edited.text()).isEqualTo("no rush, whenever you can");
    assertThat(edited.occurredAt()).isEqualTo(Instant.ofEpochSecond(1772443000L));
  }

  @Test
  void anUnfurlIsNotAnEdit() {
    assertThat(translate(fixture("message-unfurled"))).isEmpty();
  }

  @Test
  void deletingAMonthOldMessageNamesThatMessageAndHappensNow() {
    MessageDeleted deleted = (MessageDeleted) translated("message-deleted-old");

    assertThat(deleted.message()).isEqualTo(new MessageKey("1772442000.000100"));
    assertThat(deleted.occurredAt()).isEqualTo(Instant.parse("2026-04-02T09:00:00.000700Z"));
  }

  @Test
  void reactionsNameTheMessageTheMemberAndTheEmoji() {
    ReactionAdded added = (ReactionAdded) translated("reaction-added");
    ObjectNode removal = fixture("reaction-added");
    ((ObjectNode) removal.get("event")).put("type", "reaction_removed");

    assertThat(added.message()).isEqualTo(new MessageKey("1772442000.000100"));
    assertThat(added.member()).isEqualTo(new MemberId("U0BEN"));
    assertThat(added.reaction()).isEqualTo("white_check_mark");
    assertThat(translate(removal)).get().isInstanceOf(ReactionRemoved.class);
  }

  @Test
  void aProfileChangeCarriesTheTimeZoneAndDeactivation() {
    MemberProfileChanged profile = (MemberProfileChanged) translated("user-change");
    ObjectNode join = fixture("user-change");
    ((ObjectNode) join.get("event")).put("type", "team_join");

    assertThat(profile.member()).isEqualTo(new MemberId("U0PRI"));
    assertThat(profile.timeZone()).isEqualTo("Asia/Kolkata");
    assertThat(profile.deleted()).isTrue();
    assertThat(profile.bot()).isFalse();
    assertThat(translate(join)).get().isInstanceOf(MemberProfileChanged.class);
  }

  @Test
  void aRenamedChannelHasItsNewNameAndAnArchivedOneIsArchived() {
    ChannelChanged renamed = (ChannelChanged) translated("channel-rename");
    ObjectNode archive = fixture("channel-rename");
    ObjectNode event = (ObjectNode) archive.get("event");
    event.put("type", "channel_archive").put("channel", "C0OPS").put("user", "U0ANA");

    assertThat(renamed.name()).isEqualTo("urgent-ops");
    assertThat(renamed.archived()).isFalse();
    ChannelChanged archived = (ChannelChanged) translate(archive).orElseThrow();
    assertThat(archived.channel()).isEqualTo(new ChannelId("C0OPS"));
    assertThat(archived.archived()).isTrue();
  }

  @Test
  void uninstallingAndRevokingTheBotTokenMeanTheBotLostAccess() {
    ObjectNode uninstalled = fixture("channel-rename");
    uninstalled.set("event", JSON.createObjectNode().put("type", "app_uninstalled"));
    ObjectNode revoked = fixture("channel-rename");
    ObjectNode revokedEvent = JSON.createObjectNode().put("type", "tokens_revoked");
    revokedEvent.putObject("tokens").putArray("bot").add("U0BOT");
    revoked.set("event", revokedEvent);

    AccessRevoked gone = (AccessRevoked) translate(uninstalled).orElseThrow();
    AccessRevoked tokenGone = (AccessRevoked) translate(revoked).orElseThrow();

    assertThat(gone.cause()).isEqualTo("app_uninstalled");
    assertThat(gone.workspace()).isEqualTo(tokenGone.workspace());
    assertThat(tokenGone.cause()).isEqualTo("tokens_revoked");
  }

  @Test
  void revokingOnlyUserTokensLeavesTheBotInstalled() {
    ObjectNode revoked = fixture("channel-rename");
    ObjectNode event = JSON.createObjectNode().put("type", "tokens_revoked");
    ObjectNode tokens = event.putObject("tokens");
    tokens.putArray("oauth").add("U0ANA");
    tokens.putArray("bot");
    revoked.set("event", event);

    assertThat(translate(revoked)).isEmpty();
  }

  @Test
  void emptyValuesAndUnknownFieldsLeaveTheEventOutWithoutFailing() {
    assertThat(translate(fixture("empty-values"))).isEmpty();
  }

  @Test
  void unknownEventTypesAndBodiesWithoutATeamAreIgnored() {
    ObjectNode unknown = fixture("message-plain");
    ((ObjectNode) unknown.get("event")).put("type", "emoji_changed");
    ObjectNode teamless = fixture("message-plain");
    teamless.remove("team_id");
    teamless.remove("authorizations");
    ((ObjectNode) teamless.get("event")).remove("team");

    assertThat(translate(unknown)).isEmpty();
    assertThat(translate(teamless)).isEmpty();
  }

  @Test
  void withoutAnEventIdTheKeyComesFromWhatTheEventSaysAndRepeats() {
    ObjectNode first = fixture("message-plain");
    first.remove("event_id");
    ObjectNode again = fixture("message-plain");
    again.put("event_id", "");

    ChatEvent once = translate(first).orElseThrow();

    assertThat(once.key())
        .isEqualTo(EventKey.derived("message_posted", "C0PLAN", "1772442000.000100"));
    assertThat(translate(again).orElseThrow().key()).isEqualTo(once.key());
  }

  @Test
  void theTeamFallsBackToTheAuthorization() {
    ObjectNode callback = fixture("message-plain");
    callback.remove("team_id");

    assertThat(translate(callback).orElseThrow().workspace()).isEqualTo(TEAM);
  }
}
