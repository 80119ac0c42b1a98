package io.threadkeeper.core.command;

import io.threadkeeper.core.model.MemberId;
import java.util.Objects;

/** A person picked with the platform's mention picker, by platform user id. */
public record MemberRef(MemberId member) {
  public MemberRef {
    Objects.requireNonNull(member, "member");
  }
}
