package io.threadkeeper.core.store;

import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the desk's denials in the audit log, in their own short transaction. A denial is refused
 * even when it cannot be recorded.
 *
 * <p>Thread-safe.
 */
final class DeskAudit {
  static final String DENIED = "denied";
  private static final Logger log = LoggerFactory.getLogger(DeskAudit.class);

  private final Jdbi jdbi;
  private final Clock clock;

  DeskAudit(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  void denied(WorkspaceRef workspace, MemberId actor, String action, CommandInvoked command) {
    String target = command.channel() == null ? null : command.channel().value();
    try {
      jdbi.useTransaction(
          handle -> {
            long workspaceId = handle.attach(Directory.class).workspaceId(workspace);
            handle
                .attach(AuditTrail.class)
                .record(workspaceId, clock.instant(), actor.value(), action, target, DENIED, "{}");
          });
    } catch (JdbiException e) {
      log.warn("a denied {} could not be audited: {}", action, e.getClass().getSimpleName());
    }
  }
}
