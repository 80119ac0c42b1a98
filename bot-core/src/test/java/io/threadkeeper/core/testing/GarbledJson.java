package io.threadkeeper.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Damaged JSON for fuzzing readers: a valid document with one node replaced by a value of another
 * type, a field dropped, or its text cut short or spliced with noise; or a random tree of the
 * format's own keys.
 */
public final class GarbledJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GarbledJson() {}

  /** Variants of {@code valid}, itself included; {@code keys} name the format's fields. */
  public static Arbitrary<String> around(JsonNode valid, List<String> keys) {
    String text = valid.toString();
    List<String> paths = paths(valid, "");
    Arbitrary<String> path = Arbitraries.of(paths);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(text)),
        Tuple.of(
            6,
            Arbitraries.lazy(() -> value(keys, 3))
                .flatMap(v -> path.map(p -> replaced(valid, p, v).toString()))),
        Tuple.of(2, path.map(p -> dropped(valid, p).toString())),
        Tuple.of(
            2, Arbitraries.integers().between(0, text.length()).map(i -> text.substring(0, i))),
        Tuple.of(2, Garble.damaged(text)),
        Tuple.of(2, value(keys, 4).map(JsonNode::toString)),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
  }

  /** A random JSON value whose objects use {@code keys}, nested at most {@code depth} deep. */
  public static Arbitrary<JsonNode> value(List<String> keys, int depth) {
    Arbitrary<JsonNode> leaf =
        Arbitraries.oneOf(
            Arbitraries.just(NODES.nullNode()),
            Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
            Arbitraries.longs().map(n -> (JsonNode) NODES.numberNode(n)),
            Arbitraries.doubles().map(n -> (JsonNode) NODES.numberNode(n)),
            Arbitraries.of(
                    "",
                    "1772442000.000100",
                    "2026-03-02T09:00:00+00:00",
                    "U1",
                    "C1",
                    "T1",
                    "general",
                    "message",
                    "thread_broadcast",
                    "811000000000000001",
                    "Default",
                    "GuildTextChat",
                    "GuildPublicThread",
                    "Europe/Berlin",
                    "Not/AZone",
                    "-1",
                    "1e400",
                    "NaN",
                    "\u0000")
                .map(s -> (JsonNode) NODES.textNode(s)),
            Arbitraries.strings().all().ofMaxLength(20).map(s -> (JsonNode) NODES.textNode(s)));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> value(keys, depth - 1));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(Arbitraries.of(keys), inner)
            .ofMaxSize(5)
            .map(
                fields -> {
                  ObjectNode node = NODES.objectNode();
                  fields.forEach(node::set);
                  return node;
                });
    Arbitrary<JsonNode> array =
        inner.list().ofMaxSize(4).map(items -> (JsonNode) NODES.arrayNode().addAll(items));
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, object), Tuple.of(2, array));
  }

  private static List<String> paths(JsonNode node, String at) {
    List<String> paths = new ArrayList<>();
    paths.add(at);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(f -> paths.addAll(paths(node.get(f), at + "/" + f)));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths.addAll(paths(node.get(i), at + "/" + i));
      }
    }
    return paths;
  }

  private static JsonNode replaced(JsonNode valid, String path, JsonNode value) {
    if (path.isEmpty()) {
      return value;
    }
    JsonNode copy = valid.deepCopy();
    JsonNode parent = copy.at(path.substring(0, path.lastIndexOf('/')));
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (parent instanceof ObjectNode object) {
      object.set(last, value);
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), value);
    }
    return copy;
  }

  private static JsonNode dropped(JsonNode valid, String path) {
    if (path.isEmpty()) {
      return NODES.objectNode();
    }
    JsonNode copy = valid.deepCopy();
    JsonNode parent = copy.at(path.substring(0, path.lastIndexOf('/')));
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (parent instanceof ObjectNode object) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(last));
    }
    return copy;
  }

  /** Reads {@code json}, for building the valid documents the variants start from. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }
}
