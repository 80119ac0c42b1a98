package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Installation;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstallationsIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final WorkspaceRef TEAM = new WorkspaceRef(Platform.SLACK, "T0INST");
  private static final String TOKEN = "xoxb-9999-8888-plaintexttoken";
  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private final SettableClock clock = new SettableClock(T0);
  private PostgresInstallations installations;
  private PostgresInstallStates states;

  private static TokenCipher cipher(int fill) {
    byte[] key = new byte[TokenCipher.KEY_BYTES];
    java.util.Arrays.fill(key, (byte) fill);
    return TokenCipher.fromBase64(Base64.getEncoder().encodeToString(key));
  }

  private static Installation installation(String token) {
    return new Installation(
        TEAM,
        null,
        "A0APP",
        "U0BOT2",
        "B0BOT2",
        Set.of("chat:write", "commands"),
        "U0ADMIN",
        token,
        T0);
  }

  @BeforeEach
  void cleanSlate() {
    postgres.execute("truncate installation, install_state");
    installations = new PostgresInstallations(postgres.jdbi(), cipher(1));
    states = new PostgresInstallStates(postgres.jdbi(), clock);
  }

  @Test
  void aSavedInstallationComesBackWithItsTokenWhichIsNotStoredInClear() {
    installations.save(installation(TOKEN));

    Installation found = installations.find(TEAM).orElseThrow();
    assertThat(found.botToken()).isEqualTo(TOKEN);
    assertThat(found.scopes()).containsExactlyInAnyOrder("chat:write", "commands");
    assertThat(found.botUserId()).isEqualTo("U0BOT2");
    assertThat(found.toString()).doesNotContain(TOKEN);
    byte[] stored =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("select token_sealed from installation")
                        .mapTo(byte[].class)
                        .one());
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("xoxb");
    String wholeRow =
        postgres
            .jdbi()
            .withHandle(
                h -> h.createQuery("select i::text from installation i").mapTo(String.class).one());
    assertThat(wholeRow).doesNotContain(TOKEN).doesNotContain("plaintexttoken");
  }

  @Test
  void aReinstallReplacesTheToken() {
    installations.save(installation(TOKEN));
    installations.save(installation("xoxb-9999-8888-secondtoken0"));

    assertThat(installations.find(TEAM).orElseThrow().botToken())
        .isEqualTo("xoxb-9999-8888-secondtoken0");
  }

  @Test
  void aTokenStoredUnderAnotherKeyIsAClearError() {
    installations.save(installation(TOKEN));
    PostgresInstallations withOtherKey = new PostgresInstallations(postgres.jdbi(), cipher(2));

    assertThatThrownBy(() -> withOtherKey.find(TEAM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("slack:T0INST")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void forgettingIsIdempotent() {
    installations.save(installation(TOKEN));

    assertThat(installations.forget(TEAM)).isTrue();
    assertThat(installations.forget(TEAM)).isFalse();
    assertThat(installations.find(TEAM)).isEmpty();
  }

  @Test
  void aStateIsAcceptedOnceAndNeverAgain() {
    states.issue("state-one", Duration.ofMinutes(10));

    assertThat(states.consume("state-one")).isTrue();
    assertThat(states.consume("state-one")).isFalse();
    assertThat(states.consume("never-issued")).isFalse();
    assertThat(states.consume("")).isFalse();
  }

  @Test
  void anExpiredStateIsRefusedAndClearedByTheNextIssue() {
    states.issue("state-old", Duration.ofMinutes(10));
    clock.advance(Duration.ofMinutes(10));

    assertThat(states.consume("state-old")).isFalse();
    states.issue("state-new", Duration.ofMinutes(10));
    long rows =
        postgres
            .jdbi()
            .withHandle(
                h -> h.createQuery("select count(*) from install_state").mapTo(Long.class).one());
    assertThat(rows).isEqualTo(1);
  }

  @Test
  void ofEightCallbacksRacingWithOneStateExactlyOneWins() throws Exception {
    states.issue("state-race", Duration.ofMinutes(10));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        racers.add(() -> states.consume("state-race"));
      }
      long winners = 0;
      for (Future<Boolean> result : pool.invokeAll(racers)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
