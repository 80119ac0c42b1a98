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
    List<String> cells = Arrays.asList(line.trim().split("\\s+"));
    return cells.subList(1, cells.size());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(AuditIT.class.getClassLoader().getResource(name).toURI());
  }
}
