package io.threadkeeper.core.norms.text;

/**
 * What the pressure classifier decided about one message.
 *
 * @param rule the rule that fired, or {@code null} when there is no pressure
 * @param matched the exact substring of the raw message text that fired, or {@code null}
 */
public record PressureVerdict(boolean pressure, PressureRule rule, String matched) {
  private static final PressureVerdict NONE = new PressureVerdict(false, null, null);

  public PressureVerdict {
    if (pressure && (rule == null || matched == null || matched.isEmpty())) {
      throw new IllegalArgumentException("a pressure verdict names its rule and matched text");
    }
    if (!pressure && (rule != null || matched != null)) {
      throw new IllegalArgumentException("a verdict without pressure has no rule and no match");
    }
  }

  public static PressureVerdict none() {
    return NONE;
  }

  public static PressureVerdict fired(PressureRule rule, String matched) {
    return new PressureVerdict(true, rule, matched);
  }
}
