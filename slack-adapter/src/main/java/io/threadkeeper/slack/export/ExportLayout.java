package io.threadkeeper.slack.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where things are in a Slack export: the top-level lists ({@code channels.json}, {@code
 * users.json}, …) and, per folder, its day files in date order. Paths are full paths inside the
 * export, so that error messages can name them.
 *
 * @param root the folder that holds the export inside the source ({@code ""}, or e.g. {@code
 *     "northwind/"} when the export was zipped again inside a folder)
 * @param topFiles the file names directly in {@code root}
 * @param dayFiles per folder name, its day files' full paths, sorted by date
 */
record ExportLayout(String root, Set<String> topFiles, SortedMap<String, List<String>> dayFiles) {
  static final String CHANNELS = "channels.json";
  static final String USERS = "users.json";
  private static final Pattern DAY_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");
  private static final String MAC_RESOURCE_FORKS = "__MACOSX/";

  ExportLayout {
    topFiles = Collections.unmodifiableSet(new TreeSet<>(topFiles));
    dayFiles = Collections.unmodifiableSortedMap(new TreeMap<>(dayFiles));
  }

  static ExportLayout of(Collection<String> paths) {
    List<String> kept =
        paths.stream().filter(path -> !path.startsWith(MAC_RESOURCE_FORKS)).toList();
    ExportLayout flat = under("", kept);
    if (flat.isSlackExport()) {
      return flat;
    }
    return commonTopFolder(kept).map(folder -> under(folder, kept)).orElse(flat);
  }

  private static ExportLayout under(String root, List<String> paths) {
    Set<String> top = new TreeSet<>();
    SortedMap<String, List<String>> days = new TreeMap<>();
    for (String path : paths) {
      if (!path.startsWith(root)) {
        continue;
      }
      String[] parts = path.substring(root.length()).split("/");
      if (parts.length == 1) {
        top.add(parts[0]);
      } else if (parts.length == 2 && isDayFile(parts[1])) {
        days.computeIfAbsent(parts[0], folder -> new ArrayList<>()).add(path);
      }
    }
    days.values().forEach(Collections::sort);
    return new ExportLayout(root, top, days);
  }

  /** A name such as {@code 2026-13-45.json} has the shape but no day, so it is no day file. */
  private static boolean isDayFile(String name) {
    if (!DAY_FILE.matcher(name).matches()) {
      return false;
    }
    try {
      LocalDate.parse(name.substring(0, name.length() - ".json".length()));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Optional<String> commonTopFolder(List<String> paths) {
    SortedSet<String> tops = new TreeSet<>();
    for (String path : paths) {
      int slash = path.indexOf('/');
      tops.add(slash < 0 ? "" : path.substring(0, slash + 1));
    }
    return tops.size() == 1 && !tops.contains("") ? Optional.of(tops.first()) : Optional.empty();
  }

  /** A Slack export has a {@code channels.json} or at least one channel folder of day files. */
  boolean isSlackExport() {
    return topFiles.contains(CHANNELS) || !dayFiles.isEmpty();
  }

  /** The full path of a top-level file such as {@code users.json}, if the export has it. */
  Optional<String> topFile(String name) {
    return topFiles.contains(name) ? Optional.of(root + name) : Optional.empty();
  }

  int dayFileCount() {
    return dayFiles.values().stream().mapToInt(List::size).sum();
  }
}
