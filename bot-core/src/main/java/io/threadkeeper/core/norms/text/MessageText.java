package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.Platform;
import java.util.List;
import java.util.Objects;

/**
 * A message's text as the text rules read it: quotes and code removed, platform markup reduced to
 * plain words, and every plain character traceable back to the raw text it came from.
 *
 * <p>Broadcast mentions in any platform form become {@code @here}, {@code @channel} or {@code
 * @everyone}; member mentions become {@code @} and the member id; links become their label (or a
 * space) and are collected in {@link #links()}. Immutable and thread-safe.
 */
public final class MessageText {
  private final String raw;
  private final String plain;
  private final int[] rawStarts;
  private final int[] rawEnds;
  private final List<String> links;

  MessageText(String raw, String plain, int[] rawStarts, int[] rawEnds, List<String> links) {
    this.raw = raw;
    this.plain = plain;
    this.rawStarts = rawStarts;
    this.rawEnds = rawEnds;
    this.links = List.copyOf(links);
  }

  /** Reads a message in the given platform's markup; a null text reads as empty. */
  public static MessageText of(Platform platform, String raw) {
    Objects.requireNonNull(platform, "platform");
    return new MarkupReader(platform, raw == null ? "" : raw).read();
  }

  /** The text exactly as the platform delivered it. */
  public String raw() {
    return raw;
  }

  /** The text the rules read: no quotes, no code, markup reduced to words. */
  public String plain() {
    return plain;
  }

  /** The http(s) links shared outside quotes and code, in order, without duplicates. */
  public List<String> links() {
    return links;
  }

  /** The raw text behind the plain characters {@code [plainStart, plainEnd)}. */
  public String rawSlice(int plainStart, int plainEnd) {
    Objects.checkFromToIndex(plainStart, plainEnd, plain.length());
    if (plainStart == plainEnd) {
      return "";
    }
    return raw.substring(rawStarts[plainStart], rawEnds[plainEnd - 1]);
  }
}
