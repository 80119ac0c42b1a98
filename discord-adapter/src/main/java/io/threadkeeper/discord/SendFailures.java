package io.threadkeeper.discord;

import io.threadkeeper.core.port.SendOutcome;
import java.io.IOException;
import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;

/**
 * Maps what went wrong on a send to an outcome: a Discord 4xx (403, 50007 DMs closed, 50001 missing
 * access, 10003 unknown channel, 10013 unknown user…) will not pass by retrying; a 5xx, a network
 * error or anything unknown might. Stateless.
 */
final class SendFailures {
  private SendFailures() {}

  static SendOutcome outcomeOf(Throwable failure) {
    if (failure instanceof ErrorResponseException response) {
      return ofResponse(response);
    }
    if (failure instanceof InsufficientPermissionException permission) {
      return new SendOutcome.PermanentFailure(
          "missing_permission_" + permission.getPermission().name());
    }
    if (failure instanceof RateLimitedException limited) {
      return new SendOutcome.RateLimited(
          Duration.ofMillis(Math.max(0, limited.getRetryAfter())), "discord");
    }
    if (failure instanceof IOException || failure.getCause() instanceof IOException) {
      return new SendOutcome.TransientFailure("network");
    }
    return new SendOutcome.TransientFailure(failure.getClass().getSimpleName());
  }

  private static SendOutcome ofResponse(ErrorResponseException response) {
    int status = response.getResponse() == null ? -1 : response.getResponse().code;
    if (response.isServerError() || status >= 500 || status < 0) {
      return new SendOutcome.TransientFailure(status > 0 ? "http_" + status : "network");
    }
    return new SendOutcome.PermanentFailure(
        "discord_" + response.getErrorCode() + "_http_" + status);
  }
}
