package io.threadkeeper.core.store;

import io.threadkeeper.core.command.AsyncCommand;
import io.threadkeeper.core.command.ChannelSetting;
import io.threadkeeper.core.command.ConfigKey;
import java.util.List;
import java.util.StringJoiner;

/**
 * The moderators' commands: {@code config} (changes audited with the old and new value), {@code
 * config show} and {@code audit-log}. Stateless and thread-safe.
 */
final class ModeratorCommands {
  static final int DEFAULT_AUDIT_ROWS = 20;
  static final String NO_CHANNEL = "Run /async config in the channel whose norms you mean.";

  String config(Invocation call, AsyncCommand.Config command) {
    if (call.channel() == null) {
      return NO_CHANNEL;
    }
    if (command.change().isEmpty()) {
      return show(call);
    }
    ChannelSetting setting = command.change().get();
    ChannelColumn column = ChannelColumn.of(setting.key());
    long channelId = call.channelId();
    CommandStore store = call.commands();
    String before = store.channelSetting(column.column(), channelId).orElse(null);
    String value = ChannelColumn.valueOf(setting).orElse(null);
    store.changeChannelSetting(column.column(), column.type(), channelId, value);
    String after = store.channelSetting(column.column(), channelId).orElse(null);
    call.audit(
        "config " + setting.key().settingName(),
        call.channel().value(),
        "changed",
        AuditDetail.change(before, after));
    return setting.key().settingName()
        + " is now "
        + shown(after)
        + " (was "
        + shown(before)
        + ").";
  }

  String auditLog(Invocation call, AsyncCommand.AuditLog command) {
    int limit = command.limit().orElse(DEFAULT_AUDIT_ROWS);
    List<AuditTrail.Entry> rows =
        call.handle().attach(AuditTrail.class).latest(call.workspaceId(), limit);
    call.audit("audit-log", null, "shown", "{}");
    if (rows.isEmpty()) {
      return "The audit log is empty.";
    }
    StringJoiner text = new StringJoiner("\n");
    text.add("Latest " + rows.size() + " audit entries, newest first (times in UTC):");
    rows.forEach(row -> text.add(line(row)));
    return text.toString();
  }

  private static String show(Invocation call) {
    long channelId = call.channelId();
    StringJoiner text = new StringJoiner("\n");
    text.add("Norms of <#" + call.channel().value() + ">:");
    for (ConfigKey key : ConfigKey.values()) {
      if (key != ConfigKey.SHOW) {
        String value =
            call.commands().channelSetting(ChannelColumn.of(key).column(), channelId).orElse(null);
        text.add("- " + key.settingName() + ": " + shown(value));
      }
    }
    return text.toString();
  }

  static String line(AuditTrail.Entry row) {
    // Actors and targets are platform ids, written as ids: a mention would ping them.
    return "- "
        + row.at()
        + " "
        + row.actor()
        + " "
        + row.action()
        + (row.target() == null ? "" : " " + row.target())
        + ": "
        + row.outcome();
  }

  private static String shown(String value) {
    return value == null ? "off" : value;
  }
}
