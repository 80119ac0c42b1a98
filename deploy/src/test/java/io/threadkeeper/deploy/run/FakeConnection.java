package io.threadkeeper.deploy.run;

import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.testing.FakeChatPlatform;

/** A connection that is always up and sends through the fake. */
record FakeConnection(FakeChatPlatform platform) implements PlatformConnection {
  @Override
  public String name() {
    return "fake";
  }

  @Override
  public ChatPlatform chatPlatform() {
    return platform;
  }

  @Override
  public void start() {}

  @Override
  public boolean isConnected() {
    return true;
  }

  @Override
  public void close() {}
}
