package io.threadkeeper.deploy;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Which channels an offline audit treats as urgent: named ones, or a guess from the name. */
public final class UrgentChannels {
  private static final Pattern URGENT_NAME =
      Pattern.compile(
          "(^|[-_])(urgent|incidents?|on-?call|alerts?|emergency|sos|outages?)([-_]|$)");

  /** Names such as {@code urgent-ops}, {@code incidents}, {@code team-oncall}. */
  public static final Predicate<String> GUESS = name -> URGENT_NAME.matcher(name).find();

  private UrgentChannels() {}

  /** Exactly the given names, or the guess when none are given. */
  public static Predicate<String> named(Set<String> names) {
    return names.isEmpty() ? GUESS : names::contains;
  }
}
