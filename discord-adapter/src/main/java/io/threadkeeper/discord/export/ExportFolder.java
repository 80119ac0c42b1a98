package io.threadkeeper.discord.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The JSON files of an export: the file itself, or those in a folder, in path order. Stateless. */
final class ExportFolder {
  // A server export is one folder; people sort it into a folder per category, rarely deeper.
  private static final int MAX_DEPTH = 3;

  private ExportFolder() {}

  static List<Path> jsonFiles(Path source) throws IOException {
    if (!Files.isDirectory(source)) {
      return List.of(source);
    }
    try (Stream<Path> files = Files.walk(source, MAX_DEPTH)) {
      return files
          .filter(Files::isRegularFile)
          .filter(ExportFolder::isJson)
          .sorted(
              (a, b) -> source.relativize(a).toString().compareTo(source.relativize(b).toString()))
          .toList();
    }
  }

  static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
