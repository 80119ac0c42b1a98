package io.threadkeeper.deploy.sample;

import io.threadkeeper.deploy.sample.SampleCommunity.Channel;
import io.threadkeeper.deploy.sample.SampleCommunity.Kind;
import io.threadkeeper.deploy.sample.SampleCommunity.Member;
import io.threadkeeper.deploy.sample.Timeline.TimedPost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the bundled sample community, "Northwind Volunteers", as an unpacked Slack export under
 * {@code deploy/src/main/resources/sample-community}. The content is the screenplay in {@code
 * northwind-volunteers.script} next to this class; this program only puts it on the clock (seeded,
 * so every run writes the same bytes) and into Slack's file shapes. It uses {@code java.*} only.
 *
 * <p>To rerun it after editing the script, from the repository root:
 *
 * <pre>
 * ./mvnw -q -o -pl deploy -am test-compile
 * java -cp deploy/target/test-classes io.threadkeeper.deploy.sample.SampleCommunityGenerator \
 *     deploy/src/main/resources/sample-community
 * </pre>
 *
 * {@code SampleCommunityFilesTest} fails while the committed files and the generator disagree.
 */
public final class SampleCommunityGenerator {
  static final String SCRIPT = "northwind-volunteers.script";
  static final long SEED = 20_261_102L;
  private static final String DEFAULT_TARGET = "deploy/src/main/resources/sample-community";

  private SampleCommunityGenerator() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : DEFAULT_TARGET);
    Map<String, String> files = files();
    clear(target);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = target.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + files.size() + " files to " + target);
  }

  /** Every file of the export, by its path inside the export folder. */
  static Map<String, String> files() throws IOException {
    SampleCommunity community = CommunityScript.parse(script());
    List<TimedPost> timeline = Timeline.place(community, SEED);
    Map<String, String> files = new TreeMap<>();
    files.put("users.json", PrettyJson.write(users(community)));
    files.put("channels.json", PrettyJson.write(channels(community, timeline)));
    files.putAll(dayFiles(community, timeline));
    return files;
  }

  private static List<String> script() throws IOException {
    try (InputStream in = SampleCommunityGenerator.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IOException(SCRIPT + " is not on the classpath; run test-compile first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static List<Object> users(SampleCommunity community) {
    return community.members().stream()
        .filter(member -> member.kind() != Kind.INTEGRATION)
        .map(member -> (Object) ProfileShapes.user(member, community.team()))
        .toList();
  }

  private static List<Object> channels(SampleCommunity community, List<TimedPost> timeline) {
    List<Object> channels = new ArrayList<>();
    for (Channel channel : community.channels()) {
      String creator = community.member(channel.creator()).id();
      long topicSet = channel.created().plusDays(1).atTime(9, 0).toEpochSecond(ZoneOffset.UTC);
      SortedSet<String> members = new TreeSet<>();
      members.add(creator);
      for (TimedPost post : timeline) {
        Member author = community.member(post.post().author());
        if (!post.post().channel().equals(channel.name())) {
          continue;
        }
        if (post.post().has("topic")) {
          topicSet = post.at().getEpochSecond();
        }
        if (author.kind() == Kind.HUMAN || author.kind() == Kind.BOT) {
          members.add(author.id());
        }
      }
      if (channel.general()) {
        community.members().stream()
            .filter(m -> m.kind() == Kind.HUMAN)
            .forEach(m -> members.add(m.id()));
      }
      channels.add(ProfileShapes.channel(channel, creator, topicSet, members));
    }
    return channels;
  }

  private static Map<String, String> dayFiles(SampleCommunity community, List<TimedPost> timeline) {
    Map<String, List<TimedPost>> replies = new HashMap<>();
    Map<String, TimedPost> roots = new HashMap<>();
    for (TimedPost post : timeline) {
      if (post.rootTs() == null) {
        roots.put(post.post().channel() + "/" + post.ts(), post);
      } else {
        replies
            .computeIfAbsent(post.post().channel() + "/" + post.rootTs(), key -> new ArrayList<>())
            .add(post);
      }
    }
    MessageShapes shapes = new MessageShapes(community);
    Map<String, List<TimedPost>> byDayFile = new TreeMap<>();
    for (TimedPost post : timeline) {
      String day = post.at().atZone(ZoneOffset.UTC).toLocalDate().toString();
      byDayFile
          .computeIfAbsent(post.post().channel() + "/" + day + ".json", key -> new ArrayList<>())
          .add(post);
    }
    Map<String, String> files = new TreeMap<>();
    byDayFile.forEach(
        (path, posts) -> {
          List<Object> messages = new ArrayList<>();
          posts.stream()
              .sorted(Comparator.comparing(TimedPost::ts))
              .forEach(
                  post -> {
                    String key = post.post().channel() + "/";
                    TimedPost root = post.rootTs() == null ? null : roots.get(key + post.rootTs());
                    List<TimedPost> thread =
                        post.rootTs() == null
                            ? replies.getOrDefault(key + post.ts(), List.of())
                            : List.of();
                    messages.add(shapes.shape(post, thread, root));
                  });
          files.put(path, PrettyJson.write(messages));
        });
    return files;
  }

  /** Removes the JSON files of an earlier run, and folders left empty, nothing else. */
  private static void clear(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(target)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        boolean json = Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json");
        boolean emptyFolder = Files.isDirectory(path) && !path.equals(target) && isEmpty(path);
        if (json || emptyFolder) {
          Files.delete(path);
        }
      }
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
