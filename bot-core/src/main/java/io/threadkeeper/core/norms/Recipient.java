package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import java.util.Objects;

/** Who an effect is for: one member, or the moderators of the effect's channel. */
public sealed interface Recipient permits Recipient.Member, Recipient.Moderators {

  static Recipient member(MemberId id) {
    return new Member(id);
  }

  static Recipient moderators() {
    return Moderators.INSTANCE;
  }

  /** One member, reached privately or by mention. */
  record Member(MemberId id) implements Recipient {
    public Member {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Whoever moderates the channel; the adapter knows who that is. */
  record Moderators() implements Recipient {
    static final Moderators INSTANCE = new Moderators();
  }
}
