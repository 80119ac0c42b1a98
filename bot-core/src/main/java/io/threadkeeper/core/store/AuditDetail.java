package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON detail of an audit row. Stateless and thread-safe. */
final class AuditDetail {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditDetail() {}

  /** A change from {@code before} to {@code after}; either may be {@code null}. */
  static String change(String before, String after) {
    Map<String, String> detail = new LinkedHashMap<>();
    detail.put("old", before);
    detail.put("new", after);
    try {
      return JSON.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always writes", e);
    }
  }
}
