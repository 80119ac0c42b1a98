package io.threadkeeper.slack.export;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A zipped export, read in place through the zip's central directory; nothing is extracted. */
final class ZipExportFiles implements ExportFiles {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final Path source;
  private final ZipFile zip;

  ZipExportFiles(Path source) throws IOException {
    this.source = source;
    this.zip = new ZipFile(source.toFile());
  }

  static boolean looksLikeZip(Path source) throws IOException {
    if (!Files.isRegularFile(source)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(source)) {
      return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
    }
  }

  @Override
  public String name() {
    String fileName = source.getFileName().toString();
    return fileName.toLowerCase(Locale.ROOT).endsWith(".zip")
        ? fileName.substring(0, fileName.length() - ".zip".length())
        : fileName;
  }

  @Override
  public List<String> paths() {
    return zip.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).toList();
  }

  @Override
  public InputStream open(String path) throws IOException {
    ZipEntry entry = zip.getEntry(path);
    if (entry == null) {
      throw new NoSuchFileException(path, null, "not in " + source.getFileName());
    }
    return new DamageAsZipException(zip.getInputStream(entry), path);
  }

  /**
   * Reports damaged compressed data as a {@link ZipException}, like a damaged central directory:
   * the inflater reports a cut-short entry as a bare {@link EOFException}, which would otherwise
   * pass for a fault of the file system instead of the export.
   */
  private static final class DamageAsZipException extends FilterInputStream {
    private final String path;

    DamageAsZipException(InputStream in, String path) {
      super(in);
      this.path = path;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (EOFException | ZipException e) {
        throw damaged(e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (EOFException | ZipException e) {
        throw damaged(e);
      }
    }

    private ZipException damaged(IOException e) {
      ZipException damaged = new ZipException(path + " is damaged (" + e.getMessage() + ")");
      damaged.initCause(e);
      return damaged;
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
