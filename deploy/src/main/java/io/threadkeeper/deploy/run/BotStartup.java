package io.threadkeeper.deploy.run;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the bot's database before the bot starts. While it does not, the attempt is repeated
 * every interval with one log line each time (never a stack trace, never a storm), and {@link
 * #bot()} stays empty so that {@code /readyz} answers 503. Nothing is received before the bot
 * starts, so the platforms keep their events until then: nothing is lost.
 *
 * <p>Thread-safe.
 */
public final class BotStartup implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BotStartup.class);

  /** The database part of starting: migrate and seed; throws when the database does not answer. */
  @FunctionalInterface
  public interface DatabaseStep {
    void run() throws Exception;
  }

  private final Duration interval;
  private final AtomicReference<BotRuntime> bot = new AtomicReference<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  public BotStartup(Duration interval) {
    this.interval = interval;
  }

  /** The running bot, once it started. */
  public Optional<BotRuntime> bot() {
    return Optional.ofNullable(bot.get());
  }

  /** Records the started bot, which makes the node ready once its platforms are connected. */
  public void started(BotRuntime runtime) {
    bot.set(runtime);
  }

  /**
   * Runs {@code step} until it succeeds; false when closed first. Only the database is waited for:
   * a bad token or a port in use fails the start as before.
   */
  public boolean awaitDatabase(DatabaseStep step) throws InterruptedException {
    for (int tried = 1; closed.getCount() > 0; tried++) {
      try {
        step.run();
        if (tried > 1) {
          log.info("the database answers; it took {} attempts", tried);
        }
        return true;
      } catch (Exception e) {
        // The cause's class says enough (refused, timed out, authentication); its message could
        // carry the URL.
        log.warn(
            "the database does not answer ({}); attempt {}, next in {} s",
            rootCause(e).getClass().getSimpleName(),
            tried,
            Math.max(1, interval.toSeconds()));
      }
      closed.await(interval.toMillis(), TimeUnit.MILLISECONDS);
    }
    return false;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Stops waiting; a bot that already started is closed by its owner. */
  @Override
  public void close() {
    closed.countDown();
  }
}
