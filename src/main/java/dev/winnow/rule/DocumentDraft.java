package dev.winnow.rule;

import dev.winnow.internal.RuleViews;
import dev.winnow.rule.Source.InputShape;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The working document of one cleaning run before segmentation, as {@link DocumentRule}s see it:
 * the cleaner's own copy of the parsed page, which they may change, and the metadata and trace
 * verbs of a {@link Draft}. What they record carries over to the draft of the blocks cut from the
 * document ({@link Draft#of(DocumentDraft, List)}).
 *
 * <p>As with a {@link Draft}, the engine hands each document rule its own view of the run's
 * document draft, which traces what the rule records under the rule's id; a document draft made
 * with {@link #of(Source)} traces under {@code segmenter}.
 *
 * <p>A document draft belongs to one run on one thread; it is not thread-safe.
 */
public final class DocumentDraft {
    static {
        RuleViews.register(DocumentDraft.class, DocumentDraft::new);
    }

    private final Source source;
    private final Ledger ledger;
    private final DerivedValues derived;
    private final String ruleId;

    private DocumentDraft(Source source) {
        this.source = source;
        this.ledger = new Ledger();
        this.derived = new DerivedValues();
        this.ruleId = Draft.OUTSIDE_RULES;
    }

    /** A rule's view of a document draft: the same run, its decisions traced under the rule's id. */
    private DocumentDraft(DocumentDraft run, String ruleId) {
        this.source = run.source;
        this.ledger = run.ledger;
        this.derived = run.derived;
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    /**
     * Creates a document draft; the cleaner and rule tests call this.
     *
     * @param source an HTML source, whose document the document rules may change
     * @return the draft
     * @throws IllegalArgumentException if the source has no document
     */
    public static DocumentDraft of(Source source) {
        Objects.requireNonNull(source, "source");
        if (source.kind() != InputShape.HTML || source.document() == null) {
            throw new IllegalArgumentException("a document draft needs an HTML source with a document");
        }
        return new DocumentDraft(source);
    }

    /** The page: its URL and its document. @return the source */
    public Source source() { return source; }

    /** The document to edit: the cleaner's own copy, never the caller's. @return the document */
    public Document document() { return source.document(); }

    /**
     * The value of a metadata field, or {@code null}.
     *
     * @param field the field
     * @return the value
     */
    public @Nullable String metadata(MetadataField field) { return ledger.metadata(field); }

    /**
     * Sets a metadata field unless an earlier rule already did, as {@link Draft#metadata(MetadataField, String, String)}.
     *
     * @param field  the field
     * @param value  the value
     * @param source where the value came from, kept as the field's provenance
     * @return whether the value was taken
     */
    public boolean metadata(MetadataField field, @Nullable String value, String source) {
        return ledger.metadata(field, value, source, ruleId);
    }

    /** The authors found so far. @return a read-only view */
    public List<String> authors() { return ledger.authors(); }

    /**
     * Sets the authors unless an earlier rule already did, as {@link Draft#authors(List, String)}.
     *
     * @param names  the names, in page order
     * @param source where they came from (kept as provenance)
     * @return whether they were taken
     */
    public boolean authors(List<String> names, String source) {
        return ledger.authors(names, source, ruleId);
    }

    /**
     * A value derived from the document once and shared by the document rules that need it; the
     * draft of the blocks does not inherit it, since the document may have changed.
     *
     * @param <T>     the value type
     * @param type    the value type, used as the key
     * @param compute computes the value from this draft the first time
     * @return the value
     */
    public <T> T derived(Class<T> type, Function<DocumentDraft, T> compute) {
        return derived.get(type, () -> compute.apply(this));
    }

    /**
     * Records a decision that none of the verbs covers, for example an edit of the document.
     *
     * @param action what happened
     * @param reason why
     */
    public void note(String action, String reason) {
        ledger.record(ruleId, -1, action, reason);
    }

    /** The decisions so far, in order. @return a read-only view */
    public List<Decision> trace() { return ledger.trace(); }

    Ledger ledger() {
        return ledger;
    }
}
