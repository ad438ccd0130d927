package dev.winnow.rule;

import dev.winnow.rule.Source.InputShape;

/**
 * A rule that edits the parsed HTML document before it is cut into blocks, for example to strip,
 * unwrap or rewrite a site's elements; it runs in {@link Phase#PREPARE}, and only on HTML input.
 * It sees a {@link DocumentDraft}: the cleaner's own copy of the document, which it may change, and
 * the metadata and trace verbs. It sees no blocks: they are cut after every document rule ran.
 *
 * <p>A document rule is registered in a {@code RuleSet} like any rule, but never as a block rule:
 * the set rejects a document rule whose phase is not {@link Phase#PREPARE}, and a block rule whose
 * phase is. The engine calls {@link #edit}, never {@link #apply(Draft)}.
 *
 * <pre>{@code
 * public final class DropAdSlots implements DocumentRule {
 *     public String id() { return "acme.drop-ad-slots"; }
 *     public void edit(DocumentDraft draft) {
 *         int removed = draft.document().select("div.ad-slot").remove().size();
 *         draft.note(-1, "removed " + removed + " ad slots", "class ad-slot");
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations must be immutable or otherwise thread-safe, as every {@link Rule}.
 */
public interface DocumentRule extends Rule {

    /** Document rules run before segmentation. @return {@link Phase#PREPARE} */
    @Override
    default Phase phase() {
        return Phase.PREPARE;
    }

    /** Document rules apply to HTML input only. @return whether the shape is HTML */
    @Override
    default boolean appliesTo(InputShape shape) {
        return shape == InputShape.HTML;
    }

    /**
     * Edits the document of one page before it is cut into blocks.
     *
     * @param draft the document and the run's metadata and trace
     */
    void edit(DocumentDraft draft);

    /**
     * Not called: a document rule sees no blocks; the engine calls {@link #edit} instead.
     *
     * @param draft unused
     * @throws UnsupportedOperationException always
     */
    @Override
    default void apply(Draft draft) {
        throw new UnsupportedOperationException("'" + id() + "' is a document rule: it edits the document before"
                + " segmentation (edit(DocumentDraft)) and is never applied to blocks");
    }
}
