package io.threadkeeper.core.norms.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the words around a match take the pressure out of it: a negation or condition in
 * the same clause, quotation marks, the author speaking of their own plans, a reassurance anywhere
 * in the message, or a due date with real lead time. Immutable and thread-safe.
 */
final class Hedges {
  private static final int FLAGS = PressurePatterns.FLAGS;

  private static final Pattern CLAUSE_BOUNDARY =
      Pattern.compile(
          "[.,;:!?\\n\\u2014\\u2013()]|\\s-\\s|\\b(?:but|and|so|because|though|although|however"
              + "|while)\\b",
          FLAGS);
  private static final Pattern NEGATION =
      Pattern.compile(
          // "yes/no" and "go/no-go" ask for a decision; they negate nothing.
          "(?<![/-])\\bno\\b(?![/-])|\\b(?:not|never|nobody|nothing|none|without|instead of|avoid"
              + "|rather than|neither|nor|dont|doesnt|isnt)\\b|n't\\b",
          FLAGS);
  private static final Pattern CONDITION =
      // "if possible" and "if you can" soften a demand without making it conditional.
      Pattern.compile(
          "\\bif\\b(?!\\s+(?:possible|poss|you can|you could)\\b)|\\b(?:unless|whether|in case)\\b",
          FLAGS);
  private static final Pattern OWN_PLANS =
      Pattern.compile(
          "\\b(?:i|we)(?:'ll|'m|'re|'d|'ve|\\s+(?:will|am|are|can|could|would|shall|should|have"
              + "|had|might|may)\\b)|\\blet me\\b|\\b(?:happy|glad|able) to\\b"
              + "|\\bi\\s+(?:just\\s+)?(?:made|did|had|was|went|got)\\b",
          FLAGS);
  private static final Pattern REASSURANCE =
      Pattern.compile(
          "\\bno\\s+(?:rush|hurry|pressure|urgency|stress|deadline|worries\\s+if)\\b"
              + "|\\bno\\s+need\\s+(?:to|for)\\b|\\bnot\\s+(?:a\\s+|in\\s+a\\s+)?(?:rush|hurry)\\b"
              + "|\\b(?:not|isn't|is not|nothing|non|aren't|wasn't)[\\s-]+(?:super\\s+|at all\\s+"
              + "|really\\s+|that\\s+|very\\s+|too\\s+)?(?:urgent|time[\\s-]sensitive|pressing)\\b"
              + "|\\blow[\\s-]priority\\b|\\bzero\\s+(?:rush|pressure|urgency)\\b"
              + "|\\btake your time\\b|\\bwhenever\\b|\\bwhen you can\\b|\\banytime\\b"
              + "|\\bwhen\\s+you\\s+(?:get|have|find)\\s+(?:a\\s+)?(?:chance|moment|minute|sec"
              + "|second|time)\\b|\\bat your (?:convenience|leisure)\\b|\\bin your own time\\b"
              + "|\\bcan wait\\b|\\basync is fine\\b|\\b(?:is|are|works|would be)\\s+"
              + "(?:totally\\s+|perfectly\\s+)?fine\\b"
              + "|\\b(?:don't|do not|doesn't|does not)\\s+(?:feel\\s+(?:like\\s+)?you\\s+)?"
              + "(?:need|have)\\s+to\\b",
          FLAGS);
  private static final Pattern CONTRAST =
      Pattern.compile("\\b(?:but|however|though|although|except|yet)\\b", FLAGS);
  private static final String DATE =
      "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow"
          + "|next\\s+(?:week|month|sprint|meeting|year|quarter)"
          + "|(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|quarter|year"
          + "|sprint)|\\d{1,2}(?:st|nd|rd|th)\\b"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
          + "|nov|dec)[a-z]*\\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
          + "\\s+\\d{1,2}\\b|may\\s+\\d{1,2}\\b|\\d{1,2}/\\d{1,2}\\b)";
  private static final Pattern LEAD_TIME =
      Pattern.compile(
          "\\b(?:by|before|until|till|no later than|due|deadline(?:\\s+is)?|sometime|anytime"
              + "|any time|next|this coming)\\s+(?:the\\s+)?(?:(?:eod|cob|end of day)\\s+"
              + "(?:on\\s+)?)?"
              + DATE
              + "|\\bnext\\s+(?:week|month|sprint|meeting|year|quarter)\\b|\\btomorrow\\b",
          FLAGS);

  private Hedges() {}

  /** Whether the context of {@code plain[start, end)} means it puts no pressure on anyone. */
  static boolean defuse(PressureRule rule, String plain, int start, int end) {
    if (rule == PressureRule.BROADCAST_MENTION) {
      // The notification goes out whatever the words around it say.
      return false;
    }
    String clause = plain.substring(clauseStart(plain, start), start);
    // A chaser like "still no reply" carries its own "no"; only look before it.
    String negatable =
        rule == PressureRule.STATUS_CHASER ? clause : clause + plain.substring(start, end);
    return NEGATION.matcher(negatable).find()
        || CONDITION.matcher(clause).find()
        || quoted(plain, start, end)
        || (speaksOfOwnPlans(rule) && OWN_PLANS.matcher(clause).find())
        || reassured(plain, start)
        || LEAD_TIME.matcher(plain).find();
  }

  private static int clauseStart(String plain, int start) {
    Matcher boundary = CLAUSE_BOUNDARY.matcher(plain).region(0, start);
    int clauseStart = 0;
    while (boundary.find()) {
      clauseStart = boundary.end();
    }
    return clauseStart;
  }

  private static boolean speaksOfOwnPlans(PressureRule rule) {
    return rule != PressureRule.URGENT_WORD && rule != PressureRule.STATUS_CHASER;
  }

  /** Words in quotation marks are being talked about, not said ("we avoid 'ASAP' here"). */
  private static boolean quoted(String plain, int start, int end) {
    int before = start - 1;
    while (before >= 0 && "*_~| ".indexOf(plain.charAt(before)) >= 0) {
      before--;
    }
    int after = end;
    while (after < plain.length() && "*_~|?!. ".indexOf(plain.charAt(after)) >= 0) {
      after++;
    }
    return before >= 0
        && after < plain.length()
        && isQuoteMark(plain.charAt(before))
        && plain.charAt(after) == plain.charAt(before);
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'';
  }

  /**
   * A reassurance defuses the whole message, except one that comes before the match with a contrast
   * in between ("no rush on the flyer, but the contract needs signing ASAP").
   */
  private static boolean reassured(String plain, int start) {
    Matcher reassurance = REASSURANCE.matcher(plain);
    while (reassurance.find()) {
      boolean contrasted =
          reassurance.end() <= start
              && CONTRAST.matcher(plain).region(reassurance.end(), start).find();
      if (!contrasted) {
        return true;
      }
    }
    return false;
  }
}
