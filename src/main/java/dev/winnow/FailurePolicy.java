package dev.winnow;

/** What the cleaner does when a rule throws. */
public enum FailurePolicy {
    /** Stop and throw {@link RuleFailedException} naming the rule and the URL (the default). */
    FAIL,
    /** Record the failure in the trace, undo nothing, and go on with the next rule (suits batch runs). */
    SKIP_RULE
}
