package io.threadkeeper.deploy.cli;

import static io.threadkeeper.core.testing.Events.post;
import static io.threadkeeper.core.testing.Events.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.store.testing.StoredValues;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.deploy.Pipeline;
import io.threadkeeper.deploy.ThreadkeeperCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code threadkeeper forget} and {@code threadkeeper export} on a database the bot filled. */
class DataCommandsIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final String FORGOTTEN = "U0FORGETME";
  private static final String BOB = "U0BOB";
  private static final Clock CLOCK = Clock.fixed(Events.T0.plusSeconds(3600), ZoneOffset.UTC);

  private final AtomicInteger keys = new AtomicInteger();
  @TempDir Path folder;

  @BeforeEach
  void communityWithOneMemberWhoActedEverywhere() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    try (Pipeline pipeline = Pipeline.live(postgres.database(), CLOCK)) {
      pipeline.inbox().accept(post("1.0", null, FORGOTTEN, AuthorKind.HUMAN, 0, "Venue: A or B?"));
      pipeline.inbox().accept(reply("2.0", "1.0", BOB, 5));
      command(pipeline, FORGOTTEN, "timezone Asia/Kolkata", null, false);
      command(pipeline, FORGOTTEN, "config urgent on", null, true);
      command(pipeline, BOB, "assign <@" + FORGOTTEN + ">", "1.0", true);
      pipeline.inbox().accept(otherWorkspacePost());
      pipeline.processor().drain();
    }
  }

  @Test
  void forgetLeavesTheMembersIdInNoTableAndPseudonymisesTheAuditActor() {
    postgres
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "insert into installation (workspace_key, bot_user_id, installer_id,"
                        + " token_sealed, installed_at) values ('slack:T0TEST', 'U0BOT', ?,"
                        + " '\\x00', now())",
                    FORGOTTEN));
    assertThat(StoredValues.placesHolding(postgres.jdbi(), FORGOTTEN))
        .contains("audit_log.actor", "installation.installer_id");

    Run run = run("forget", "--member", FORGOTTEN, "--workspace", "slack:T0TEST");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Erased member " + FORGOTTEN, "audit log rows pseudonymised: 2");
    assertThat(StoredValues.placesHolding(postgres.jdbi(), FORGOTTEN)).isEmpty();
    assertThat(strings("select distinct actor from audit_log"))
        .containsExactlyInAnyOrder(BOB, "operator", pseudonym(run.out()));
    assertThat(strings("select target from audit_log where action = 'forget'"))
        .containsExactly(pseudonym(run.out()));
  }

  @Test
  void forgetAnUnknownMemberNamesTheOptionAndExits2() {
    Run run = run("forget", "--member", "U0NOBODY", "--workspace", "slack:T0TEST");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no member U0NOBODY in workspace slack:T0TEST", "--member");
  }

  @Test
  void exportWritesTheWorkspacesRowsAsJsonAndNothingOfAnotherWorkspace() throws Exception {
    Path out = folder.resolve("export.json");

    Run run = run("export", "--workspace", "slack:T0TEST", "--out", out.toString());

    assertThat(run.status()).isZero();
    JsonNode export = new ObjectMapper().readTree(out.toFile());
    assertThat(export.path("workspace").asText()).isEqualTo("slack:T0TEST");
    JsonNode tables = export.path("tables");
    assertThat(tables.path("workspace")).hasSize(1);
    assertThat(tables.path("thread")).hasSize(1);
    assertThat(tables.path("thread").get(0).path("root_key").asText()).isEqualTo("1.0");
    assertThat(tables.path("message"))
        .hasSize(count("select count(*) from message where workspace_id = 1"));
    assertThat(tables.path("member")).hasSize(2);
    assertThat(tables.path("audit_log")).hasSize(2);
    assertThat(tables.path("audit_log").get(0).path("detail").isObject()).isTrue();
    assertThat(tables.path("outbox").size()).isPositive();
    assertThat(run.out()).contains("thread: 1");
    String text = Files.readString(out);
    assertThat(text).doesNotContain("T0OTHER", "Venue: A or B?");
  }

  @Test
  void exportOfAnUnknownWorkspaceExits2AndWritesNoFile() {
    Path out = folder.resolve("export.json");

    Run run = run("export", "--workspace", "discord:404", "--out", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no workspace discord:404", "--workspace");
    assertThat(folder.toFile().list()).isEmpty();
  }

  private void command(
      Pipeline pipeline, String member, String arguments, String root, boolean moderator) {
    pipeline
        .commandDesk()
        .receive(
            new CommandInvoked(
                Events.WORKSPACE,
                EventKey.derived("command_invoked", member, String.valueOf(keys.incrementAndGet())),
                Events.T0.plusSeconds(1800),
                Events.CHANNEL,
                new MemberId(member),
                arguments,
                root == null ? null : new MessageKey(root),
                "handle"),
            moderator);
    pipeline.processor().drain();
  }

  private static MessagePosted otherWorkspacePost() {
    MessagePosted p = post("7.0", null, "U0ELSEWHERE", AuthorKind.HUMAN, 0, "elsewhere");
    return new MessagePosted(
        new WorkspaceRef(Platform.SLACK, "T0OTHER"),
        EventKey.platform("other-7.0"),
        p.occurredAt(),
        p.channel(),
        p.message(),
        null,
        p.author(),
        AuthorKind.HUMAN,
        "elsewhere",
        false,
        0);
  }

  private record Run(int status, String out, String err) {}

  private Run run(String... args) {
    String[] withDatabase = new String[args.length + 2];
    System.arraycopy(args, 0, withDatabase, 0, args.length);
    withDatabase[args.length] = "--database-url";
    withDatabase[args.length + 1] = postgres.settings().jdbcUrl();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      CommandLine cli = ThreadkeeperCli.commandLine();
      cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
      int status = cli.execute(withDatabase);
      return new Run(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
    }
  }

  private static String pseudonym(String out) {
    Matcher m = Pattern.compile("forgotten-[0-9a-f]+").matcher(out);
    assertThat(m.find()).isTrue();
    return m.group();
  }

  private int count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private List<String> strings(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }
}
