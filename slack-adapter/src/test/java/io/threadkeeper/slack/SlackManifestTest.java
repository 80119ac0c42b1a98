package io.threadkeeper.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The app manifests ask for exactly the scopes and events the code uses. */
class SlackManifestTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonNode manifest(String mode) throws IOException {
    // Maven runs tests in the module directory; deploy/ is its sibling.
    Path file = Path.of("..", "deploy", "slack-app-manifest." + mode + ".yaml");
    return YAML.readTree(Files.readString(file));
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  @ParameterizedTest
  @ValueSource(strings = {"socket", "http"})
  void theSubscribedEventsAreTheOnesTheTranslatorHandles(String mode) throws IOException {
    JsonNode events = manifest(mode).path("settings").path("event_subscriptions");

    assertThat(texts(events.path("bot_events")))
        .containsExactlyInAnyOrderElementsOf(SlackEventTranslator.SUBSCRIBED_EVENTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"socket", "http"})
  void theBotScopesAreTheRequiredOnes(String mode) throws IOException {
    JsonNode scopes = manifest(mode).path("oauth_config").path("scopes").path("bot");

    assertThat(texts(scopes)).containsExactlyInAnyOrderElementsOf(SlackScopes.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"socket", "http"})
  void theManifestOffersAsyncInteractivityAndTheHomeTabInItsMode(String mode) throws IOException {
    JsonNode manifest = manifest(mode);
    JsonNode settings = manifest.path("settings");

    assertThat(manifest.path("features").path("slash_commands").path(0).path("command").asText())
        .isEqualTo(SlackDeskRoutes.COMMAND);
    assertThat(settings.path("interactivity").path("is_enabled").asBoolean()).isTrue();
    assertThat(manifest.path("features").path("app_home").path("home_tab_enabled").asBoolean())
        .isTrue();
    assertThat(settings.path("socket_mode_enabled").asBoolean()).isEqualTo(mode.equals("socket"));
  }

  @Test
  void theHttpManifestRedirectsInstallsToTheBotsRedirectPath() throws IOException {
    JsonNode redirects = manifest("http").path("oauth_config").path("redirect_urls");
    String events =
        manifest("http").path("settings").path("event_subscriptions").path("request_url").asText();

    assertThat(redirects).hasSize(1);
    assertThat(redirects.path(0).asText())
        .isEqualTo(events.replace("/slack/events", SlackOAuth.REDIRECT_PATH));
  }
}
