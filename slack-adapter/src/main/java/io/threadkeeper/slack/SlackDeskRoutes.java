package io.threadkeeper.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.CommandReply;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes {@code /async}, clicks and modal submissions to the command desk and sends its reply back
 * the way Slack expects: in the acknowledgement for a command (shown only to the member), as a
 * modal when the desk asks for a form, through the response URL for a click. Decides nothing.
 * Thread-safe.
 */
final class SlackDeskRoutes {
  private static final Logger log = LoggerFactory.getLogger(SlackDeskRoutes.class);
  static final String COMMAND = "/async";
  private static final Pattern ANY = Pattern.compile(".*");

  private final CommandDesk desk;
  private final SlackInteractions interactions;
  private final BlockKitRenderer renderer;
  private final SlackModerators moderators;

  SlackDeskRoutes(
      CommandDesk desk,
      SlackInteractions interactions,
      BlockKitRenderer renderer,
      SlackModerators moderators) {
    this.desk = desk;
    this.interactions = interactions;
    this.renderer = renderer;
    this.moderators = moderators;
  }

  void register(App app) {
    app.command(COMMAND, this::command);
    app.blockAction(ANY, this::click);
    app.viewSubmission(
        ANY,
        (req, ctx) -> {
          desk.receive(
              interactions.submission(req.getPayload()),
              moderators.isModerator(
                  ctx.client(),
                  req.getPayload().getTeam().getId(),
                  req.getPayload().getUser().getId()));
          return ctx.ack();
        });
  }

  private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
    var payload = req.getPayload();
    CommandReply reply =
        desk.receive(
            interactions.command(payload),
            moderators.isModerator(ctx.client(), payload.getTeamId(), payload.getUserId()));
    if (reply.form().isPresent() && openForm(ctx.client(), payload.getTriggerId(), reply)) {
      return ctx.ack();
    }
    return ctx.ack(
        r ->
            r.responseType("ephemeral")
                .text(renderer.fallbackText(reply.body()))
                .blocks(renderer.blocks(reply.body())));
  }

  private Response click(BlockActionRequest req, ActionContext ctx)
      throws IOException, SlackApiException {
    var payload = req.getPayload();
    if (payload.getActions() == null || payload.getActions().isEmpty()) {
      return ctx.ack();
    }
    CommandReply reply =
        desk.receive(
            interactions.click(payload),
            moderators.isModerator(
                ctx.client(), payload.getTeam().getId(), payload.getUser().getId()));
    if (reply.form().isPresent() && openForm(ctx.client(), payload.getTriggerId(), reply)) {
      return ctx.ack();
    }
    if (payload.getResponseUrl() != null) {
      ctx.respond(
          r ->
              r.responseType("ephemeral")
                  .replaceOriginal(false)
                  .text(renderer.fallbackText(reply.body()))
                  .blocks(renderer.blocks(reply.body())));
    }
    return ctx.ack();
  }

  private boolean openForm(MethodsClient client, String triggerId, CommandReply reply) {
    try {
      var opened =
          client.viewsOpen(
              r -> r.triggerId(triggerId).view(renderer.modal(reply.form().orElseThrow())));
      if (!opened.isOk()) {
        log.warn("Slack did not open the form: {}", opened.getError());
      }
      return opened.isOk();
    } catch (Exception e) {
      log.warn("Slack did not open the form: {}", e.getMessage());
      return false;
    }
  }
}
