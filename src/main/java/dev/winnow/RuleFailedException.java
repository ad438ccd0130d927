package dev.winnow;

import org.jspecify.annotations.Nullable;

/** Thrown under {@link FailurePolicy#FAIL} when a rule throws; names the rule and the page URL. */
public final class RuleFailedException extends RuntimeException {
    private final String ruleId;

    RuleFailedException(String ruleId, @Nullable String url, RuntimeException cause) {
        super("rule '" + ruleId + "' failed" + (url == null ? "" : " on " + url) + ": " + cause, cause);
        this.ruleId = ruleId;
    }

    /** The id of the rule that failed. @return the id */
    public String ruleId() {
        return ruleId;
    }
}
