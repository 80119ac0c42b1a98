package io.threadkeeper.slack.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An unpacked export folder. */
final class FolderExportFiles implements ExportFiles {
  // A wrapping folder (an export zipped again by hand) adds one level to channel/day-file.
  private static final int MAX_DEPTH = 3;

  private final Path root;

  FolderExportFiles(Path root) {
    this.root = root;
  }

  @Override
  public String name() {
    Path fileName = root.toAbsolutePath().normalize().getFileName();
    return fileName == null ? "export" : fileName.toString();
  }

  @Override
  public List<String> paths() throws IOException {
    try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> relativeName(root.relativize(file)))
          .collect(Collectors.toList());
    }
  }

  private static String relativeName(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  @Override
  public InputStream open(String path) throws IOException {
    return Files.newInputStream(root.resolve(path));
  }

  @Override
  public void close() {
    // Nothing is held open between reads.
  }
}
