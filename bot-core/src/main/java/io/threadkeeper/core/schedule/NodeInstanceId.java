package io.threadkeeper.core.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.quartz.spi.InstanceIdGenerator;

/**
 * Names a scheduler instance {@code host-pid-random}. Quartz's own AUTO generator uses the host and
 * the current millisecond, which two schedulers started together in one JVM (tests, a second
 * scheduler for reports) can share; a clustered store must never see two live instances with one
 * name.
 *
 * <p>Thread-safe.
 */
public final class NodeInstanceId implements InstanceIdGenerator {
  @Override
  public String generateInstanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String random = UUID.randomUUID().toString().substring(0, 8);
    return host + "-" + ProcessHandle.current().pid() + "-" + random;
  }
}
