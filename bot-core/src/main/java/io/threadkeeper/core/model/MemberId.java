package io.threadkeeper.core.model;

/** A member of a workspace, by platform user id. */
public record MemberId(String value) {
  public MemberId {
    Ids.requireId(value, "MemberId");
  }

  @Override
  public String toString() {
    return value;
  }
}
