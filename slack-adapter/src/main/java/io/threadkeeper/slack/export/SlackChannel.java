package io.threadkeeper.slack.export;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Objects;

/**
 * A channel as the export describes it.
 *
 * @param folder the export folder that holds its day files: its name (a DM's folder is its id)
 * @param created when it was created, or when its first day file starts if the export does not say
 */
record SlackChannel(ChannelId id, String name, String folder, boolean archived, Instant created) {
  SlackChannel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(created, "created");
    name = name == null || name.isBlank() ? id.value() : name;
  }

  ChannelChanged changed(WorkspaceRef workspace) {
    // Name and archived state are in the key: a later export of a renamed or archived channel
    // is a new fact, the same export read again is not.
    EventKey key =
        EventKey.derived("channel_changed", id.value(), name, archived ? "archived" : "active");
    return new ChannelChanged(workspace, key, created, id, name, archived);
  }
}
