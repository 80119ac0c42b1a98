package io.threadkeeper.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.util.json.GsonFactory;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.report.ReportSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBlocksTest {
  private final BlockKitRenderer renderer = new BlockKitRenderer();
  private final MessageBody body =
      new MessageBody(
          "Thread health 2026-W47", "24 threads", List.of(), List.of(), ReportSamples.eightWeeks());

  @Test
  void aReportBecomesHeaderFiguresTrendAndLinkedOverdueThreads() {
    List<LayoutBlock> blocks = renderer.blocks(body);
    String json = GsonFactory.createSnakeCase().toJson(blocks);

    assertThat(((HeaderBlock) blocks.get(0)).getText().getText())
        .isEqualTo("Thread health 2026-W47");
    // Week 47 of the samples: 24 threads, 12 in window, median 8h 30m, p90 25h 30m.
    assertThat(json)
        .contains(
            "*Threads started*\\n24",
            "*Answered in window*\\n12 of 24 (50%)",
            "*Median first reply*\\n8h 30m",
            "*p90 first reply*\\n1d 1h",
            "3 · 6 · 9 · 12 · 15 · 18 · 21 · 24",
            "#planning: 16 threads");
    SectionBlock overdue = (SectionBlock) blocks.get(blocks.size() - 1);
    assertThat(overdue.getText().getText())
        .contains("<https://slack.com/archives/C1/p1790000000000100|#planning> opened <!date^");
  }

  @Test
  void figuresStayWithinTenFieldsPerSectionAndChannelNamesCannotPing() {
    List<LayoutBlock> blocks = renderer.blocks(body);

    assertThat(blocks)
        .filteredOn(b -> b instanceof SectionBlock s && s.getFields() != null)
        .allSatisfy(b -> assertThat(((SectionBlock) b).getFields()).hasSizeLessThanOrEqualTo(10))
        .hasSize(2);
    // The sample's second channel is called ops, "night" <shift>.
    assertThat(GsonFactory.createSnakeCase().toJson(blocks)).doesNotContain("<shift>");
  }
}
