package io.threadkeeper.core.store;

import io.threadkeeper.core.command.ParseOutcome;
import io.threadkeeper.core.command.Subcommand;

/** What the command desk says at once, before anything is carried out. Stateless. */
final class DeskWording {
  static final String UNAVAILABLE =
      "Threadkeeper could not take this command right now; please try again in a minute.";
  static final String ON_IT = "On it… the answer follows in a moment.";
  static final String SLOW = "Taken; the database is slow, so the answer may take a minute.";
  static final String STALE_BUTTON = "That button is no longer in use.";
  static final String FORGET_ME_PREVIEW =
      "/async forget-me confirm erases what Threadkeeper keeps about you in this workspace: your"
          + " id is replaced by a pseudonym everywhere, your time zone and working hours are"
          + " cleared, and your nudge and reminder counts are deleted. Summaries you posted stay,"
          + " since they were meant to be shared. Run /async forget-me confirm to go ahead.";
  static final String FORGET_ME_DONE =
      "Erasing what Threadkeeper keeps about you now. This is the only confirmation: once it is"
          + " done, Threadkeeper no longer knows who you are, so it cannot message you about it.";

  private DeskWording() {}

  static String rejected(ParseOutcome.Rejected rejected) {
    return rejected.problem() + "\n" + rejected.usage();
  }

  static String moderatorsOnly(Subcommand subcommand) {
    return "Only moderators can run /async "
        + subcommand.commandName()
        + ". This attempt was recorded in the audit log.";
  }

  static String needsThread(Subcommand subcommand) {
    return "Run /async "
        + subcommand.commandName()
        + " inside the thread it is about (reply in the thread, then use the command there).";
  }
}
