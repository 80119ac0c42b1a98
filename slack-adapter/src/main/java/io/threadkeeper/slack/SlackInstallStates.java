package io.threadkeeper.slack;

import com.slack.api.bolt.service.OAuthStateService;
import io.threadkeeper.core.port.InstallStates;
import java.time.Duration;

/**
 * Bolt's {@link OAuthStateService} over the core's {@link InstallStates}. Bolt keeps the state in a
 * cookie of the installing browser as well and checks that the redirect carries the same value.
 *
 * <p>Bolt asks whether a state is valid and only later, after Slack issued the token, deletes it;
 * two redirects racing with one state would both pass that check. So the check itself consumes the
 * value, atomically in the database, and the later delete has nothing left to do. A redirect whose
 * token exchange fails has spent its state too: the member starts the install again.
 *
 * <p>Thread-safe (the states are).
 */
final class SlackInstallStates implements OAuthStateService {
  private final InstallStates states;

  SlackInstallStates(InstallStates states) {
    this.states = states;
  }

  @Override
  public void addNewStateToDatastore(String state) {
    states.issue(state, Duration.ofSeconds(getExpirationInSeconds()));
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    return states.consume(state);
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    // Consumed by isAvailableInDatabase already.
  }
}
