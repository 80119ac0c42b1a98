package io.threadkeeper.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * An export for fuzzing readers: some files, each maybe damaged, written as a folder, a zip, a
 * damaged zip, or just the first file on its own.
 *
 * @param cut where a damaged zip is cut short or has a byte flipped
 */
public record FuzzedExport(List<Entry> entries, Container container, int cut) {

  /** One file: its path inside the export and its bytes. */
  public record Entry(String name, byte[] content) {
    @Override
    public String toString() {
      return name + " (" + content.length + " bytes)";
    }
  }

  /** How the files are packed. */
  public enum Container {
    FOLDER,
    ZIP,
    TRUNCATED_ZIP,
    FLIPPED_ZIP,
    FIRST_FILE_ALONE
  }

  /** A file that the export holds most of the time, with content from {@code content}. */
  public static Arbitrary<Optional<Entry>> file(String name, Arbitrary<String> content) {
    Arbitrary<Entry> entry = content.map(text -> new Entry(name, bytes(text)));
    return Arbitraries.frequencyOf(
        Tuple.of(7, entry.map(Optional::of)), Tuple.of(1, Arbitraries.just(Optional.empty())));
  }

  /**
   * Exports of the usual files (each perhaps missing) and up to three more under odd names, with
   * JSON of the format's {@code keys} or random bytes.
   */
  public static Arbitrary<FuzzedExport> arbitrary(
      List<Arbitrary<Optional<Entry>>> usual, Arbitrary<String> oddNames, List<String> keys) {
    Arbitrary<byte[]> oddContent =
        Arbitraries.oneOf(
            GarbledJson.value(keys, 3).map(json -> bytes(json.toString())),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(64));
    Arbitrary<List<Entry>> odd =
        Combinators.combine(oddNames, oddContent).as(Entry::new).list().ofMaxSize(3);
    Arbitrary<List<Entry>> entries =
        Combinators.combine(sequence(usual), odd)
            .as(
                (files, extra) -> {
                  List<Entry> all = new ArrayList<>(files);
                  all.addAll(extra);
                  return all;
                });
    return Combinators.combine(
            entries,
            Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Container.FOLDER)),
                Tuple.of(4, Arbitraries.just(Container.ZIP)),
                Tuple.of(1, Arbitraries.just(Container.TRUNCATED_ZIP)),
                Tuple.of(1, Arbitraries.just(Container.FLIPPED_ZIP)),
                Tuple.of(1, Arbitraries.just(Container.FIRST_FILE_ALONE))),
            Arbitraries.integers().between(0, Integer.MAX_VALUE))
        .as(FuzzedExport::new);
  }

  private static Arbitrary<List<Entry>> sequence(List<Arbitrary<Optional<Entry>>> files) {
    Arbitrary<List<Entry>> all = Arbitraries.just(List.of());
    for (Arbitrary<Optional<Entry>> file : files) {
      all =
          Combinators.combine(all, file)
              .as(
                  (before, next) -> {
                    List<Entry> more = new ArrayList<>(before);
                    next.ifPresent(more::add);
                    return more;
                  });
    }
    return all;
  }

  /** Writes the export into {@code folder} and returns the path a reader is given. */
  public Path write(Path folder) throws IOException {
    return switch (container) {
      case FOLDER -> writeFolder(folder.resolve("export"));
      case ZIP -> Files.write(folder.resolve("export.zip"), zip());
      case TRUNCATED_ZIP -> {
        byte[] zip = zip();
        int length = zip.length == 0 ? 0 : cut % zip.length;
        yield Files.write(folder.resolve("export.zip"), Arrays.copyOf(zip, length));
      }
      case FLIPPED_ZIP -> {
        byte[] zip = zip();
        if (zip.length > 0) {
          zip[cut % zip.length] ^= (byte) (1 + cut % 255);
        }
        yield Files.write(folder.resolve("export.zip"), zip);
      }
      case FIRST_FILE_ALONE ->
          Files.write(
              folder.resolve(entries.isEmpty() ? "export.json" : leaf(entries.get(0).name())),
              entries.isEmpty() ? new byte[0] : entries.get(0).content());
    };
  }

  private Path writeFolder(Path root) throws IOException {
    Files.createDirectories(root);
    for (Entry entry : entries) {
      Path target = root.resolve(entry.name()).normalize();
      if (!target.startsWith(root) || target.equals(root)) {
        continue;
      }
      try {
        if (entry.name().endsWith("/")) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.write(target, entry.content());
        }
      } catch (IOException e) {
        // A name that clashes with an earlier one (a file where a folder is) is left out.
      }
    }
    return root;
  }

  private byte[] zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry entry : entries) {
        try {
          zip.putNextEntry(new ZipEntry(entry.name()));
          zip.write(entry.content());
          zip.closeEntry();
        } catch (ZipException duplicate) {
          // The second entry of one name is left out, as a zip tool would refuse it.
        }
      }
    }
    return bytes.toByteArray();
  }

  private static String leaf(String name) {
    String leaf = name.substring(name.lastIndexOf('/') + 1);
    return leaf.isEmpty() || leaf.equals("..") ? "export.json" : leaf;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Deletes {@code folder} and everything in it. */
  public static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
