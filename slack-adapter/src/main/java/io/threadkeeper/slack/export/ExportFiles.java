package io.threadkeeper.slack.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of an export, whether zipped or unpacked, named by their {@code /}-separated path
 * inside it. Not thread-safe; closed after one read.
 */
sealed interface ExportFiles extends AutoCloseable permits ZipExportFiles, FolderExportFiles {

  static ExportFiles open(Path source) throws IOException {
    if (Files.isDirectory(source)) {
      return new FolderExportFiles(source);
    }
    return new ZipExportFiles(source);
  }

  /** Whether {@code source} could be opened by {@link #open}: a folder or a zip file. */
  static boolean canOpen(Path source) throws IOException {
    return Files.isDirectory(source) || ZipExportFiles.looksLikeZip(source);
  }

  /** The export's own name: the folder's, or the zip file's without {@code .zip}. */
  String name();

  /** Every file's path, deep enough for a channel folder inside one wrapping folder. */
  List<String> paths() throws IOException;

  InputStream open(String path) throws IOException;

  @Override
  void close() throws IOException;
}
