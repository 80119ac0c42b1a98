package io.threadkeeper.deploy.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SampleCommunityFilesTest {

  @Test
  void committedFilesAreExactlyWhatTheGeneratorWrites() throws Exception {
    Path folder = SampleCommunityTest.sampleFolder();
    Map<String, String> generated = SampleCommunityGenerator.files();

    Set<String> committed;
    try (Stream<Path> files = Files.walk(folder)) {
      committed =
          files
              .filter(Files::isRegularFile)
              .map(file -> folder.relativize(file).toString().replace('\\', '/'))
              .collect(Collectors.toSet());
    }

    assertThat(committed).containsExactlyInAnyOrderElementsOf(generated.keySet());
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertThat(Files.readString(folder.resolve(file.getKey()), StandardCharsets.UTF_8))
          .as(file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void generatingTwiceGivesTheSameBytes() throws Exception {
    assertThat(SampleCommunityGenerator.files()).isEqualTo(SampleCommunityGenerator.files());
  }
}
