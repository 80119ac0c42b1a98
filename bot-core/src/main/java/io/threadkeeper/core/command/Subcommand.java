package io.threadkeeper.core.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code /async} subcommands: name, form, example and who may run each. */
public enum Subcommand {
  HELP("help", "help [command]", "help snooze", "list the commands, or explain one", false),
  ASK(
      "ask",
      "ask [due date YYYY-MM-DD]",
      "ask 2026-11-20",
      "open the request form (background, decision needed, owner, due date)",
      false),
  OWNER(
      "owner",
      "owner <person from the mention picker>",
      "owner @Sam",
      "hand this thread to someone",
      false),
  RESOLVE("resolve", "resolve", "resolve", "close this thread", false),
  SUMMARY(
      "summary",
      "summary [text]",
      "summary Decision: we book the hall; Sam signs by Friday",
      "post a summary of this thread; with no text, mark your latest reply as the summary",
      false),
  MINE("mine", "mine", "mine", "list the open threads you own", false),
  TIMEZONE(
      "timezone",
      "timezone <zone | auto>",
      "timezone Europe/Berlin",
      "set your time zone, or auto to follow your profile",
      false),
  HOURS(
      "hours",
      "hours \"<days> <HH:MM-HH:MM>\"",
      "hours \"Mon-Fri 09:00-17:00\"",
      "set your working hours; reminders wait for them",
      false),
  SNOOZE(
      "snooze",
      "snooze <duration> [reason]",
      "snooze 2d waiting for the venue",
      "pause this thread's reminders for 1 minute to 30 days",
      false),
  WHY("why", "why", "why", "explain the last nudge or reminder you got", false),
  FORGET_ME(
      "forget-me",
      "forget-me [confirm]",
      "forget-me confirm",
      "erase what Threadkeeper stores about you; without confirm it only explains what goes",
      false),
  REPORT(
      "report",
      "report [ISO week YYYY-Www]",
      "report 2026-W47",
      "show the thread-health report, for last week or the week named",
      false),
  CONFIG(
      "config",
      "config <setting> <value> | config show",
      "config reply-window 2d",
      "show or change this channel's norms (settings: " + ConfigKey.names() + ")",
      true),
  ASSIGN(
      "assign",
      "assign <person from the mention picker>",
      "assign @Sam",
      "make someone the owner of this thread",
      true),
  AUDIT_LOG(
      "audit-log",
      "audit-log [limit 1-" + AsyncCommand.AuditLog.MAX_LIMIT + "]",
      "audit-log 20",
      "list the latest moderator actions and erasures",
      true);

  private final String commandName;
  private final String form;
  private final String example;
  private final String purpose;
  private final boolean moderatorOnly;

  Subcommand(
      String commandName, String form, String example, String purpose, boolean moderatorOnly) {
    this.commandName = commandName;
    this.form = form;
    this.example = example;
    this.purpose = purpose;
    this.moderatorOnly = moderatorOnly;
  }

  /** The name typed after {@code /async}, such as {@code forget-me}. */
  public String commandName() {
    return commandName;
  }

  /** The form without the {@code /async} prefix, such as {@code snooze <duration> [reason]}. */
  public String form() {
    return form;
  }

  /** A complete example without the {@code /async} prefix. */
  public String example() {
    return example;
  }

  /** What the command does, as a lower-case phrase. */
  public String purpose() {
    return purpose;
  }

  /** Whether only the channel's moderators may run it. */
  public boolean moderatorOnly() {
    return moderatorOnly;
  }

  /** The usage line shown with a problem, e.g. {@code Usage: /async snooze … — e.g. …}. */
  public String usage() {
    return "Usage: /async " + form + " — e.g. /async " + example;
  }

  /** Finds a subcommand by name ignoring case, hyphens and underscores ({@code ForgetMe}). */
  public static Optional<Subcommand> named(String name) {
    String wanted = normalise(name);
    return Arrays.stream(values()).filter(s -> normalise(s.commandName).equals(wanted)).findFirst();
  }

  /** All names, in help order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Subcommand::commandName).toList();
  }

  static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }
}
