package io.threadkeeper.core.norms;

import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.testing.Events;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Small builders for norms test data: a UTC workspace on Mon–Fri 09:00–17:00, alice owns. */
final class Fixtures {
  static final Instant MONDAY_0900 = Events.T0;
  static final MemberId ALICE = new MemberId("alice");
  static final MemberId BOB = new MemberId("bob");
  static final MessageKey ROOT = new MessageKey("100.000");
  static final ZoneId UTC = ZoneId.of("UTC");

  /** Finds "ASAP" in any case, as the real classifier would. */
  static final PressureDetector ASAP_DETECTOR =
      (platform, text, urgent, bot) ->
          text.toUpperCase(Locale.ROOT).contains("ASAP")
              ? Optional.of(
                  new PressureFinding(
                      "asap",
                      "ASAP asks everyone to drop what they are doing.",
                      "ASAP",
                      "Could you reply by Thursday?"))
              : Optional.empty();

  private Fixtures() {}

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static NormsEngine engine() {
    return new NormsEngine(ASAP_DETECTOR);
  }

  static ChannelBuilder channel() {
    return new ChannelBuilder();
  }

  static InteractionReceived askForm(String member, String due, Instant at) {
    return new InteractionReceived(
        Events.WORKSPACE,
        EventKey.derived("interaction", member, at.toString()),
        at,
        Events.CHANNEL,
        new MemberId(member),
        CommandNorms.ASK_SUBMIT,
        java.util.Map.of(CommandNorms.ASK_DUE_FIELD, due),
        ROOT,
        "handle");
  }

  static CommandInvoked command(String member, String arguments, Instant at) {
    return new CommandInvoked(
        Events.WORKSPACE,
        EventKey.derived("command", member, at.toString()),
        at,
        Events.CHANNEL,
        new MemberId(member),
        arguments,
        ROOT,
        "handle");
  }

  /** A channel context: default policy, UTC workspace, nobody with a schedule of their own. */
  static final class ChannelBuilder {
    private ChannelPolicy policy = ChannelPolicy.defaults();
    private MemberSchedule workspace = MemberSchedule.standard(UTC);
    private final Map<MemberId, MemberSchedule> members = new HashMap<>();
    private boolean workspaceShadow;

    ChannelBuilder policy(ChannelPolicy value) {
      policy = value;
      return this;
    }

    ChannelBuilder workspace(MemberSchedule value) {
      workspace = value;
      return this;
    }

    ChannelBuilder member(MemberId member, MemberSchedule schedule) {
      members.put(member, schedule);
      return this;
    }

    ChannelBuilder workspaceShadow() {
      workspaceShadow = true;
      return this;
    }

    ChannelContext build() {
      return new ChannelContext(
          Events.WORKSPACE,
          Events.CHANNEL,
          policy,
          new Schedules(workspace, members),
          workspaceShadow);
    }
  }
}
