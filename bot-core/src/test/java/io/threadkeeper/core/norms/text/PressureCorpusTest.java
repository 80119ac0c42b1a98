package io.threadkeeper.core.norms.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.model.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the pressure classifier against {@code pressure-corpus.jsonl}, a hand-labelled set of
 * Slack and Discord messages written before the rules. A message is labelled as pressure when it
 * demands immediate, synchronous attention from a member in a non-urgent channel; its rule is the
 * first one in {@link PressureRule} order that applies. Broadcast mentions count even when
 * reassured, since the notification goes out anyway.
 */
class PressureCorpusTest {
  private static final double OVERALL_PRECISION_FLOOR = 0.97;
  private static final double OVERALL_RECALL_FLOOR = 0.93;
  private static final double RULE_PRECISION_FLOOR = 0.85;
  private static final double RULE_RECALL_FLOOR = 0.80;

  private static final PressureClassifier CLASSIFIER = new PressureClassifier();
  private static final List<Scored> SCORED = new ArrayList<>();

  record Labelled(
      String id,
      Platform platform,
      String text,
      boolean urgent,
      boolean bot,
      boolean pressure,
      PressureRule rule) {}

  record Scored(Labelled labelled, PressureVerdict verdict) {}

  @BeforeAll
  static void classifyCorpus() throws IOException {
    for (Labelled labelled : readCorpus()) {
      PressureVerdict verdict =
          CLASSIFIER.classify(
              labelled.platform(), labelled.text(), labelled.urgent(), labelled.bot());
      SCORED.add(new Scored(labelled, verdict));
    }
    printReport();
  }

  @Test
  void corpusIsLargeAndBalancedEnoughToMeanSomething() {
    long positives = SCORED.stream().filter(s -> s.labelled().pressure()).count();
    assertThat(SCORED).hasSizeGreaterThanOrEqualTo(400);
    assertThat(positives).isBetween(SCORED.size() / 4L, SCORED.size() / 2L);
  }

  @Test
  void overallPrecisionAndRecallStayAboveTheirFloors() {
    Counts overall = overall();
    assertThat(overall.precision()).isGreaterThanOrEqualTo(OVERALL_PRECISION_FLOOR);
    assertThat(overall.recall()).isGreaterThanOrEqualTo(OVERALL_RECALL_FLOOR);
  }

  @Test
  void everyRuleStaysAboveItsFloors() {
    perRule()
        .forEach(
            (rule, counts) -> {
              assertThat(counts.precision())
                  .as(rule.id() + " precision")
                  .isGreaterThanOrEqualTo(RULE_PRECISION_FLOOR);
              assertThat(counts.recall())
                  .as(rule.id() + " recall")
                  .isGreaterThanOrEqualTo(RULE_RECALL_FLOOR);
            });
  }

  @Test
  void everyMatchIsTakenVerbatimFromTheRawText() {
    assertThat(SCORED)
        .filteredOn(s -> s.verdict().pressure())
        .allSatisfy(s -> assertThat(s.labelled().text()).contains(s.verdict().matched()));
  }

  private static Counts overall() {
    Counts counts = new Counts();
    SCORED.forEach(s -> counts.add(s.labelled().pressure(), s.verdict().pressure()));
    return counts;
  }

  private static Map<PressureRule, Counts> perRule() {
    Map<PressureRule, Counts> byRule = new EnumMap<>(PressureRule.class);
    for (PressureRule rule : PressureRule.values()) {
      Counts counts = new Counts();
      SCORED.forEach(s -> counts.add(s.labelled().rule() == rule, s.verdict().rule() == rule));
      byRule.put(rule, counts);
    }
    return byRule;
  }

  private static void printReport() {
    long positives = SCORED.stream().filter(s -> s.labelled().pressure()).count();
    System.out.printf(
        Locale.ROOT,
        "pressure corpus: %d messages, %d pressure, %d not%n",
        SCORED.size(),
        positives,
        SCORED.size() - positives);
    System.out.println("overall          " + overall());
    perRule()
        .forEach((rule, counts) -> System.out.printf(Locale.ROOT, "%-17s%s%n", rule.id(), counts));
    SCORED.stream()
        .filter(s -> s.labelled().rule() != s.verdict().rule())
        .forEach(
            s ->
                System.out.printf(
                    Locale.ROOT,
                    "  miss %s expected %s got %s (%s): %s%n",
                    s.labelled().id(),
                    id(s.labelled().rule()),
                    id(s.verdict().rule()),
                    s.verdict().matched(),
                    s.labelled().text().replace("\n", "\\n")));
  }

  private static String id(PressureRule rule) {
    return rule == null ? "none" : rule.id();
  }

  private static List<Labelled> readCorpus() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> corpus = new ArrayList<>();
    try (InputStream in = PressureCorpusTest.class.getResourceAsStream("/pressure-corpus.jsonl");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode node = json.readTree(line);
        corpus.add(
            new Labelled(
                node.get("id").asText(),
                Platform.fromKey(node.get("platform").asText()),
                node.get("text").asText(),
                node.get("urgent_channel").asBoolean(),
                node.get("author_bot").asBoolean(),
                node.get("pressure").asBoolean(),
                node.get("rule").isNull()
                    ? null
                    : PressureRule.fromId(node.get("rule").asText()).orElseThrow()));
      }
    }
    return corpus;
  }

  /** True and false positives and negatives of one yes/no question. */
  static final class Counts {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    void add(boolean expected, boolean actual) {
      truePositives += expected && actual ? 1 : 0;
      falsePositives += !expected && actual ? 1 : 0;
      falseNegatives += expected && !actual ? 1 : 0;
    }

    double precision() {
      int fired = truePositives + falsePositives;
      return fired == 0 ? 1.0 : (double) truePositives / fired;
    }

    double recall() {
      int expected = truePositives + falseNegatives;
      return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "precision %.3f recall %.3f (tp %d, fp %d, fn %d)",
          precision(),
          recall(),
          truePositives,
          falsePositives,
          falseNegatives);
    }
  }
}
