package io.threadkeeper.slack.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileLinkRedactionTest {

  @Test
  void privateFileLinkKeepsOnlyItsLabel() {
    assertThat(
            FileLinkRedaction.apply(
                "see <https://files.slack.com/files-pri/T1-F1/plan.pdf|plan.pdf> please"))
        .isEqualTo("see [file: plan.pdf] please");
  }

  @Test
  void workspaceFilePermalinkWithoutLabelBecomesAPlaceholder() {
    assertThat(FileLinkRedaction.apply("<https://northwind.slack.com/files/U1/F1/plan.pdf>"))
        .isEqualTo("[file]");
  }

  @Test
  void bareFileUrlIsRemoved() {
    assertThat(FileLinkRedaction.apply("https://files.slack.com/files-pri/T1-F1/x.png done"))
        .isEqualTo("[file] done");
  }

  @Test
  void publicFileLinkIsRemovedToo() {
    assertThat(FileLinkRedaction.apply("<https://slack-files.com/T1-F1-abc123|plan>"))
        .isEqualTo("[file: plan]");
  }

  @Test
  void otherLinksStay() {
    String text =
        "Agenda: <https://northwind.example/agenda|agenda> and <https://northwind.slack.com/archives/C1/p1>";

    assertThat(FileLinkRedaction.apply(text)).isEqualTo(text);
  }
}
