package io.threadkeeper.deploy.sample;

import io.threadkeeper.deploy.sample.SampleCommunity.Channel;
import io.threadkeeper.deploy.sample.SampleCommunity.Kind;
import io.threadkeeper.deploy.sample.SampleCommunity.Member;
import io.threadkeeper.deploy.sample.SampleCommunity.Post;
import io.threadkeeper.deploy.sample.SampleCommunity.ReplyAfter;
import io.threadkeeper.deploy.sample.SampleCommunity.RootAt;
import io.threadkeeper.deploy.sample.SampleCommunity.Team;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the community script; the syntax is described at the top of the script itself. */
final class CommunityScript {
  private static final Pattern ROOT =
      Pattern.compile(
          "\\[(Mon|Tue|Wed|Thu|Fri|Sat|Sun)([1-3]) (\\d\\d:\\d\\d)] (\\w+)(\\{[^}]*})?:\\s?(.*)");
  private static final Pattern REPLY =
      Pattern.compile("\\s+([+~!]) ((?:\\d+[dhm])+) (\\w+)(\\{[^}]*})?:\\s?(.*)");
  private static final Pattern CONTINUATION = Pattern.compile("\\s+\\| ?(.*)");
  private static final Pattern CHANNEL_TEXT = Pattern.compile("\\s+(purpose|topic): (.*)");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([dhm])");

  private Team team;
  private final List<Member> members = new ArrayList<>();
  private final List<Channel> channels = new ArrayList<>();
  private final List<Post> posts = new ArrayList<>();
  private String channel;
  private int lineNumber;

  private CommunityScript() {}

  static SampleCommunity parse(List<String> lines) {
    CommunityScript script = new CommunityScript();
    for (String line : lines) {
      script.lineNumber++;
      try {
        script.read(line);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "script line " + script.lineNumber + ": " + e.getMessage(), e);
      }
    }
    return new SampleCommunity(script.team, script.members, script.channels, script.posts);
  }

  private void read(String line) {
    if (line.isBlank() || line.startsWith("#")) {
      return;
    }
    Matcher matcher;
    if (line.startsWith("== ")) {
      channel = line.substring(3).trim();
    } else if ((matcher = ROOT.matcher(line)).matches()) {
      posts.add(root(matcher));
    } else if ((matcher = REPLY.matcher(line)).matches()) {
      posts.add(reply(matcher));
    } else if ((matcher = CONTINUATION.matcher(line)).matches()) {
      continueLastPost(matcher.group(1));
    } else if ((matcher = CHANNEL_TEXT.matcher(line)).matches()) {
      describeLastChannel(matcher.group(1), matcher.group(2));
    } else {
      declare(line.split("\\s*\\|\\s*"));
    }
  }

  private Post root(Matcher matcher) {
    DayOfWeek day = dayOfWeek(matcher.group(1));
    RootAt at =
        new RootAt(Integer.parseInt(matcher.group(2)), day, LocalTime.parse(matcher.group(3)));
    return post(at, matcher.group(4), matcher.group(5), matcher.group(6));
  }

  private Post reply(Matcher matcher) {
    ReplyAfter after = new ReplyAfter(matcher.group(1).charAt(0), duration(matcher.group(2)));
    return post(after, matcher.group(3), matcher.group(4), matcher.group(5));
  }

  private Post post(SampleCommunity.Placement placement, String author, String flags, String text) {
    if (channel == null) {
      throw new IllegalArgumentException("a post before any '== channel' line");
    }
    return new Post(lineNumber, channel, placement, author, flags(flags), text);
  }

  private void continueLastPost(String more) {
    Post last = posts.remove(posts.size() - 1);
    posts.add(
        new Post(
            last.line(),
            last.channel(),
            last.placement(),
            last.author(),
            last.flags(),
            last.text() + "\n" + more));
  }

  private void describeLastChannel(String field, String text) {
    Channel last = channels.remove(channels.size() - 1);
    boolean purpose = field.equals("purpose");
    channels.add(
        new Channel(
            last.id(),
            last.name(),
            last.creator(),
            last.created(),
            last.general(),
            last.archived(),
            purpose ? text : last.purpose(),
            purpose ? last.topic() : text));
  }

  private void declare(String[] fields) {
    switch (fields[0]) {
      case "team" -> team = new Team(fields[1], fields[2], fields[3]);
      case "member" -> members.add(person(fields, Kind.HUMAN));
      case "deleted" -> members.add(person(fields, Kind.DELETED));
      case "bot" ->
          members.add(
              new Member(
                  fields[1],
                  fields[4],
                  Kind.BOT,
                  ZoneId.of("America/Los_Angeles"),
                  fields[5],
                  "",
                  Set.of(),
                  fields[2],
                  fields[3]));
      case "integration" ->
          members.add(
              new Member(
                  fields[1],
                  fields[2],
                  Kind.INTEGRATION,
                  ZoneOffset.UTC,
                  fields[3],
                  "",
                  Set.of(),
                  fields[1],
                  null));
      case "channel" -> channels.add(channel(fields));
      default ->
          throw new IllegalArgumentException("cannot read '" + String.join(" | ", fields) + "'");
    }
  }

  private static Member person(String[] fields, Kind kind) {
    Set<String> roles = Set.copyOf(Arrays.asList(fields).subList(6, fields.length));
    return new Member(
        fields[1], fields[2], kind, ZoneId.of(fields[3]), fields[4], fields[5], roles, null, null);
  }

  private static Channel channel(String[] fields) {
    List<String> options = Arrays.asList(fields).subList(5, fields.length);
    return new Channel(
        fields[1],
        fields[2],
        fields[3],
        LocalDate.parse(fields[4]),
        options.contains("general"),
        options.contains("archived"),
        "",
        "");
  }

  private static Map<String, List<String>> flags(String braces) {
    Map<String, List<String>> flags = new LinkedHashMap<>();
    if (braces == null) {
      return flags;
    }
    for (String flag : braces.substring(1, braces.length() - 1).split(",")) {
      String[] keyValue = flag.trim().split("=", 2);
      List<String> values = flags.computeIfAbsent(keyValue[0], key -> new ArrayList<>());
      if (keyValue.length == 2) {
        values.add(keyValue[1]);
      }
    }
    return flags;
  }

  private static Duration duration(String text) {
    Duration duration = Duration.ZERO;
    Matcher part = DURATION_PART.matcher(text);
    while (part.find()) {
      long amount = Long.parseLong(part.group(1));
      duration =
          switch (part.group(2)) {
            case "d" -> duration.plusDays(amount);
            case "h" -> duration.plusHours(amount);
            default -> duration.plusMinutes(amount);
          };
    }
    return duration;
  }

  private static DayOfWeek dayOfWeek(String abbreviation) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().substring(0, 3).equalsIgnoreCase(abbreviation.toUpperCase(Locale.ROOT))) {
        return day;
      }
    }
    throw new IllegalArgumentException("no day " + abbreviation);
  }
}
