package dev.winnow.rule;

/**
 * One decision step of the cleaning pipeline. A rule reads the {@link Draft}'s blocks and records
 * its decisions through the draft's verbs, which write them to the trace under the rule's id. A
 * rule that edits the document before it is cut into blocks is a {@link DocumentRule} instead.
 *
 * <p>A rule that only makes sense for one input shape says so with {@link #appliesTo}; the engine
 * does not apply it to the other shape (and traces nothing for it), so the rule needs no guard of
 * its own.
 *
 * <p>Implementations must be immutable or otherwise thread-safe: one instance serves every
 * document a cleaner processes, on every thread. Keep per-document state in local variables.
 *
 * <pre>{@code
 * public final class PodcastPromoRule implements Rule {
 *     public String id() { return "acme.podcast-promo"; }
 *     public Phase phase() { return Phase.CLASSIFY; }
 *     public void apply(Draft draft) {
 *         for (Block block : draft.blocks()) {
 *             if (block.text().startsWith("Listen to our podcast")) {
 *                 draft.mark(block, Role.BOILERPLATE, "podcast promo");
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
public interface Rule {

    /**
     * The stable identifier: kebab-case, e.g. {@code related-lists}; third-party rules carry a
     * dotted vendor prefix, e.g. {@code acme.podcast-promo}.
     *
     * @return the id
     */
    String id();

    /** The phase in which the rule runs. @return the phase */
    Phase phase();

    /** One sentence saying what the rule does, shown by {@code --list-rules}. @return the text */
    default String description() {
        return "";
    }

    /**
     * Whether the rule applies to input of a shape; the engine applies it only to drafts whose
     * {@link Source#kind()} it accepts. By default a rule applies to every shape.
     *
     * @param shape the shape of the input being cleaned
     * @return true if the rule should run on it
     */
    default boolean appliesTo(Source.InputShape shape) {
        return true;
    }

    /**
     * Applies the rule to one document.
     *
     * @param draft the working document
     */
    void apply(Draft draft);
}
