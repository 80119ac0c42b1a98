package io.threadkeeper.core.norms;

/** The steps of the reminder ladder, in the order they fire. */
public enum LadderStep {
  DUE_SOON("reply-window-due-soon"),
  REMINDER("reply-window-reminder"),
  ESCALATION("reply-window-escalation");

  private final String ruleId;

  LadderStep(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The stable id explanations carry. */
  public String ruleId() {
    return ruleId;
  }
}
