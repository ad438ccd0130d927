package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.reading.Lines;
import dev.winnow.reading.Phrases;
import dev.winnow.reading.Prose;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts reader comments: from the first {@code comments-headings} line ("Comments", "12 Comments",
 * "Leave a Reply", "34 responses to “Title”") that follows at least {@link #MIN_PROSE_BEFORE} prose
 * paragraphs and is not a button in a row of share links, every remaining body block becomes
 * {@link Role#COMMENTS}. A label ending with a colon and followed by a number ("Comments:" / "1664")
 * is a count among the page's statistics, not a heading.
 *
 * <p>A comment count above the article ("21 comments" beside the byline, a "Comments" button in a
 * share row) is a link to the comments, not their section, and becomes {@link Role#NAVIGATION}. A
 * line is taken for such a link when the page's densest run of prose ({@link Prose#densestRun})
 * goes on past it and the first two body blocks after it are paragraphs of
 * {@link Lines#PROSE_WORDS} words or more ending like sentences: the article goes on below it,
 * where comments open with a name, a date or a form.
 */
public final class CommentsTailRule implements Rule {
    /** A number as a count shows it: digits, maybe grouped by commas, dots or thin spaces. */
    private static final Pattern COUNT = Pattern.compile("\\d[\\d.,\u202F\u00A0]*");
    private final Phrases headings;

    private CommentsTailRule(Phrases headings) {
        this.headings = headings;
    }

    /** The rule with the standard phrase files. @return the rule */
    public static CommentsTailRule standard() {
        return new CommentsTailRule(Phrases.standard("comments-headings"));
    }

    /** Prose paragraphs that must come before a comments heading (a "Comments" link above the article is not one). */
    public static final int MIN_PROSE_BEFORE = 2;

    @Override public String id() { return StandardRules.COMMENTS_TAIL; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() { return "Cuts everything from a 'Comments' / 'Leave a reply' heading after the first prose to the end."; }

    /** The block index where the densest run of body prose ends, or -1 when there is none. */
    private static int densestRunEnd(List<Block> body) {
        Prose.Run run = Prose.densestRun(Prose.scores(body), 0);
        return run == null ? -1 : body.get(run.end()).index();
    }

    /**
     * Whether the first two body blocks after block {@code i} are paragraphs of running prose ending
     * like sentences; the other items of the list block {@code i} belongs to (a menu or a row of
     * buttons) are passed over.
     */
    private static boolean articleFollows(List<Block> all, int i) {
        int list = all.get(i).kind() == Kind.LIST_ITEM ? all.get(i).listId() : -1;
        int found = 0;
        for (int k = i + 1; k < all.size() && found < 2; k++) {
            Block b = all.get(k);
            if (!b.isBody() || list >= 0 && b.kind() == Kind.LIST_ITEM && b.listId() == list) {
                continue;
            }
            if (b.kind() != Kind.PARAGRAPH || b.words() < Lines.PROSE_WORDS || !Texts.endsWithSentence(b.text())) {
                return false;
            }
            found++;
        }
        return found == 2;
    }

    /** Whether block {@code i} is a label ending with a colon and the next body block a number: a count among the page's statistics ("Comments:" / "1664"). */
    private static boolean isCountLabel(List<Block> all, int i) {
        if (!all.get(i).text().endsWith(":")) {
            return false;
        }
        for (int k = i + 1; k < all.size(); k++) {
            if (all.get(k).isBody()) {
                return COUNT.matcher(all.get(k).text()).matches();
            }
        }
        return false;
    }

    /** Whether a block sits between two boilerplate lines, like the "Comments" button of a share row. */
    private static boolean inChromeRow(List<Block> all, int i) {
        return i > 0 && i + 1 < all.size() && all.get(i - 1).role() == Role.BOILERPLATE
                && all.get(i + 1).role() == Role.BOILERPLATE;
    }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        int articleEnd = Integer.MIN_VALUE; // block index where the densest prose run ends, found on the first heading
        int prose = 0;
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            if (b.isBody() && Lines.isProse(b)) {
                prose++;
            }
            if (prose < MIN_PROSE_BEFORE || b.role() == Role.RELATED || b.role() == Role.TRAILER || b.words() > 30
                    || inChromeRow(all, i) || !headings.matchesFolded(b.folded())) {
                continue;
            }
            if (isCountLabel(all, i)) {
                draft.note(i, "not a comments heading", "a count label: a number follows");
                continue;
            }
            if (articleEnd == Integer.MIN_VALUE) {
                articleEnd = densestRunEnd(draft.bodyBlocks());
            }
            if (articleEnd > i && articleFollows(all, i)) {
                draft.mark(b, Role.NAVIGATION, "comments link above the article");
                continue;
            }
            draft.mark(b, Role.COMMENTS, "comments heading");
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(j).isBody()) {
                    draft.mark(all.get(j), Role.COMMENTS, "after the comments heading");
                }
            }
            return;
        }
    }
}
