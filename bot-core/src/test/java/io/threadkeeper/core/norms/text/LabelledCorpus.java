package io.threadkeeper.core.norms.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.model.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A labelled JSON Lines corpus of messages, classified once and scored. */
final class LabelledCorpus {
  record Labelled(
      String id,
      Platform platform,
      String text,
      boolean urgent,
      boolean bot,
      boolean pressure,
      PressureRule rule) {}

  record Scored(Labelled labelled, PressureVerdict verdict) {}

  private final String name;
  private final List<Scored> scored;

  private LabelledCorpus(String name, List<Scored> scored) {
    this.name = name;
    this.scored = List.copyOf(scored);
  }

  static LabelledCorpus classify(String resource, PressureClassifier classifier) {
    List<Scored> scored = new ArrayList<>();
    for (Labelled labelled : read(resource)) {
      PressureVerdict verdict =
          classifier.classify(
              labelled.platform(), labelled.text(), labelled.urgent(), labelled.bot());
      scored.add(new Scored(labelled, verdict));
    }
    return new LabelledCorpus(resource, scored);
  }

  List<Scored> scored() {
    return scored;
  }

  long positives() {
    return scored.stream().filter(s -> s.labelled().pressure()).count();
  }

  Counts overall() {
    Counts counts = new Counts();
    scored.forEach(s -> counts.add(s.labelled().pressure(), s.verdict().pressure()));
    return counts;
  }

  Map<PressureRule, Counts> perRule() {
    Map<PressureRule, Counts> byRule = new EnumMap<>(PressureRule.class);
    for (PressureRule rule : PressureRule.values()) {
      Counts counts = new Counts();
      scored.forEach(s -> counts.add(s.labelled().rule() == rule, s.verdict().rule() == rule));
      byRule.put(rule, counts);
    }
    return byRule;
  }

  String report() {
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%s: %d messages, %d pressure, %d not%n",
            name,
            scored.size(),
            positives(),
            scored.size() - positives()));
    report.append(String.format(Locale.ROOT, "  %-18s %s%n", "overall", overall()));
    perRule()
        .forEach(
            (rule, counts) ->
                report.append(String.format(Locale.ROOT, "  %-18s %s%n", rule.id(), counts)));
    scored.stream()
        .filter(s -> s.labelled().rule() != s.verdict().rule())
        .forEach(s -> report.append(miss(s)));
    return report.toString();
  }

  private static String miss(Scored s) {
    return String.format(
        Locale.ROOT,
        "  miss %s: expected %s, got %s (%s): %s%n",
        s.labelled().id(),
        id(s.labelled().rule()),
        id(s.verdict().rule()),
        s.verdict().matched(),
        s.labelled().text().replace("\n", "\\n"));
  }

  private static String id(PressureRule rule) {
    return rule == null ? "none" : rule.id();
  }

  private static List<Labelled> read(String resource) {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> corpus = new ArrayList<>();
    try (InputStream in = LabelledCorpus.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        corpus.add(labelled(json.readTree(line)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return corpus;
  }

  private static Labelled labelled(JsonNode node) {
    JsonNode rule = node.get("rule");
    return new Labelled(
        node.get("id").asText(),
        Platform.fromKey(node.get("platform").asText()),
        node.get("text").asText(),
        node.get("urgent_channel").asBoolean(),
        node.get("author_bot").asBoolean(),
        node.get("pressure").asBoolean(),
        rule.isNull() ? null : PressureRule.fromId(rule.asText()).orElseThrow());
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
