package io.threadkeeper.deploy.sample;

import io.threadkeeper.deploy.sample.SampleCommunity.Channel;
import io.threadkeeper.deploy.sample.SampleCommunity.Kind;
import io.threadkeeper.deploy.sample.SampleCommunity.Member;
import io.threadkeeper.deploy.sample.SampleCommunity.Team;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

/** Users and channels as Slack writes them to {@code users.json} and {@code channels.json}. */
final class ProfileShapes {
  // Offsets and zone labels as they were in the middle of the export.
  private static final Instant MIDDLE =
      SampleCommunity.FIRST_DAY.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant();
  // Profiles were last touched a few weeks before the export; a deactivation is more recent.
  private static final long PROFILES_UPDATED = 1_790_000_000L;
  private static final long DEACTIVATED =
      SampleCommunity.FIRST_DAY.plusDays(3).atTime(17, 0).toEpochSecond(ZoneOffset.UTC);

  private ProfileShapes() {}

  static Map<String, Object> user(Member member, Team team) {
    boolean bot = member.kind() == Kind.BOT;
    Map<String, Object> user =
        PrettyJson.object(
            "id", member.id(),
            "team_id", team.id(),
            "name", member.handle(),
            "deleted", member.kind() == Kind.DELETED,
            "color", colour(member.id()),
            "real_name", member.realName());
    user.putAll(zone(member.zone()));
    user.put("profile", profile(member, team));
    user.put("is_admin", member.roles().contains("admin"));
    user.put("is_owner", member.roles().contains("owner"));
    user.put("is_primary_owner", member.roles().contains("owner"));
    user.put("is_restricted", false);
    user.put("is_ultra_restricted", false);
    user.put("is_bot", bot);
    user.put("is_app_user", false);
    user.put(
        "updated",
        member.kind() == Kind.DELETED
            ? DEACTIVATED
            : PROFILES_UPDATED + Math.floorMod(member.id().hashCode(), 2_000_000));
    user.put("is_email_confirmed", !bot);
    user.put("who_can_share_contact_card", "EVERYONE");
    return user;
  }

  /** The short profile Slack copies into every message a person writes. */
  static Map<String, Object> messageProfile(Member member, Team team) {
    return PrettyJson.object(
        "avatar_hash", avatarHash(member.id()),
        "first_name", firstName(member.realName()),
        "real_name", member.realName(),
        "display_name", member.handle(),
        "team", team.id(),
        "name", member.handle(),
        "is_restricted", false,
        "is_ultra_restricted", false);
  }

  static Map<String, Object> channel(
      Channel channel, String creatorId, long topicSet, Collection<String> members) {
    long created = channel.created().atTime(9, 0).toEpochSecond(ZoneOffset.UTC);
    return PrettyJson.object(
        "id", channel.id(),
        "name", channel.name(),
        "created", created,
        "creator", creatorId,
        "is_archived", channel.archived(),
        "is_general", channel.general(),
        "members", List.copyOf(members),
        "topic",
            PrettyJson.object("value", channel.topic(), "creator", creatorId, "last_set", topicSet),
        "purpose",
            PrettyJson.object(
                "value", channel.purpose(), "creator", creatorId, "last_set", created));
  }

  private static Map<String, Object> profile(Member member, Team team) {
    Map<String, Object> profile =
        PrettyJson.object(
            "title",
            member.title(),
            "phone",
            "",
            "skype",
            "",
            "real_name",
            member.realName(),
            "real_name_normalized",
            normalized(member.realName()),
            "display_name",
            member.kind() == Kind.BOT ? "" : member.handle(),
            "display_name_normalized",
            member.kind() == Kind.BOT ? "" : member.handle(),
            "fields",
            null,
            "status_text",
            "",
            "status_emoji",
            "",
            "status_expiration",
            0,
            "avatar_hash",
            avatarHash(member.id()));
    if (member.kind() == Kind.BOT) {
      profile.put("api_app_id", member.appId());
      profile.put("always_active", true);
      profile.put("bot_id", member.botId());
    }
    profile.put("first_name", firstName(member.realName()));
    profile.put(
        "last_name", member.realName().substring(firstName(member.realName()).length()).trim());
    profile.put("team", team.id());
    return profile;
  }

  private static Map<String, Object> zone(ZoneId zone) {
    boolean summer = zone.getRules().isDaylightSavings(MIDDLE);
    return PrettyJson.object(
        "tz", zone.getId(),
        "tz_label",
            TimeZone.getTimeZone(zone).getDisplayName(summer, TimeZone.LONG, Locale.ENGLISH),
        "tz_offset", zone.getRules().getOffset(MIDDLE).getTotalSeconds());
  }

  private static String firstName(String realName) {
    int space = realName.indexOf(' ');
    return space < 0 ? realName : realName.substring(0, space);
  }

  private static String normalized(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace("ı", "i");
  }

  private static String colour(String id) {
    return String.format("%06x", Math.floorMod(id.hashCode() * 2_654_435_761L, 0xFFFFFFL));
  }

  private static String avatarHash(String id) {
    return "g"
        + UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 11);
  }
}
