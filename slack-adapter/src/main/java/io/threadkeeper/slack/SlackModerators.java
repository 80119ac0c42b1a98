package io.threadkeeper.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says whether Slack counts a member as a moderator: a workspace owner or admin, or a member of the
 * configured user group. The group's members are asked from Slack at most once a minute per
 * workspace. When Slack cannot say, the member is not a moderator: the desk then denies and audits.
 *
 * <p>Thread-safe.
 */
final class SlackModerators {
  private static final Logger log = LoggerFactory.getLogger(SlackModerators.class);
  static final Duration GROUP_CACHE = Duration.ofMinutes(1);

  private record Members(Set<String> ids, Instant fetchedAt) {}

  private final Optional<String> groupId;
  private final Clock clock;
  private final Map<String, Members> groups = new ConcurrentHashMap<>();

  /**
   * @param groupId the user group whose members moderate, if any
   */
  SlackModerators(Optional<String> groupId, Clock clock) {
    this.groupId = groupId;
    this.clock = clock;
  }

  boolean isModerator(MethodsClient client, String teamId, String userId) {
    return isAdmin(client, userId)
        || groupId.map(group -> groupMembers(client, teamId, group).contains(userId)).orElse(false);
  }

  private static boolean isAdmin(MethodsClient client, String userId) {
    try {
      UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
      User user = info.isOk() ? info.getUser() : null;
      return user != null && (user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
    } catch (Exception e) {
      log.warn("Could not ask Slack whether {} is an admin: {}", userId, e.getMessage());
      return false;
    }
  }

  private Set<String> groupMembers(MethodsClient client, String teamId, String group) {
    String key = String.valueOf(teamId);
    Members cached = groups.get(key);
    Instant now = clock.instant();
    if (cached != null && now.isBefore(cached.fetchedAt().plus(GROUP_CACHE))) {
      return cached.ids();
    }
    Optional<Set<String>> fetched = fetch(client, group);
    // A failed lookup is not remembered, so the next command asks again.
    fetched.ifPresent(ids -> groups.put(key, new Members(ids, now)));
    return fetched.orElse(Set.of());
  }

  private static Optional<Set<String>> fetch(MethodsClient client, String group) {
    try {
      UsergroupsUsersListResponse list = client.usergroupsUsersList(r -> r.usergroup(group));
      if (!list.isOk() || list.getUsers() == null) {
        log.warn(
            "Slack did not list the moderator group {} ({}); check"
                + " THREADKEEPER_SLACK_MODERATOR_GROUP and the usergroups:read scope",
            group,
            list.getError());
        return Optional.empty();
      }
      return Optional.of(Set.copyOf(list.getUsers()));
    } catch (Exception e) {
      log.warn("Could not ask Slack for the moderator group {}: {}", group, e.getMessage());
      return Optional.empty();
    }
  }
}
