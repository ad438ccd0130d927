package dev.winnow.rule;

import dev.winnow.internal.RuleViews;
import dev.winnow.internal.Texts;
import dev.winnow.model.Ending;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The working document of one cleaning run: the blocks a segmenter cut, plus the ending, related
 * items and metadata the rules found so far. Rules change it only through its verbs ({@link #mark},
 * {@link #restructure}, {@link #rewrite}, {@link #ending(Ending, String)}, {@link #addRelated},
 * {@link #metadata}, {@link #authors}), and every verb appends a {@link Decision} to the trace
 * under the id of the rule being applied. A rule that recognised something in a block a later rule
 * needs (a byline's authors, a dateline's date) attaches it to the block as a {@link Finding} when
 * it marks the block.
 *
 * <p>A draft offers rules only what is meant for them: the engine applies the rules, so a draft has
 * no way to run a rule or to trace a decision under another rule's id. The engine hands each rule
 * its own view of the run's draft, which shares the blocks, trace, ending, related items and
 * metadata and traces what the rule records under the rule's id; a draft made with
 * {@link #of(Source, List)} traces under {@code segmenter}.
 *
 * <p>A draft belongs to one run on one thread; it is not thread-safe.
 */
public final class Draft {
    /** The id decisions are traced under when no rule is being applied. */
    static final String OUTSIDE_RULES = "segmenter";

    static {
        RuleViews.register(Draft.class, Draft::new);
    }

    private final Source source;
    private final List<Block> blocks;
    private final List<Block> blocksView;
    private final Ledger ledger;
    private final Outcome outcome;
    private final String ruleId;

    private Draft(Source source, List<Block> blocks, Ledger ledger) {
        this.source = Objects.requireNonNull(source, "source");
        this.ledger = ledger;
        this.blocks = List.copyOf(blocks);
        this.blocksView = Collections.unmodifiableList(this.blocks);
        this.outcome = new Outcome();
        this.ruleId = OUTSIDE_RULES;
        for (int i = 0; i < this.blocks.size(); i++) {
            if (this.blocks.get(i).index() != i) {
                throw new IllegalArgumentException("block " + i + " has index " + this.blocks.get(i).index());
            }
        }
    }

    /** A rule's view of a draft: the same run, its decisions traced under the rule's id. */
    private Draft(Draft run, String ruleId) {
        this.source = run.source;
        this.blocks = run.blocks;
        this.blocksView = run.blocksView;
        this.ledger = run.ledger;
        this.outcome = run.outcome;
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    }

    /** What the rules of a run found besides roles, shared by every view of its draft. */
    private static final class Outcome {
        private final List<RelatedItem> related = new ArrayList<>();
        private final List<Integer> relatedFrom = new ArrayList<>();
        private final DerivedValues derived = new DerivedValues();
        private Ending ending = Ending.unknown();
        private boolean zoneSettled;
    }

    /**
     * Creates a draft; segmenters and rule tests call this. A rule test applies the rule with
     * {@code rule.apply(draft)}; decisions made through this draft, outside the engine, are traced
     * under {@code segmenter}.
     *
     * @param source where the blocks came from
     * @param blocks the blocks, whose indexes must be 0, 1, 2, ... in order
     * @return the draft
     */
    public static Draft of(Source source, List<Block> blocks) {
        return new Draft(source, blocks, new Ledger());
    }

    /**
     * Creates the draft of the blocks a segmenter cut from a prepared document, after the
     * {@link DocumentRule}s ran: their trace, metadata and authors carry over; values cached by
     * {@link DocumentDraft#derived} do not, since the document may have changed.
     *
     * @param prepared the document draft the blocks were cut from
     * @param blocks   the blocks, whose indexes must be 0, 1, 2, ... in order
     * @return the draft
     */
    public static Draft of(DocumentDraft prepared, List<Block> blocks) {
        return new Draft(prepared.source(), blocks, prepared.ledger());
    }

    /** Where the blocks came from. @return the source */
    public Source source() { return source; }

    /** All blocks in page order, read-only. @return the blocks */
    public List<Block> blocks() { return blocksView; }

    /** The blocks still in the body, in page order. @return a new list */
    public List<Block> bodyBlocks() {
        List<Block> body = new ArrayList<>(blocks.size()); // room for all: no copies as it grows
        for (Block b : blocks) {
            if (b.isBody()) {
                body.add(b);
            }
        }
        return body;
    }

    /**
     * Gives a block a role.
     *
     * @param block  the block
     * @param role   the new role
     * @param reason why, in a few words
     */
    public void mark(Block block, Role role, String reason) {
        if (block.role() == role) {
            return;
        }
        block.role(role, ruleId);
        record(block.index(), "role=" + role.label(), reason);
    }

    /**
     * Gives a block a role and attaches what the rule recognised in it, for later rules to read with
     * {@link Block#finding(Class)}. The role is set and traced as by {@link #mark(Block, Role, String)};
     * the finding is attached even when the block has the role already, in place of an earlier
     * finding of the same class.
     *
     * @param block   the block
     * @param role    the new role
     * @param reason  why, in a few words
     * @param finding what the rule recognised in the block
     */
    public void mark(Block block, Role role, String reason, Finding finding) {
        block.attach(Objects.requireNonNull(finding, "finding"));
        mark(block, role, reason);
    }

    /**
     * Changes the structural kind of a block.
     *
     * @param block  the block
     * @param kind   the new kind
     * @param level  the heading level (1..6) for headings, else 0
     * @param reason why
     */
    public void restructure(Block block, Kind kind, int level, String reason) {
        if (block.kind() == kind && block.level() == level) {
            return;
        }
        block.kind(kind, level);
        record(block.index(), "kind=" + kind.name().toLowerCase(java.util.Locale.ROOT)
                + (level > 0 ? " h" + level : ""), reason);
    }

    /**
     * Replaces the text of a block.
     *
     * @param block   the block
     * @param newText the new text
     * @param reason  why
     */
    public void rewrite(Block block, String newText, String reason) {
        if (block.text().equals(newText)) {
            return;
        }
        block.text(newText);
        record(block.index(), "text=\"" + Texts.abbreviate(newText, 40) + "\"", reason);
    }

    /** The ending found so far ({@link Ending#unknown()} at first). @return the ending */
    public Ending ending() { return outcome.ending; }

    /**
     * Sets the ending.
     *
     * @param newEnding the ending
     * @param reason    why
     */
    public void ending(Ending newEnding, String reason) {
        outcome.ending = Objects.requireNonNull(newEnding, "ending");
        record(-1, "ending=" + newEnding.status().label()
                + (newEnding.kind() == null ? "" : "/" + newEnding.kind().label()), reason);
    }

    /**
     * The related items lifted so far, in page order (by the block they were read from; items
     * without a block last).
     *
     * @return a new list
     */
    public List<RelatedItem> related() {
        List<RelatedItem> related = outcome.related;
        List<Integer> relatedFrom = outcome.relatedFrom;
        Integer[] order = new Integer[related.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> {
            int from = relatedFrom.get(i);
            return from < 0 ? Integer.MAX_VALUE : from;
        }));
        List<RelatedItem> sorted = new ArrayList<>(order.length);
        for (Integer i : order) {
            sorted.add(related.get(i));
        }
        return sorted;
    }

    /**
     * Adds a related item.
     *
     * @param item   the item
     * @param from   the block it was read from, or {@code null}
     * @param reason why
     */
    public void addRelated(RelatedItem item, @Nullable Block from, String reason) {
        outcome.related.add(Objects.requireNonNull(item, "item"));
        outcome.relatedFrom.add(from == null ? -1 : from.index());
        record(from == null ? -1 : from.index(), "related+\"" + Texts.abbreviate(item.title(), 40) + "\"", reason);
    }

    /**
     * The value of a metadata field, or {@code null}.
     *
     * @param field the field
     * @return the value
     */
    public @Nullable String metadata(MetadataField field) { return ledger.metadata(field); }

    /**
     * Sets a metadata field unless an earlier rule already did (first writer wins, so rule order is
     * source priority). Blank values are ignored.
     *
     * @param field  the field
     * @param value  the value
     * @param source where the value came from, a short label kept as the field's provenance
     *               ({@code json-ld}, {@code og}, {@code meta}, {@code title-tag}, {@code byline}, ...)
     * @return whether the value was taken
     */
    public boolean metadata(MetadataField field, @Nullable String value, String source) {
        return ledger.metadata(field, value, source, ruleId);
    }

    /**
     * Sets a metadata field even if an earlier rule did.
     *
     * @param field  the field
     * @param value  the value, or {@code null} to clear it
     * @param source where the new value came from
     */
    public void overrideMetadata(MetadataField field, @Nullable String value, String source) {
        ledger.overrideMetadata(field, value, source, ruleId);
    }

    /** Which source gave each metadata field so far, by field key ({@code title}, {@code authors}, ...). @return a read-only view */
    public Map<String, String> provenance() {
        return ledger.provenance();
    }

    /**
     * A value derived from the source once per run and shared by the rules that need it (for
     * example the page's parsed JSON-LD).
     *
     * @param <T>     the value type
     * @param type    the value type, used as the key
     * @param compute computes the value from this draft the first time
     * @return the value
     */
    public <T> T derived(Class<T> type, java.util.function.Function<Draft, T> compute) {
        return outcome.derived.get(type, () -> compute.apply(this));
    }

    /** The authors found so far. @return a read-only view */
    public List<String> authors() { return ledger.authors(); }

    /**
     * Sets the authors unless an earlier rule already did.
     *
     * @param names  the names, in page order
     * @param source where they came from (kept as provenance)
     * @return whether they were taken
     */
    public boolean authors(List<String> names, String source) {
        return ledger.authors(names, source, ruleId);
    }

    /**
     * Declares that the article's zone is known (for example a site rule's body selector matched),
     * so zone-finding heuristics such as {@code content-root} and {@code main-zone} leave the
     * blocks alone.
     *
     * @param reason why, in a few words
     */
    public void settleZone(String reason) {
        outcome.zoneSettled = true;
        record(-1, "zone settled", reason);
    }

    /** Whether a rule settled the zone ({@link #settleZone}). @return true if settled */
    public boolean zoneSettled() {
        return outcome.zoneSettled;
    }

    /**
     * Records a decision that none of the verbs covers.
     *
     * @param block  the block index or -1
     * @param action what happened
     * @param reason why
     */
    public void note(int block, String action, String reason) {
        record(block, action, reason);
    }

    /** The decisions so far, in order. @return a read-only view */
    public List<Decision> trace() { return ledger.trace(); }

    private void record(int block, String action, String reason) {
        ledger.record(ruleId, block, action, reason);
    }
}
