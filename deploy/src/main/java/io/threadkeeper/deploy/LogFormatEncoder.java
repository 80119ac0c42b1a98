package io.threadkeeper.deploy;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * The log encoder {@code LOG_FORMAT} chooses: {@code text} (the pattern) or {@code json} (Logback's
 * JSON encoder, one object per line, with the MDC and the formatted message). One appender with
 * this encoder keeps Logback's configuration free of unused appenders, whose warnings it would
 * print on standard output, where command results go.
 *
 * <p>Configured once by Logback, then thread-safe as its delegate is.
 */
public final class LogFormatEncoder extends EncoderBase<ILoggingEvent> {
  private String format = "text";
  private String pattern = "%msg%n";
  private Encoder<ILoggingEvent> delegate;

  public void setFormat(String format) {
    this.format = format == null ? "text" : format.strip();
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public void start() {
    delegate = format.equals("json") ? json() : text();
    if (!format.equals("json") && !format.equals("text") && !format.isEmpty()) {
      addWarn("LOG_FORMAT '" + format + "' is neither text nor json; using text");
    }
    super.start();
  }

  private Encoder<ILoggingEvent> json() {
    JsonEncoder json = new JsonEncoder();
    json.setContext(getContext());
    json.setWithSequenceNumber(false);
    json.setWithNanoseconds(false);
    json.setWithContext(false);
    json.setWithMessage(false);
    json.setWithArguments(false);
    json.setWithFormattedMessage(true);
    json.start();
    return json;
  }

  private Encoder<ILoggingEvent> text() {
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setContext(getContext());
    text.setPattern(pattern);
    text.start();
    return text;
  }

  @Override
  public byte[] headerBytes() {
    return delegate.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    return delegate.encode(event);
  }

  @Override
  public byte[] footerBytes() {
    return delegate.footerBytes();
  }
}
