package io.threadkeeper.core.port;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.WorkspaceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * What export readers share: forwards everything to the caller's sink and counts it on the way:
 * channels, members, messages, notices and files read. Not thread-safe; one per read.
 */
public final class ExportTally implements ExportSink {
  private final ExportSink sink;
  private final long filesTotal;
  private final List<String> notices = new ArrayList<>();
  private long filesDone;
  private int channels;
  private int members;
  private long messages;

  public ExportTally(ExportSink sink, long filesTotal) {
    this.sink = sink;
    this.filesTotal = filesTotal;
  }

  @Override
  public void accept(ChatEvent event) {
    if (event instanceof MessagePosted) {
      messages++;
    } else if (event instanceof ChannelChanged) {
      channels++;
    } else if (event instanceof MemberProfileChanged) {
      members++;
    }
    sink.accept(event);
  }

  @Override
  public void progress(long done, long total) {
    sink.progress(done, total);
  }

  @Override
  public void notice(String message) {
    notices.add(message);
    sink.notice(message);
  }

  /** One more of the export's files has been read, or skipped on purpose. */
  public void filesDone(int count) {
    filesDone += count;
    sink.progress(filesDone, filesTotal);
  }

  public ExportSummary summary(WorkspaceRef workspace) {
    return new ExportSummary(workspace, channels, members, messages, notices);
  }
}
