package io.threadkeeper.deploy;

public final class ThreadkeeperCli {
  public static void main(String[] args) {}
}
