package io.threadkeeper.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Carries out {@code /async forget-me confirm}: the member's platform id is replaced by a pseudonym
 * in every table, their settings and tallies go, and their unsent messages are dropped. It answers
 * nothing: the desk's immediate reply was the confirmation, and an answer would have to be
 * addressed to the very id being erased. Stateless and thread-safe.
 */
final class MemberErasure {

  void erase(Invocation call) {
    String externalId = call.member().value();
    String pseudonym = pseudonym(call.workspace().key(), externalId);
    long memberId = call.memberId();
    long workspaceId = call.workspaceId();
    Erasure erasure = call.handle().attach(Erasure.class);
    erasure.dropPendingAsks(memberId);
    erasure.deleteTallies(memberId);
    erasure.pseudonymiseMember(memberId, pseudonym);
    erasure.pseudonymiseAudit(workspaceId, externalId, pseudonym);
    erasure.dropUnsentOutbox(workspaceId, externalId);
    erasure.pseudonymiseOutbox(workspaceId, externalId, pseudonym);
    erasure.pseudonymiseInbox(call.workspace().key(), externalId, pseudonym);
    erasure.pseudonymiseThreadNorms(workspaceId, externalId, pseudonym);
    call.audit("forget-me", null, "erased", "{}");
    // The audit row names the member by id; it is rewritten like every other row.
    erasure.pseudonymiseAudit(workspaceId, externalId, pseudonym);
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
