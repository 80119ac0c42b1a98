package io.threadkeeper.core.store;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Erases a member: their platform id is replaced by a pseudonym in every table, their settings and
 * tallies go, and their unsent messages are dropped. Members ask for it with {@code /async
 * forget-me confirm}; operators run {@code threadkeeper forget}. The member's answer is nothing:
 * the desk's immediate reply was the confirmation, and an answer would have to be addressed to the
 * very id being erased. Stateless and thread-safe.
 */
public final class MemberErasure {

  /** How many rows of each kind one erasure removed or rewrote. */
  public record Erased(
      String pseudonym,
      int pendingAsks,
      int tallies,
      int unsentOutbox,
      int outbox,
      int inbox,
      int threads,
      int auditLog) {}

  void erase(Invocation call) {
    erase(
        call.handle(),
        call.workspace(),
        call.workspaceId(),
        call.memberId(),
        call.member().value(),
        () -> call.audit("forget-me", null, "erased", "{}"));
  }

  /**
   * Erases {@code member} of {@code workspace} in one transaction, on an operator's request, and
   * records it in the audit log (under the pseudonym).
   *
   * @return what was erased, or empty when the workspace or the member is unknown
   */
  public static Optional<Erased> forget(
      Jdbi jdbi, WorkspaceRef workspace, MemberId member, Instant at) {
    return jdbi.inTransaction(
        h -> {
          Optional<Long> workspaceId = workspaceId(h, workspace);
          Optional<Long> memberId = workspaceId.flatMap(w -> memberId(h, w, member));
          if (memberId.isEmpty()) {
            return Optional.empty();
          }
          long w = workspaceId.get();
          return Optional.of(
              erase(
                  h,
                  workspace,
                  w,
                  memberId.get(),
                  member.value(),
                  () ->
                      h.attach(AuditTrail.class)
                          .record(w, at, "operator", "forget", member.value(), "erased", "{}")));
        });
  }

  private static Erased erase(
      Handle handle,
      WorkspaceRef workspace,
      long workspaceId,
      long memberId,
      String externalId,
      Runnable audit) {
    String pseudonym = pseudonym(workspace.key(), externalId);
    Erasure erasure = handle.attach(Erasure.class);
    int asks = erasure.dropPendingAsks(memberId);
    int tallies = erasure.deleteTallies(memberId);
    erasure.pseudonymiseMember(memberId, pseudonym);
    int audited = erasure.pseudonymiseAudit(workspaceId, externalId, pseudonym);
    int unsent = erasure.dropUnsentOutbox(workspaceId, externalId);
    int outbox = erasure.pseudonymiseOutbox(workspaceId, externalId, pseudonym);
    int inbox = erasure.pseudonymiseInbox(workspace.key(), externalId, pseudonym);
    int threads = erasure.pseudonymiseThreadNorms(workspaceId, externalId, pseudonym);
    erasure.pseudonymiseInstaller(workspace.key(), externalId, pseudonym);
    audit.run();
    // The audit row names the member by id; it is rewritten like every other row.
    erasure.pseudonymiseAudit(workspaceId, externalId, pseudonym);
    return new Erased(pseudonym, asks, tallies, unsent, outbox, inbox, threads, audited);
  }

  private static Optional<Long> workspaceId(Handle h, WorkspaceRef workspace) {
    return h.createQuery(
            "select id from workspace where platform = :platform and external_id = :id")
        .bind("platform", workspace.platform().key())
        .bind("id", workspace.externalId())
        .mapTo(Long.class)
        .findOne();
  }

  private static Optional<Long> memberId(Handle h, long workspaceId, MemberId member) {
    return h.createQuery(
            "select id from member where workspace_id = :workspace and external_id = :id")
        .bind("workspace", workspaceId)
        .bind("id", member.value())
        .mapTo(Long.class)
        .findOne();
  }

  /** Stable per workspace and member, so that the audit log still tells one person's rows. */
  static String pseudonym(String workspaceKey, String externalId) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((workspaceKey + ":" + externalId).getBytes(StandardCharsets.UTF_8));
      return "forgotten-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
