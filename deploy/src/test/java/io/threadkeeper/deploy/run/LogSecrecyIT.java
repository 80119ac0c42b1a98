package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * No message text and no token in any log line: messages carrying token-like strings and plain
 * sentences go through the running bot (inbox, processor, norms, outbox, a failing and a throwing
 * send, a stored row that cannot be read) with the shipped Logback configuration at DEBUG, in both
 * formats, and the captured output is searched for them. The platform event id is there, as the
 * correlation id of the outbox lines.
 */
class LogSecrecyIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T0LOGS");
  private static final List<String> SECRETS =
      List.of(
          // Token shapes are put together at run time so that no token-like string is committed.
          String.join("-", "xoxb", "2718281828", "3141592653", "fake".repeat(6)),
          String.join("-", "xapp", "1", "A0FAKE", "1234567890", "fakeapp".repeat(3)),
          String.join(".", "MTExMjIzMzQ0NTU2Njc3ODg5", "GhIjKl", "fakediscord".repeat(3)),
          "The venue contract for Lisbon was signed by Miriam",
          "my bank PIN is 4921");

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void noTokenAndNoMessageTextReachesTheLogs(String format) throws Exception {
    String logs = captureLogs(format, () -> runTheBot(format));

    assertThat(logs).as("captured logs").isNotBlank();
    for (String secret : SECRETS) {
      assertThat(logs).doesNotContain(secret);
      assertThat(logs).doesNotContain(secret.substring(0, 16));
    }
    String failed = "Ev" + format + "1";
    assertThat(logs.lines().filter(line -> line.contains("failed after")))
        .as("the permanent failure is logged with its event id")
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(format.equals("json") ? "\"correlation_id\"" : "[" + failed + "]"));
    if (format.equals("json")) {
      ObjectMapper json = new ObjectMapper();
      for (String line : logs.lines().toList()) {
        JsonNode node = json.readTree(line);
        assertThat(node.has("level")).as(line).isTrue();
      }
    }
  }

  private void runTheBot(String format) throws Exception {
    FakeChatPlatform slack =
        new FakeChatPlatform(Platform.SLACK, Clock.systemUTC())
            .script(
                FakeChatPlatform.permanentFailure("channel_not_found"),
                FakeChatPlatform.throwing(new IllegalStateException("the fake platform broke")));
    try (BotRuntime bot =
        BotRuntime.start(
            postgres.database(),
            Clock.systemUTC(),
            pipeline -> List.of(new FakeConnection(slack)))) {
      for (int i = 0; i < SECRETS.size(); i++) {
        bot.pipeline().inbox().accept(message(format, i, "<!here> ASAP please " + SECRETS.get(i)));
      }
      postgres.execute(
          "insert into inbox (workspace_key, event_key, event_type, payload, transient_text,"
              + " occurred_at, received_at) values ('slack:T0LOGS', 'Ev"
              + format
              + "-unreadable', 'message_posted', '{\"text\": \""
              + SECRETS.get(0)
              + "\"}', '"
              + SECRETS.get(3)
              + "', now(), now())");
      bot.pipeline().processor().wake();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> slack.posted().size() >= SECRETS.size() - 1);
    }
  }

  private static MessagePosted message(String format, int i, String text) {
    return new MessagePosted(
        WORKSPACE,
        EventKey.platform("Ev" + format + (i + 1)),
        Instant.now(),
        new ChannelId("C0LOGS"),
        new MessageKey("1700000000.00" + format.length() + "00" + i),
        null,
        new MemberId("U0" + format.toUpperCase(java.util.Locale.ROOT) + i),
        AuthorKind.HUMAN,
        text,
        false,
        0);
  }

  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  /** Runs {@code work} with the shipped logback.xml in {@code format}, returning standard error. */
  private static String captureLogs(String format, Work work) throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setProperty("LOG_FORMAT", format);
    System.setProperty("THREADKEEPER_LOG_LEVEL", "DEBUG");
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      context.reset();
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      context.getStatusManager().clear();
      configurator.doConfigure(Path.of("src", "main", "resources", "logback.xml").toFile());
      // A warning would make Logback print its status on standard output, among command results.
      // Other tests' pool threads may log in the instant between reset and configuration.
      assertThat(context.getStatusManager().getCopyOfStatusList())
          .filteredOn(status -> !status.getMessage().startsWith("No appenders present"))
          .as("Logback's status after configuring")
          .allSatisfy(
              status ->
                  assertThat(status.getLevel()).as(status.toString()).isLessThan(Status.WARN));
      work.run();
    } finally {
      context.reset();
      System.setErr(stderr);
      System.clearProperty("LOG_FORMAT");
      System.clearProperty("THREADKEEPER_LOG_LEVEL");
      new ContextInitializer(context).autoConfig();
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
