package io.threadkeeper.core.store;

import io.threadkeeper.core.command.ChannelSetting;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.time.WorkingHours;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies workspace defaults and channel norms given by the operator's configuration file, through
 * the same columns {@code /async config} changes, and audits each change with the actor {@value
 * #ACTOR}.
 *
 * <p>The file seeds; it does not own the settings. Each value it applied is remembered in the
 * workspace's settings ({@code seeded}), and a value is applied again only when the file's value
 * changes, so a moderator's later {@code /async config} survives restarts with the same file.
 *
 * <p>Thread-safe.
 */
public final class SeededNorms {
  public static final String ACTOR = "config file";
  private static final String OFF = "off";

  private final Jdbi jdbi;
  private final Clock clock;

  public SeededNorms(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** One workspace's seeded defaults and channel norms; an empty value leaves the setting alone. */
  public record Workspace(
      WorkspaceRef workspace,
      Optional<ZoneId> timeZone,
      Optional<WorkingHours> workingHours,
      Optional<Boolean> shadow,
      Map<ChannelId, List<ChannelSetting>> channels) {
    public Workspace {
      Objects.requireNonNull(workspace, "workspace");
      channels = Map.copyOf(channels);
    }
  }

  /** Applies every seed in one transaction; returns how many settings changed. */
  public int apply(List<Workspace> seeds) {
    return jdbi.inTransaction(handle -> seeds.stream().mapToInt(seed -> apply(handle, seed)).sum());
  }

  private int apply(Handle handle, Workspace seed) {
    Directory directory = handle.attach(Directory.class);
    long workspaceId = directory.workspaceId(seed.workspace());
    WorkspaceSeedRecord record = new WorkspaceSeedRecord(handle, workspaceId);
    int changed = 0;
    changed +=
        workspaceColumn(record, "time-zone", "time_zone", seed.timeZone().map(ZoneId::getId));
    changed +=
        workspaceColumn(
            record, "working-hours", "working_hours", seed.workingHours().map(Object::toString));
    changed += workspaceShadow(record, seed.shadow().map(String::valueOf));
    for (Map.Entry<ChannelId, List<ChannelSetting>> channel : seed.channels().entrySet()) {
      long channelId = directory.channelId(workspaceId, channel.getKey());
      for (ChannelSetting setting : channel.getValue()) {
        changed += channelSetting(record, channel.getKey(), channelId, setting);
      }
    }
    return changed;
  }

  private int workspaceColumn(
      WorkspaceSeedRecord record, String name, String column, Optional<String> value) {
    if (value.isEmpty() || record.alreadySeeded("workspace/" + name, value.get())) {
      return 0;
    }
    String before = record.workspaceColumn(column);
    record
        .handle
        .createUpdate("update workspace set <column> = :value where id = :id")
        .define("column", column)
        .bind("value", value.get())
        .bind("id", record.workspaceId)
        .execute();
    return record.seeded("workspace/" + name, value.get(), name, null, before, value.get());
  }

  private int workspaceShadow(WorkspaceSeedRecord record, Optional<String> value) {
    if (value.isEmpty() || record.alreadySeeded("workspace/shadow", value.get())) {
      return 0;
    }
    String before = record.shadow();
    record
        .handle
        .createUpdate(
            "update workspace set settings = jsonb_set(settings, '{shadow}', to_jsonb(:on))"
                + " where id = :id")
        .bind("on", Boolean.parseBoolean(value.get()))
        .bind("id", record.workspaceId)
        .execute();
    return record.seeded("workspace/shadow", value.get(), "shadow", null, before, value.get());
  }

  private int channelSetting(
      WorkspaceSeedRecord record, ChannelId channel, long channelId, ChannelSetting setting) {
    ChannelColumn column = ChannelColumn.of(setting.key());
    String value = ChannelColumn.valueOf(setting).orElse(null);
    String key = "channel/" + channel.value() + "/" + setting.key().settingName();
    String fileValue = value == null ? OFF : value;
    if (record.alreadySeeded(key, fileValue)) {
      return 0;
    }
    CommandStore store = record.handle.attach(CommandStore.class);
    String before = store.channelSetting(column.column(), channelId).orElse(null);
    store.changeChannelSetting(column.column(), column.type(), channelId, value);
    String after = store.channelSetting(column.column(), channelId).orElse(null);
    return record.seeded(
        key, fileValue, setting.key().settingName(), channel.value(), before, after);
  }

  /** The workspace row's record of what the file applied, and the audit of each application. */
  private final class WorkspaceSeedRecord {
    private final Handle handle;
    private final long workspaceId;

    WorkspaceSeedRecord(Handle handle, long workspaceId) {
      this.handle = handle;
      this.workspaceId = workspaceId;
    }

    boolean alreadySeeded(String key, String value) {
      return handle
          .createQuery("select settings -> 'seeded' ->> :key from workspace where id = :id")
          .bind("key", key)
          .bind("id", workspaceId)
          .mapTo(String.class)
          .findOne()
          .filter(value::equals)
          .isPresent();
    }

    String workspaceColumn(String column) {
      return handle
          .createQuery("select <column> from workspace where id = :id")
          .define("column", column)
          .bind("id", workspaceId)
          .mapTo(String.class)
          .one();
    }

    String shadow() {
      return handle
          .createQuery(
              "select coalesce((settings ->> 'shadow')::boolean, false)::text from workspace"
                  + " where id = :id")
          .bind("id", workspaceId)
          .mapTo(String.class)
          .one();
    }

    /** Remembers the applied value and audits the change; returns 1 when the value moved. */
    int seeded(
        String key, String fileValue, String name, String target, String before, String after) {
      handle
          .createUpdate(
              "update workspace set settings = jsonb_set(settings, '{seeded}',"
                  + " coalesce(settings -> 'seeded', '{}'::jsonb)"
                  + " || jsonb_build_object(:key, :value)) where id = :id")
          .bind("key", key)
          .bind("value", fileValue)
          .bind("id", workspaceId)
          .execute();
      boolean moved = !Objects.equals(before, after);
      handle
          .attach(AuditTrail.class)
          .record(
              workspaceId,
              clock.instant(),
              ACTOR,
              "config " + name,
              target,
              moved ? "changed" : "unchanged",
              AuditDetail.change(before, after));
      return moved ? 1 : 0;
    }
  }
}
