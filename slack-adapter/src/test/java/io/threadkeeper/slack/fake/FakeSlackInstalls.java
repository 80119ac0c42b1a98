package io.threadkeeper.slack.fake;

import io.threadkeeper.slack.fake.FakeWebApi.Call;
import io.threadkeeper.slack.fake.FakeWebApi.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Slack's side of the OAuth install for the fake Web API: {@code oauth.v2.access} exchanges a code
 * once (client credentials in HTTP Basic auth, as Bolt sends them) for a workspace's bot token, and
 * {@code auth.test} answers for each token with its own workspace. Response shapes as Slack
 * documents them. Thread-safe.
 */
public final class FakeSlackInstalls implements Function<Call, Optional<Reply>> {
  public static final String APP_ID = "A0TK1";

  /** A workspace that can install the app: the code Slack would hand the browser, and its bot. */
  public record Workspace(
      String teamId,
      String teamName,
      String code,
      String botToken,
      String botUserId,
      String botId) {}

  private final String basicAuth;
  private final Map<String, Workspace> byCode = new ConcurrentHashMap<>();
  private final Map<String, Workspace> byToken = new ConcurrentHashMap<>();
  private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();

  public FakeSlackInstalls(String clientId, String clientSecret) {
    String pair = clientId + ":" + clientSecret;
    basicAuth =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** A workspace whose admin will approve the install; tokens are unique per call. */
  public Workspace workspace(String teamId, String name) {
    String suffix = Long.toString(System.nanoTime(), 36);
    Workspace workspace =
        new Workspace(
            teamId,
            name,
            "code-" + teamId + "-" + suffix,
            "xoxb-" + teamId + "-bot-" + suffix,
            "U0BOT" + teamId.substring(1),
            "B0BOT" + teamId.substring(1));
    byCode.put(workspace.code(), workspace);
    byToken.put(workspace.botToken(), workspace);
    return workspace;
  }

  @Override
  public Optional<Reply> apply(Call call) {
    return switch (call.method()) {
      case "oauth.v2.access" -> Optional.of(access(call));
      case "auth.test" ->
          Optional.ofNullable(call.token()).map(byToken::get).map(FakeSlackInstalls::authTest);
      default -> Optional.empty();
    };
  }

  private Reply access(Call call) {
    if (!basicAuth.equals(call.token())) {
      return error("invalid_client_id");
    }
    Workspace workspace = byCode.get(String.valueOf(call.field("code")));
    if (workspace == null || !usedCodes.add(workspace.code())) {
      return error("invalid_code");
    }
    return ok(
        "{\"ok\":true,\"access_token\":\""
            + workspace.botToken()
            + "\",\"token_type\":\"bot\",\"scope\":\"chat:write,channels:history,groups:history,"
            + "im:history,im:write,reactions:read,users:read,usergroups:read,channels:read,commands\","
            + "\"bot_user_id\":\""
            + workspace.botUserId()
            + "\",\"app_id\":\""
            + APP_ID
            + "\",\"team\":{\"name\":\""
            + workspace.teamName()
            + "\",\"id\":\""
            + workspace.teamId()
            + "\"},\"enterprise\":null,\"authed_user\":{\"id\":\"U0ADMIN\"},"
            + "\"is_enterprise_install\":false}");
  }

  private static Reply authTest(Workspace workspace) {
    return ok(
        "{\"ok\":true,\"url\":\"https://"
            + workspace.teamId().toLowerCase()
            + ".slack.com/\",\"team\":\""
            + workspace.teamName()
            + "\",\"user\":\"threadkeeper\",\"team_id\":\""
            + workspace.teamId()
            + "\",\"user_id\":\""
            + workspace.botUserId()
            + "\",\"bot_id\":\""
            + workspace.botId()
            + "\",\"is_enterprise_install\":false}");
  }

  private static Reply ok(String body) {
    return new Reply(200, Map.of(), body);
  }

  private static Reply error(String code) {
    return new Reply(200, Map.of(), "{\"ok\":false,\"error\":\"" + code + "\"}");
  }
}
