package io.threadkeeper.core.norms.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the pressure classifier against two hand-labelled corpora of Slack and Discord messages.
 *
 * <p>{@code pressure-corpus.jsonl} was written before the rules and the rules were then developed
 * against it, so its figures are training figures. {@code pressure-holdout.jsonl} was written after
 * the rules, in two rounds, each scored once before any rule changed (round one: precision 0.971,
 * recall 0.932; round two, written to probe weak spots: 0.872 and 0.694); fixes that generalise
 * were made afterwards, so today it too is partly seen. A message is labelled pressure when it
 * demands immediate, synchronous attention from members in a channel that is not urgent; its rule
 * is the first in {@link PressureRule} order that applies. Broadcast mentions count even when
 * reassured, since the notification goes out anyway.
 */
class PressureCorpusTest {
  private static final PressureClassifier CLASSIFIER = new PressureClassifier();
  private static LabelledCorpus corpus;
  private static LabelledCorpus holdout;

  @BeforeAll
  static void classifyBothCorpora() {
    corpus = LabelledCorpus.classify("/pressure-corpus.jsonl", CLASSIFIER);
    holdout = LabelledCorpus.classify("/pressure-holdout.jsonl", CLASSIFIER);
    System.out.print(corpus.report());
    System.out.print(holdout.report());
  }

  @Test
  void corpusIsLargeAndHasManyHardNegatives() {
    assertThat(corpus.scored()).hasSizeGreaterThanOrEqualTo(400);
    assertThat(corpus.positives())
        .isBetween(corpus.scored().size() / 4L, corpus.scored().size() / 2L);
  }

  @Test
  void corpusPrecisionAndRecallStayAboveTheirFloors() {
    assertThat(corpus.overall().precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(corpus.overall().recall()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void everyRuleOnTheCorpusStaysAboveItsFloors() {
    corpus
        .perRule()
        .forEach(
            (rule, counts) -> {
              assertThat(counts.precision())
                  .as(rule.id() + " precision")
                  .isGreaterThanOrEqualTo(0.97);
              assertThat(counts.recall()).as(rule.id() + " recall").isGreaterThanOrEqualTo(0.97);
            });
  }

  @Test
  void holdoutPrecisionAndRecallStayAboveTheirFloors() {
    assertThat(holdout.overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout.overall().recall()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void everyMatchIsTakenVerbatimFromTheRawText() {
    assertThat(corpus.scored())
        .filteredOn(s -> s.verdict().pressure())
        .allSatisfy(s -> assertThat(s.labelled().text()).contains(s.verdict().matched()));
  }
}
