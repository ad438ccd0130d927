package dev.winnow.rule;

import dev.winnow.internal.Texts;
import dev.winnow.model.Inline;
import dev.winnow.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One segment of the page in a {@link Draft}: its text, structural {@link Kind}, the {@link Role}
 * rules gave it so far, the {@link Finding}s they attached to it, and the features of its
 * {@link Origin}.
 *
 * <p>Rules read blocks freely but change them only through the draft's verbs, so every change is
 * traced. A block belongs to one draft and one thread.
 */
public final class Block {
    /** Texts longer than this are not folded: no phrase is that long. */
    public static final int FOLD_LIMIT = 200;

    private final int index;
    private final Origin origin;
    private final int listId;
    private final boolean ordered;
    private String text;
    private TextFeatures features;
    private List<Inline> inlines;
    private Kind kind;
    private int level;
    private Role role = Role.BODY;
    private String roleRule = "";
    private List<Finding> findings = List.of();

    /**
     * Creates a block; segmenters call this.
     *
     * @param index   the position in the draft, from 0
     * @param text    the normalised text
     * @param kind    the structural kind
     * @param level   the heading level (1..6) for headings, else 0
     * @param listId  an id shared by the items of one list or rows of one table, or -1
     * @param ordered whether the list this item belongs to is numbered
     * @param origin  where the block came from
     */
    public Block(int index, String text, Kind kind, int level, int listId, boolean ordered, Origin origin) {
        this(index, text, List.of(), kind, level, listId, ordered, origin);
    }

    /**
     * Creates a block with inline markup; the HTML segmenter calls this.
     *
     * @param index   the position in the draft, from 0
     * @param text    the normalised text
     * @param inlines links and emphasis within the text
     * @param kind    the structural kind
     * @param level   the heading level (1..6) for headings, else 0
     * @param listId  an id shared by the items of one list or rows of one table, or -1
     * @param ordered whether the list this item belongs to is numbered
     * @param origin  where the block came from
     */
    public Block(int index, String text, List<Inline> inlines, Kind kind, int level, int listId, boolean ordered,
            Origin origin) {
        this.inlines = List.copyOf(inlines);
        this.index = index;
        this.text = Objects.requireNonNull(text, "text");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.level = level;
        this.listId = listId;
        this.ordered = ordered;
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The position in the draft, from 0. @return the index */
    public int index() { return index; }

    /** The current text. @return the text */
    public String text() { return text; }

    /**
     * The features of the current text, each worked out once, when first asked, and shared by every
     * rule that reads them; worked out anew after the text is rewritten.
     *
     * @return the features
     */
    public TextFeatures features() {
        if (features == null) {
            features = new TextFeatures(text);
        }
        return features;
    }

    /**
     * The text folded for phrase matching ({@link dev.winnow.internal.Fold#line}), computed once;
     * empty for texts longer than {@link #FOLD_LIMIT} characters, which are never phrases.
     *
     * @return the folded text
     */
    public String folded() {
        return features().folded();
    }

    /** Links and emphasis within the text, in order of their start. @return the inlines */
    public List<Inline> inlines() { return inlines; }

    /** The number of words, counting each CJK character as one word. @return the count */
    public int words() {
        return features().words();
    }

    /**
     * Whether more than half of the words are CJK characters (Han, Hiragana or Katakana), computed
     * once, with the {@link #words() words}: length thresholds in words count about three such
     * characters as one word.
     *
     * @return true for mostly CJK text
     */
    public boolean mostlyCjk() {
        return features().mostlyCjk();
    }

    /** The structural kind. @return the kind */
    public Kind kind() { return kind; }

    /** The heading level (1..6) for headings, else 0. @return the level */
    public int level() { return level; }

    /** The id shared by items of one list or rows of one table, or -1. @return the id */
    public int listId() { return listId; }

    /** Whether this list item belongs to a numbered list. @return true if ordered */
    public boolean ordered() { return ordered; }

    /** The role rules gave the block so far ({@link Role#BODY} by default). @return the role */
    public Role role() { return role; }

    /** Whether the block is still part of the body. @return true for {@link Role#BODY} */
    public boolean isBody() { return role == Role.BODY; }

    /** The id of the rule that last set the role, or empty. @return the rule id */
    public String roleRule() { return roleRule; }

    /** Where the block came from. @return the origin */
    public Origin origin() { return origin; }

    /**
     * What a rule recognised in this block, as it attached it when marking the block
     * ({@link Draft#mark(Block, Role, String, Finding)}). A finding stays when a later rule gives the
     * block another role, and goes when its text is rewritten.
     *
     * @param <T>  the finding type
     * @param type the finding type, for example {@code Byline.class}
     * @return the finding of that type, or empty if no rule attached one
     */
    public <T extends Finding> Optional<T> finding(Class<T> type) {
        for (Finding f : findings) {
            if (type.isInstance(f)) {
                return Optional.of(type.cast(f));
            }
        }
        return Optional.empty();
    }

    void text(String newText) {
        if (text.startsWith(newText)) {
            List<Inline> kept = new ArrayList<>();
            for (Inline i : inlines) {
                if (i.start() < newText.length()) {
                    kept.add(new Inline(i.start(), Math.min(i.end(), newText.length()), i.type(), i.href()));
                }
            }
            inlines = List.copyOf(kept);
        } else {
            inlines = List.of();
        }
        text = newText;
        features = null;
        findings = List.of();
    }

    void kind(Kind newKind, int newLevel) {
        kind = newKind;
        level = newLevel;
    }

    void role(Role newRole, String rule) {
        role = newRole;
        roleRule = rule;
    }

    /** Keeps a finding, in place of one of the same class. */
    void attach(Finding finding) {
        List<Finding> kept = new ArrayList<>(findings.size() + 1);
        for (Finding f : findings) {
            if (f.getClass() != finding.getClass()) {
                kept.add(f);
            }
        }
        kept.add(finding);
        findings = List.copyOf(kept);
    }

    @Override
    public String toString() {
        return "#" + index + " " + kind + "/" + role + " \"" + Texts.abbreviate(text, 60) + "\"";
    }
}
