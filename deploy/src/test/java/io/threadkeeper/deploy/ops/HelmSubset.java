package io.threadkeeper.deploy.ops;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the small part of Helm's template language the chart uses, so that tests can parse the
 * result as YAML without a Helm binary: {@code {{ .Values.a.b }}}, {@code {{ .Release.Name }}}, the
 * {@code quote} pipe, and {@code {{- if .Values.x }}} / {@code {{- end }}} on lines of their own.
 * Anything else fails loudly, so a template that outgrows the subset cannot pass unchecked.
 */
final class HelmSubset {
  private static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}");
  private static final Pattern IF =
      Pattern.compile("\\s*\\{\\{-\\s*if\\s+(\\.Values\\.[\\w.]+)\\s*}}\\s*");
  private static final Pattern END = Pattern.compile("\\s*\\{\\{-\\s*end\\s*}}\\s*");

  private final Map<String, Object> values;
  private final String releaseName;

  HelmSubset(Map<String, Object> values, String releaseName) {
    this.values = values;
    this.releaseName = releaseName;
  }

  String render(String template) {
    StringBuilder out = new StringBuilder();
    Deque<Boolean> shown = new ArrayDeque<>();
    for (String line : template.split("\n", -1)) {
      Matcher condition = IF.matcher(line);
      if (condition.matches()) {
        shown.push(truthy(lookup(condition.group(1))));
      } else if (END.matcher(line).matches()) {
        shown.pop();
      } else if (!shown.contains(false)) {
        out.append(substitute(line)).append('\n');
      }
    }
    if (!shown.isEmpty()) {
      throw new IllegalArgumentException("an if without its end");
    }
    return out.toString();
  }

  private String substitute(String line) {
    Matcher m = EXPRESSION.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(evaluate(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String evaluate(String expression) {
    String[] pipeline = expression.split("\\s*\\|\\s*");
    String value =
        switch (pipeline[0]) {
          case ".Release.Name" -> releaseName;
          default -> {
            if (!pipeline[0].startsWith(".Values.")) {
              throw new IllegalArgumentException("outside the subset: {{ " + expression + " }}");
            }
            yield String.valueOf(lookup(pipeline[0]));
          }
        };
    for (int i = 1; i < pipeline.length; i++) {
      if (!pipeline[i].equals("quote")) {
        throw new IllegalArgumentException("outside the subset: {{ " + expression + " }}");
      }
      value = '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    return value;
  }

  private Object lookup(String path) {
    Object node = values;
    for (String key : path.substring(".Values.".length()).split("\\.")) {
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
        throw new IllegalArgumentException("no value " + path + " in values.yaml");
      }
      node = map.get(key);
    }
    return node;
  }

  private static boolean truthy(Object value) {
    return value != null
        && !(value instanceof String s && s.isEmpty())
        && !Boolean.FALSE.equals(value)
        && !(value instanceof Number n && n.doubleValue() == 0);
  }
}
