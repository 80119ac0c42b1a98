package io.threadkeeper.core.norms.text;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled phrases behind each {@link PressureRule}, read against {@link MessageText#plain()}.
 * A pattern may name the words to report in a group {@code m}; otherwise the whole match is
 * reported. Immutable and thread-safe.
 */
final class PressurePatterns {
  static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /** Leading markup, emoji and member mentions before the first word of a message or line. */
  // Repetitions are bounded: Java regex recurses per repeated group, so an unbounded one would
  // let a hostile message overflow the stack.
  private static final String LEAD = "^[^\\p{L}\\p{N}@?]*+(?:@\\w+[^\\p{L}\\p{N}@?]*+){0,5}";

  private static final String GREETING =
      "(?:(?:hi|hey|hello|so|ok|okay|sorry)(?:\\s+(?:again|all|team|folks|there))?"
          + "[^\\p{L}\\p{N}@]++)?(?:@\\w+[^\\p{L}\\p{N}@]*+){0,5}";
  private static final String CALLOUT = "(?:hello|anyone|anybody|hey|hi)\\b";
  private static final String STRONG_NOW =
      "(?:right now|right away|straight away|immediately|this (?:minute|instant))";
  private static final String ANY_NOW =
      "(?:right now|right away|straight away|immediately|asap|now(?!\\s+(?:that|live|open"
          + "|available|closed|on|is|are|has|have|it|we|i)\\b))";
  private static final String MINUTES =
      "(?:\\d{1,3}\\s?(?:m|mins?|minutes?)|(?:a\\s+)?(?:few|couple(?:\\s+of)?)\\s+(?:mins?|minutes?)"
          + "|(?:two|three|five|ten|fifteen|twenty|thirty|forty[- ]five)\\s+(?:mins?|minutes?)"
          + "|half(?:\\s+an)?\\s+hour|hour|an hour)";
  private static final String WITHIN_MINUTES =
      "\\b(?:in|within)\\s+(?:the\\s+)?(?:next\\s+)?(?:under\\s+|less than\\s+)?" + MINUTES + "\\b";
  private static final String NOT_A_DAY_LATER =
      "(?!\\s+(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next)\\b)";
  private static final String CLOCK = "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)\\b";
  private static final String DEGREE =
      "(?:very|super|really|quite|pretty|rather|fairly|kinda|kind of|somewhat|extremely"
          + "|a bit|a little|bit|slightly)";

  private static final Map<PressureRule, List<Phrase>> BY_RULE = new EnumMap<>(PressureRule.class);

  static {
    add(
        PressureRule.BROADCAST_MENTION,
        // Not in an e-mail address, a path or a Discord escape (\@everyone).
        "(?<![\\w@.\\\\/-])@(?:here|channel|everyone)(?![\\w-])");
    add(
        PressureRule.JUMP_IN_NOW,
        "\\b(?:jump|jumping|hop|hopping|dive|pile|get|come)\\s+(?:in|on|into|online|over)\\b"
            + "[^.!?\\n]{0,40}?\\b"
            + ANY_NOW
            + "\\b",
        "\\ball hands on deck\\b",
        "\\b(?:need|needs|want)\\s+all hands\\b",
        "\\bdrop (?:what (?:you|they|we|y'all|you all)(?:'re| are) doing|everything)\\b",
        "\\b(?:anyone|anybody|someone|somebody|who(?:'s| is)?)\\s+(?:(?:is|are)\\s+)?(?:available"
            + "|free|around|online)\\b[^.!?\\n]{0,30}?\\b(?:right now|right away|immediately|asap"
            + "|now(?!\\s+(?:that|on)\\b))\\b",
        "\\beyes on\\b[^.!?\\n]{0,30}?\\b(?:right now|right away|immediately|asap|now)\\b",
        "\\b(?:need|want)\\s+(?:all of you|everyone(?!')|everybody(?!')|you all|y'all)\\b"
            + "[^.!?\\n]{0,40}?\\b"
            + ANY_NOW
            + "\\b");
    add(
        PressureRule.QUICK_CALL,
        "\\b(?<m>(?:quick|short|brief|fast|\\d{1,2}[- ]?min(?:ute)?s?)\\s+(?:video\\s+|phone\\s+"
            + "|zoom\\s+|voice\\s+)?(?:call|huddle|zoom|sync|chat|hangout)\\b)(?!-)"
            + "(?=[^.!?\\n]{0,60}\\?)",
        "\\b(?:hop|jump|get|got)\\s+on\\s+(?:a\\s+|the\\s+)?(?:quick\\s+|short\\s+)?(?:\\w+\\s+)?"
            + "(?:call|huddle|zoom|meet|voice|video|phone)\\b",
        "\\b(?:call|ring) me\\b(?=\\s*(?:\\?|!|when you|asap|now|back|please|pls|right|as soon))",
        "\\bgive me a (?:call|ring|buzz)\\b",
        LEAD
            + GREETING
            + "(?<m>(?:do you have|have you got|you got|got|have)\\s+(?:a|one|two|five|\\d{1,2})"
            + "\\s+(?:secs?|seconds?|mins?|minutes?)(?:\\s+for a (?:call|chat))?\\s*\\?)",
        "\\b(?:can|could|shall|should)\\s+(?:we|you)\\s+(?:quickly\\s+)?huddle\\b",
        "\\bhuddle\\s*(?:now\\b|\\?)",
        "\\b(?:call|vc|huddle|zoom|voice)\\s+(?:real|really)\\s+quick\\b",
        "(?:^|[.!?]\\s)\\s*(?<m>(?:a\\s+)?(?:call|huddle|zoom)\\s*\\?)",
        "\\b(?:free|available|around)\\s+(?:to|for a)\\s+(?:chat|talk|speak)\\s+(?:live|by phone"
            + "|on the phone)\\b");
    add(
        PressureRule.DEADLINE_MINUTES,
        "\\b(?:need|needs|needed|want|please|pls|plz|reply|respond|answer|send|get back|confirm"
            + "|approve|review|sign|decide|votes?|can i get|could i get|get me|done|ready)\\b"
            + "[^.!?\\n]{0,60}?"
            + WITHIN_MINUTES,
        "(?<m>" + WITHIN_MINUTES + ")(?=\\s*(?:\\?|please|pls|or\\b))",
        "\\bneed(?:s|ed)?\\s+(?:this|it|that)\\s+in\\s+\\d{1,2}\\b(?!\\s*(?:[a-z%]|\\d))",
        "\\byou(?:\\s+all)?\\s+have\\s+(?:\\d{1,3}|five|ten|fifteen|twenty|thirty)\\s+"
            + "(?:mins?|minutes?)\\b");
    add(
        PressureRule.ASAP,
        // After an article, or before "is"/"means", ASAP is a word being talked about.
        "\\b(?=a)(?<!\\b(?:the|an|our|word|term)\\s)(?:asap\\b|a\\.s\\.a\\.p\\b\\.?"
            + "|as soon as (?:possible|you see this|you read this)\\b)"
            + "(?!\\s+(?:is|isn't|was|means)\\b)");
    add(
        PressureRule.RIGHT_NOW,
        "\\b(?:need|needs|needed|want|wants|must|have to|has to|gotta)\\s+(?!to\\b)"
            + "[^.!?\\n;]{0,50}?\\b"
            + STRONG_NOW
            + "\\b(?!\\s+than\\b)",
        "\\b(?:someone|somebody|anyone|anybody|everyone|everybody|you|y'all)\\s+(?:needs?|has"
            + "|have|must|gotta)\\s+to\\s+[^.!?\\n;]{0,50}?\\b"
            + STRONG_NOW
            + "\\b",
        "\\b(?:please|pls|plz)\\s+[^.!?\\n;]{0,50}?\\b" + STRONG_NOW + "\\b",
        "\\b" + STRONG_NOW + "\\s*(?:please|pls|plz)\\b",
        "\\bnow\\s+(?:please|pls|plz)\\b",
        "(?m)(?:^|(?<=[.!?]))[\\s*_~|]{0,10}(?<m>(?:please\\s+)?(?:reply|respond|answer|send"
            + "|stop|fix|approve|sign|update|check|review|come|call|confirm)(?![\\w-])"
            + "[^.!?\\n]{0,50}?\\b(?:right now|right away|straight away|immediately"
            + "|(?<!for\\s)now(?!\\s+(?:that|live|open"
            + "|available|closed|on)\\b))\\b)",
        "\\bneed(?:s|ed)?\\s+(?:this|it|that|them)\\s+yesterday\\b",
        "\\bneed(?:s|ed)?\\s+(?:this|it|that|them|answers?|an answer|a reply|a decision|help|you"
            + "|everyone|someone)\\b[^.!?\\n;]{0,30}?\\bnow\\b(?!\\s+(?:that|on)\\b)",
        "\\b(?:(?:can|could|would|will)\\s+(?:you|someone|somebody|anyone|anybody|everyone|y'all"
            + "|you all)|who\\s+can)\\b[^.!?\\n]{0,50}?\\b"
            + STRONG_NOW
            + "\\b");
    add(
        PressureRule.EOD_TODAY,
        "\\b(?:by|before)\\s+(?:the\\s+)?(?:eod|cob|eob|end of (?:the\\s+)?(?:day|today"
            + "|business(?: day)?)|close of (?:business|play)|tonight|this (?:afternoon|evening)"
            + "|noon|midday|lunch(?:time)?)\\b(?!')(?:\\s+today\\b)?"
            + NOT_A_DAY_LATER
            // "By the end of the day we had 60 people" tells a story; it asks for nothing.
            + "(?!\\s+(?:we|i|they|it|there|he|she|you)\\b)",
        "\\b(?:by|before)\\s+" + CLOCK + "\\s+today\\b",
        // A bare clock time means today when someone asks for something by then.
        "\\b(?:need|needs|needed|please|pls|can you|could you)\\b[^.!?\\n;]{0,50}?"
            + "\\b(?:by|before)\\s+"
            + CLOCK
            + NOT_A_DAY_LATER
            + "(?!\\s+on\\b)",
        "\\b(?:eod|cob|end of (?:the\\s+)?day)\\s+today\\b",
        "\\b(?:need|needs|needed|want|wants)\\s+(?!to\\b)[^.!?\\n;]{0,40}?\\b(?:today|tonight)"
            + "\\b(?!')",
        "\\b(?:today|tonight)\\s*(?:please|pls|plz)\\b",
        "\\bneeds?\\s+to\\s+be\\s+\\w+\\s+(?:today|tonight)\\b(?!')",
        "\\b(?:please|pls|plz)\\s+(?:[^.!?\\n;]{0,40}?\\s)?(?:today|tonight)\\b(?!')");
    add(
        PressureRule.URGENT_WORD,
        "(?m)"
            + LEAD
            + "(?<m>(?:"
            + DEGREE
            + "|semi)?[- ]?\\s*urgent(?:ly)?)(?![\\w-])(?!\\s*(?:care|channel|queue|vs\\.?"
            + "|versus|tasks|things|items|matters|issues|stuff|cases)\\b)",
        "\\b(?:is|\\w+'s|its|it is|this is|be|being)\\s+(?:"
            + DEGREE
            + "\\s+)?(?<m>(?<![#-])urgent)(?![\\w-])(?!\\s*(?:vs\\.?|versus)\\b)",
        "(?<![#-])\\burgently\\b",
        // Marking something urgent now is a demand; "flagged it as urgent last month" a story.
        "\\b(?:mark|marking|flag|flagging)\\s+(?:this|it)\\s+as\\s+(?<m>urgent)\\b",
        "(?<m>(?<![#-])\\burgent)\\s*!",
        "\\b(?=urgent)(?<!\\b(?:for|any|anything|only|genuinely|truly|real|really|the|an|non|no"
            + "|not|less|more|most)\\s)(?<![#-])(?<m>urgent)\\s+(?:request|question|help|ask|issue"
            + "|matter|problem|review|approval|reply|response|favou?r|action|need|fix)\\b");
    add(
        PressureRule.STATUS_CHASER,
        LEAD
            + GREETING
            + "(?<m>(?:got\\s+)?any\\s+(?:update|updates|news|progress|word|movement)\\b(?:\\s+(?:on|about"
            + "|re|regarding|here|yet|for me)\\b[^.!?\\n]{0,60}?)?\\s*\\?+)",
        "\\b(?<m>any\\s+(?:update|updates|news|progress)\\b[^.!?\\n]{0,60}?\\?{2,})",
        "\\bjust\\s+checking\\s+in\\b(?!\\s+to\\s+(?:say|see how|let|share|thank))",
        "\\b(?:checking\\s+in|following\\s+up|circling\\s+back)\\b[^.!?\\n]{0,40}?\\bagain\\b",
        "\\bjust\\s+(?:following\\s+up|circling\\s+back)\\b",
        "\\b(?:gentle|friendly|little)\\s+(?:nudge|reminder)\\s+on\\s+this\\b|\\bnudging\\s+this\\b",
        LEAD + GREETING + "(?<m>where\\s+are\\s+we\\s+(?:on|with|at)\\b[^.!?\\n]{0,60}\\?)",
        "\\b(?:2nd|second|3rd|third)\\s+follow[- ]?up\\b",
        LEAD
            + GREETING
            + "(?<m>(?:friendly\\s+|gentle\\s+)?(?:bump|bumping|ping|pinging)(?:\\s+(?:this|again"
            + "|on this|here|this up|up|this thread|bump|ping)){0,4})[^\\p{L}\\p{N}]*+$",
        LEAD
            + "(?<m>(?:"
            + CALLOUT
            + ")?[^\\p{L}\\p{N}?]*+\\?[^\\p{L}\\p{N}]*+(?:"
            + CALLOUT
            + "[^\\p{L}\\p{N}]*+)?)$",
        LEAD + "(?<m>(?:hello|hey|hi|anyone|anybody)\\s*\\?{2,})",
        "\\bstill\\s+(?:waiting\\s+(?:on|for)\\s+(?:an?\\s+)?(?:answer|reply|response|update"
            + "|news|word)|no\\s+(?:answer|reply|response|update|news|word))\\b",
        "\\bstill\\s+waiting\\s+(?:on|for)\\s+(?:this|you|your)\\b",
        "\\b(?:bumping|pinging)\\s+(?:this|again)\\b(?!\\s+(?:version|to)\\b)");
  }

  private PressurePatterns() {}

  static List<Phrase> of(PressureRule rule) {
    return BY_RULE.get(rule);
  }

  private static void add(PressureRule rule, String... regexes) {
    BY_RULE.put(rule, Arrays.stream(regexes).map(Phrase::new).toList());
  }

  /** One compiled phrase; {@code reportsGroup} when it names the words to report as {@code m}. */
  record Phrase(Pattern pattern, boolean reportsGroup) {
    Phrase(String regex) {
      this(Pattern.compile(regex, FLAGS), regex.contains("(?<m>"));
    }

    int reportedStart(Matcher matcher) {
      return reportsGroup && matcher.start("m") >= 0 ? matcher.start("m") : matcher.start();
    }

    int reportedEnd(Matcher matcher) {
      return reportsGroup && matcher.start("m") >= 0 ? matcher.end("m") : matcher.end();
    }
  }
}
