package dev.winnow.rule;

/**
 * One entry of the trace: which rule did what to which block, and why.
 *
 * @param rule   the rule id
 * @param block  the block index, or -1 for a document-level decision
 * @param action what was decided, e.g. {@code role=related} or {@code ending=truncated}
 * @param reason why, in a few words
 */
public record Decision(String rule, int block, String action, String reason) {
    @Override
    public String toString() {
        return String.format("%-22s %s %-22s %s", rule, block < 0 ? "   -" : String.format("#%3d", block),
                action, reason);
    }
}
