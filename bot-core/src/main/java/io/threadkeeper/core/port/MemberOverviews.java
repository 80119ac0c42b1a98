package io.threadkeeper.core.port;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;

/**
 * Where an adapter asks for a member's {@link MemberOverview}, e.g. when they open the app's home
 * tab. Contract: read-only (a member or workspace never seen before gets the defaults and nothing
 * is stored), thread-safe, and may take as long as a database query: call it after acknowledging
 * the platform, never before.
 */
public interface MemberOverviews {
  MemberOverview of(WorkspaceRef workspace, MemberId member);
}
