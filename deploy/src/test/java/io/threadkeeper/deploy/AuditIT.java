package io.threadkeeper.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.store.testing.PostgresExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit} on a small export whose figures were counted by hand. */
class AuditIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final String SCRATCH = "tk_audit_it_" + ProcessHandle.current().pid();

  @TempDir Path folder;

  @AfterAll
  static void dropScratch() {
    postgres.server().dropDatabase(SCRATCH);
  }

  private String audit(Path export) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OfflineRuns.audit(
        DatabaseTarget.of(postgres.settings().jdbcUrl()),
        SCRATCH,
        export,
        folder.resolve("report.html"),
        java.time.ZoneId.of("UTC"),
        UrgentChannels.GUESS,
        new PrintStream(captured, true, StandardCharsets.UTF_8));
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void perChannelFiguresMatchTheHandCount() throws Exception {
    String output = audit(resource("hand-counted-export"));

    // #planning: venue (answered, 4 replies), budget (ghost), travel (only its author replied).
    assertThat(row(output, "#planning")).containsExactly("3", "33%", "1", "5", "0", "1h", "1h");
    // #random: coffee (answered, 1 reply), photos (ghost); the join message is not a thread.
    assertThat(row(output, "#random")).containsExactly("2", "50%", "1", "1", "0", "1h", "1h");
    assertThat(output).contains("5 threads, 2 answered (40%), 2 ghost threads, 6 replies");
  }

  @Test
  void aDiscordChatExporterExportGetsTheSameReportCountedByHand() throws Exception {
    String output = audit(resource("dce-sample"));

    assertThat(output).contains("(discord-chat-exporter)");
    // #general: 8 roots plus a reply to a message older than the export (a thread whose root is
    // not in it), 4 without any reply, 9 replies; #help: 5, 2, 5; the thread itself: its starter
    // message as the root and 7 human replies (the eighth message is Discord's system notice).
    assertThat(row(output, "#general").subList(0, 4)).containsExactly("9", "56%", "4", "9");
    assertThat(row(output, "#help").subList(0, 4)).containsExactly("5", "60%", "2", "5");
    assertThat(row(output, "#Exporting the calend…").subList(0, 4))
        .containsExactly("1", "100%", "0", "7");
  }

  @Test
  void aFolderThatIsNoExportIsRefusedWithWhatAnExportLooksLike() throws Exception {
    Path notAnExport = Files.createDirectories(folder.resolve("holiday-photos"));
    Files.writeString(notAnExport.resolve("notes.txt"), "not an export");

    assertThatThrownBy(() -> audit(notAnExport))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining("holiday-photos")
        .hasMessageContaining("Slack");
  }

  private static List<String> row(String output, String channel) {
    String line =
        output
            .lines()
            .filter(l -> l.startsWith(channel + " "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for " + channel + " in\n" + output));
    return Arrays.asList(line.substring(channel.length()).trim().split("\\s+"));
  }

  /** A test resource folder as a real folder, copied out when it lives in another module's jar. */
  private Path resource(String name) throws URISyntaxException, java.io.IOException {
    java.net.URL url = AuditIT.class.getClassLoader().getResource(name);
    if (!"jar".equals(url.getProtocol())) {
      return Path.of(url.toURI());
    }
    Path target = folder.resolve(name);
    try (java.nio.file.FileSystem jar =
            java.nio.file.FileSystems.newFileSystem(url.toURI(), java.util.Map.of());
        java.util.stream.Stream<Path> files = Files.walk(jar.getPath("/" + name))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(jar.getPath("/" + name).relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }
}
