package io.threadkeeper.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The least the bot needs in a server, and the invite URL that asks for exactly that. Read history
 * for the backfill after a fresh session; embed links for nudges and reminders; send in threads for
 * thread reminders. Nothing to manage, delete or mention everyone.
 */
public final class DiscordPermissions {
  public static final Set<Permission> REQUIRED =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_HISTORY);

  private DiscordPermissions() {}

  public static long bitfield() {
    return Permission.getRaw(REQUIRED);
  }

  /** The OAuth2 URL that adds the bot with {@link #REQUIRED} and the slash-command scope. */
  public static String inviteUrl(String applicationId) {
    return "https://discord.com/oauth2/authorize?client_id="
        + applicationId
        + "&scope=bot+applications.commands&permissions="
        + bitfield();
  }
}
