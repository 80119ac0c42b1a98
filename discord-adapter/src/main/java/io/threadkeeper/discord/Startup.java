package io.threadkeeper.discord;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Waits until every shard this node runs is ready, or until Discord refuses one for good, and says
 * why in a sentence an operator can act on. Thread-safe.
 */
final class Startup {
  private final Set<Integer> readyShards = new HashSet<>();
  private int expected = -1;
  private String refusal;

  synchronized void expect(int shards) {
    expected = shards;
    notifyAll();
  }

  synchronized void ready(int shardId) {
    readyShards.add(shardId);
    notifyAll();
  }

  synchronized void shutDown(CloseCode code) {
    if (code == CloseCode.DISALLOWED_INTENTS) {
      refusal =
          "Discord refused the MESSAGE_CONTENT intent: enable it in the Developer Portal → Bot →"
              + " Privileged Gateway Intents, or set THREADKEEPER_DISCORD_MESSAGE_CONTENT=false";
    } else if (code == CloseCode.AUTHENTICATION_FAILED) {
      refusal = "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal";
    } else if (code != null && !code.isReconnect()) {
      refusal =
          "Discord closed the gateway with " + code.getCode() + " (" + code.getMeaning() + ")";
    }
    notifyAll();
  }

  /**
   * @throws IllegalStateException with the reason when a shard was refused or the wait ran out
   */
  synchronized void await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (refusal == null && (expected < 0 || readyShards.size() < expected)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "Discord did not make every shard ready within "
                + timeout.toSeconds()
                + " s; check DISCORD_API_URL, DISCORD_GATEWAY_URL and the network");
      }
      wait(Math.max(1, left / 1_000_000));
    }
    if (refusal != null) {
      throw new IllegalStateException(refusal);
    }
  }

  synchronized boolean refused() {
    return refusal != null;
  }
}
