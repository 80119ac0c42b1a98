package io.threadkeeper.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.ViewState;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Translates slash commands, button clicks and modal submissions into the events the command desk
 * receives. Slack's {@code trigger_id} is unique per invocation, so it keys them. Thread-safe.
 */
final class SlackInteractions {
  private final Clock clock;

  SlackInteractions(Clock clock) {
    this.clock = clock;
  }

  CommandInvoked command(SlashCommandPayload payload) {
    return new CommandInvoked(
        workspace(payload.getTeamId()),
        key("command_invoked", payload.getTriggerId(), payload.getUserId()),
        clock.instant(),
        channel(payload.getChannelId()),
        new MemberId(payload.getUserId()),
        payload.getText(),
        null,
        payload.getResponseUrl());
  }

  InteractionReceived click(BlockActionPayload payload) {
    BlockActionPayload.Action action = payload.getActions().get(0);
    BlockActionPayload.Container container = payload.getContainer();
    String threadTs = container == null ? null : container.getThreadTs();
    String channel =
        payload.getChannel() != null
            ? payload.getChannel().getId()
            : container == null ? null : container.getChannelId();
    Map<String, String> values = new HashMap<>();
    if (action.getValue() != null) {
      values.put("value", action.getValue());
    }
    return new InteractionReceived(
        workspace(payload.getTeam().getId()),
        key("interaction_received", payload.getTriggerId(), action.getActionTs()),
        clock.instant(),
        channel(channel),
        new MemberId(payload.getUser().getId()),
        action.getActionId(),
        values,
        blank(threadTs) ? null : new MessageKey(threadTs),
        payload.getResponseUrl());
  }

  InteractionReceived submission(ViewSubmissionPayload payload) {
    Map<String, String> values = new HashMap<>();
    ViewState state = payload.getView().getState();
    if (state != null && state.getValues() != null) {
      state.getValues().values().stream()
          .flatMap(block -> block.entrySet().stream())
          .filter(input -> input.getValue().getValue() != null)
          .forEach(input -> values.put(input.getKey(), input.getValue().getValue()));
    }
    return new InteractionReceived(
        workspace(payload.getTeam().getId()),
        key("interaction_received", payload.getTriggerId(), payload.getView().getId()),
        clock.instant(),
        null,
        new MemberId(payload.getUser().getId()),
        payload.getView().getCallbackId(),
        values,
        null,
        null);
  }

  private static WorkspaceRef workspace(String teamId) {
    return new WorkspaceRef(Platform.SLACK, teamId);
  }

  private static EventKey key(String kind, String triggerId, String fallback) {
    return EventKey.derived(kind, blank(triggerId) ? String.valueOf(fallback) : triggerId);
  }

  private static ChannelId channel(String id) {
    return blank(id) ? null : new ChannelId(id);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
