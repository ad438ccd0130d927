package dev.winnow.internal;

/**
 * The id of the rule the engine is applying on this thread, under which a draft traces its
 * decisions. Only the engine sets it, so a rule cannot run another rule or record decisions under
 * another rule's id; outside a rule (segmentation, a draft built by a test) it is
 * {@link #OUTSIDE_RULES}.
 */
public final class CurrentRule {
    /** The id decisions are traced under when no rule is being applied. */
    public static final String OUTSIDE_RULES = "segmenter";

    private static final ThreadLocal<String> ID = new ThreadLocal<>();

    private CurrentRule() {}

    /** The id of the rule being applied on this thread. @return the id, or {@link #OUTSIDE_RULES} */
    public static String id() {
        String id = ID.get();
        return id == null ? OUTSIDE_RULES : id;
    }

    /**
     * Runs an action as the application of a rule: decisions it records are traced under the id.
     *
     * @param ruleId the rule's id
     * @param action the rule's application
     */
    public static void during(String ruleId, Runnable action) {
        String outer = ID.get();
        ID.set(ruleId);
        try {
            action.run();
        } finally {
            if (outer == null) {
                ID.remove();
            } else {
                ID.set(outer);
            }
        }
    }
}
