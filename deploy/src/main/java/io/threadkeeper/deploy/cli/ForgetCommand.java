package io.threadkeeper.deploy.cli;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.MemberErasure;
import io.threadkeeper.deploy.DatabaseTarget;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadkeeper forget}: an operator erases a member, as {@code /async forget-me} does. */
@Command(
    name = "forget",
    mixinStandardHelpOptions = true,
    description =
        "Erases a member from the bot's database, as /async forget-me confirm does: their id is"
            + " replaced by a pseudonym in every table (the audit log included), their settings"
            + " and tallies go, and messages not yet sent to them are dropped. Prints what was"
            + " erased.")
public final class ForgetCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Option(
      names = "--member",
      required = true,
      paramLabel = "ID",
      description =
          "The member's platform id, e.g. U0123ABC (Slack) or 81234567890123456 (Discord).")
  String member;

  @Option(
      names = "--workspace",
      required = true,
      paramLabel = "KEY",
      description = "The workspace, e.g. slack:T0123 or discord:8123456789.")
  String workspace;

  @Override
  public Integer call() throws Exception {
    return run(
        database,
        WorkspaceRef.parse(workspace),
        new MemberId(member),
        Clock.systemUTC(),
        System.out);
  }

  static int run(
      DatabaseTarget database,
      WorkspaceRef workspace,
      MemberId member,
      Clock clock,
      PrintStream out)
      throws Exception {
    try (DatabaseTarget.Opened opened = database.openMain(System.err)) {
      MemberErasure.Erased erased =
          MemberErasure.forget(opened.database().jdbi(), workspace, member, clock.instant())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no member "
                              + member.value()
                              + " in workspace "
                              + workspace.key()
                              + "; check --member and --workspace"));
      out.println(
          "Erased member "
              + member.value()
              + " of "
              + workspace.key()
              + ", now "
              + erased.pseudonym()
              + ":");
      out.println("  member row: pseudonymised, time zone and working hours cleared, opted out");
      out.println("  audit log rows pseudonymised: " + erased.auditLog());
      out.println("  outbox rows pseudonymised: " + erased.outbox());
      out.println("  unsent messages to them dropped: " + erased.unsentOutbox());
      out.println("  inbox rows pseudonymised: " + erased.inbox());
      out.println("  threads whose norms named them: " + erased.threads());
      out.println("  tallies deleted: " + erased.tallies());
      out.println("  pending asks dropped: " + erased.pendingAsks());
    }
    return 0;
  }
}
