package dev.winnow.rules;

import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.reading.BlockDates;
import dev.winnow.reading.Bylines;
import dev.winnow.reading.DomStats;
import dev.winnow.reading.Lines;
import dev.winnow.reading.Phrases;
import dev.winnow.reading.TimestampPrefixes;
import dev.winnow.rule.Block;
import dev.winnow.rule.Byline;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds lists of other articles ("Related News", "Latest News", "Most Read", "You may also like")
 * and lifts their items into the related items. A zone is either
 * <ul>
 *   <li>a {@code related-headings} line (whole line, one typo tolerated: "Lastest News") followed by
 *       headline-like lines, item meta lines ("Alex Braham - Nov 12, 2025 58 Views"), separators,
 *       further list labels and chrome, up to the next prose; a headline directly followed by prose
 *       is a section heading and ends the zone; or</li>
 *   <li>a group of at least {@link #MIN_TAIL_ITEMS} cards without heading: headline, an optional
 *       teaser or author line, one or more meta lines (byline, date, view count, "2 hours ago"),
 *       and an optional teaser after them, with only chrome between cards; a headline-like label
 *       right before the group is its heading.</li>
 * </ul>
 * In HTML, a heading that follows at least {@link #MIN_PROSE_BEFORE_SECTION} prose paragraph
 * takes everything after it inside its parent element (the section it names: cards, teasers, link
 * lists). Under a heading in text, a headline directly followed by prose (perhaps with its byline or dateline
 * between) is the article's own heading and ends the zone, unless the zone already has
 * {@link #MIN_UNIFORM_ITEMS} items. Cards may carry several meta lines (byline, then dateline).
 * Headlines become {@link Role#RELATED} items with the author, date and view count of their meta
 * line and the block's link; labels and separators inside the zone become boilerplate. A heading
 * line after prose under which no item was found is boilerplate too, in text and in HTML: the
 * list's items did not read as headlines (teasers, images) or another rule already took them, but
 * the heading still says the article has ended.
 */
public final class RelatedListsRule implements Rule {
    /** Items a zone without heading needs. */
    public static final int MIN_TAIL_ITEMS = 2;
    /** Prose paragraphs an HTML related heading must follow before its whole section is taken. */
    public static final int MIN_PROSE_BEFORE_SECTION = 1;
    /** Items from which a list under a heading is taken whole, even if prose follows its last item. */
    public static final int MIN_UNIFORM_ITEMS = 3;
    /** The most words of a teaser line between a card's headline and its meta line. */
    public static final int MAX_TEASER_WORDS = 60;
    /** The most words a list label may have. */
    public static final int MAX_LABEL_WORDS = 8;

    private enum Cat { HEAD, META, TITLE, TEASER, PASS, OTHER }

    private final Phrases headings;
    private final Phrases stops;
    private final int minItems;

    private RelatedListsRule(Phrases headings, int minItems) {
        this.headings = headings;
        this.stops = Phrases.standard("comments-headings");
        this.minItems = minItems;
    }

    /** The rule with the standard phrase files, taking zones with at least one item. @return the rule */
    public static RelatedListsRule standard() {
        return new RelatedListsRule(Phrases.standard("related-headings"), 1);
    }

    /**
     * This rule with more list headings (for example a site's own "More from Acme").
     *
     * @param more the headings
     * @return a new rule
     */
    public RelatedListsRule withHeadings(List<String> more) {
        return new RelatedListsRule(headings.with(more), minItems);
    }

    /**
     * This rule requiring more items under a heading before a zone is taken.
     *
     * @param items the minimum, at least 1
     * @return a new rule
     */
    public RelatedListsRule withMinItems(int items) {
        if (items < 1) {
            throw new IllegalArgumentException("minItems must be at least 1");
        }
        return new RelatedListsRule(headings, items);
    }

    @Override public String id() { return StandardRules.RELATED_LISTS; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() {
        return "Lifts 'Related / Latest / Most read' lists (by heading or repeated item shape) into the related items.";
    }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        int n = all.size();
        Cat[] cat = new Cat[n];
        BlockDates dates = BlockDates.of(draft);
        for (int i = 0; i < n; i++) {
            cat[i] = categorize(all.get(i), dates);
        }
        List<int[]> zones = new ArrayList<>();
        int prose = 0;
        int i = 0;
        while (i < n) {
            if (cat[i] != Cat.HEAD) {
                prose += all.get(i).isBody() && Lines.isProse(all.get(i)) ? 1 : 0;
                i++;
                continue;
            }
            int section = prose >= MIN_PROSE_BEFORE_SECTION ? sectionEnd(all, i) : i + 1;
            if (section > i + 1) {
                for (int k = i + 1; k < section; k++) {
                    if (cat[k] == Cat.OTHER) {
                        cat[k] = all.get(k).isBody() ? Cat.TEASER : Cat.PASS;
                    }
                }
                zones.add(new int[] {i, section});
                i = section;
                continue;
            }
            int end = i + 1;
            while (end < n && cat[end] != Cat.OTHER) {
                end++;
            }
            if (end < n && count(cat, i, end) < MIN_UNIFORM_ITEMS && proseFollows(all, end)) {
                int k = end - 1;
                while (k > i && (cat[k] == Cat.PASS || cat[k] == Cat.META)) {
                    k--;
                }
                if (cat[k] == Cat.TITLE) {
                    end = k;
                }
            }
            if (count(cat, i, end) >= minItems) {
                zones.add(new int[] {i, end});
            } else if (prose >= MIN_PROSE_BEFORE_SECTION && all.get(i).isBody()) {
                draft.mark(all.get(i), Role.BOILERPLATE, "related-list label without items");
            }
            i = Math.max(end, i + 1);
        }
        zones.addAll(cardGroups(all, cat, zones));
        zones.sort((x, y) -> Integer.compare(x[0], y[0]));
        for (int[] zone : zones) {
            take(draft, all, cat, zone[0], zone[1], dates);
        }
    }

    /**
     * Whether the line that ended a zone is prose, or a dateline or byline with prose after it: the
     * headline before it is then the article's own heading, not a list item.
     */
    private static boolean proseFollows(List<Block> all, int end) {
        int k = end;
        while (k < all.size() && (all.get(k).role() == Role.DATELINE || all.get(k).role() == Role.BYLINE)) {
            k++;
        }
        return k < all.size() && Lines.isProse(all.get(k));
    }

    private Cat categorize(Block b, BlockDates dates) {
        String t = b.text();
        Role role = b.role();
        boolean open = role == Role.BODY || role == Role.BOILERPLATE || role == Role.NAVIGATION;
        if (open && b.words() <= MAX_LABEL_WORDS && headings.matchesFolded(b.folded())) {
            return Cat.HEAD;
        }
        if (b.words() <= MAX_LABEL_WORDS && stops.matchesFolded(b.folded())) {
            return Cat.OTHER;
        }
        if (role == Role.BYLINE || ((role == Role.BODY || role == Role.DATELINE) && b.words() <= 20
                && Lines.itemMeta(b, dates) != null && !TimestampPrefixes.opens(t))) {
            return Cat.META;
        }
        if (role != Role.BODY) {
            return role == Role.DATELINE ? Cat.OTHER : Cat.PASS;
        }
        if (b.words() >= 2 && Lines.isTitleLike(b) && Lines.startsUpper(t)) {
            return Cat.TITLE;
        }
        return Cat.OTHER;
    }

    /**
     * For an HTML heading, the end (exclusive) of the blocks that follow it inside the heading's
     * parent element: the section the heading names. For other blocks, the next index.
     */
    private static int sectionEnd(List<Block> all, int head) {
        Block h = all.get(head);
        Element e = h.origin().element();
        if (e == null || h.kind() != Kind.HEADING || e.parent() == null) {
            return head + 1;
        }
        Element section = e.parent();
        int end = head + 1;
        while (end < all.size() && isInside(all.get(end).origin().element(), section)) {
            end++;
        }
        return end;
    }

    private static boolean isInside(Element e, Element ancestor) {
        int depth = 0;
        for (Element a = e; a != null && depth < DomStats.MAX_DEPTH * 2; a = a.parent(), depth++) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Groups of at least {@link #MIN_TAIL_ITEMS} cards (headline, optional teaser, meta line) that
     * follow each other with only chrome between them, outside the zones found by heading; a
     * headline-like label right before a group belongs to it.
     */
    private static List<int[]> cardGroups(List<Block> all, Cat[] cat, List<int[]> taken) {
        List<int[]> groups = new ArrayList<>();
        int groupStart = -1;
        int groupEnd = -1;
        int cards = 0;
        boolean trailingTeasers = false;
        Cat between;
        for (int k = 1; k < all.size(); k++) {
            if (cat[k] != Cat.META || cat[k - 1] == Cat.META || inside(taken, k)) {
                continue;
            }
            int last = k;
            while (last + 1 < all.size() && cat[last + 1] == Cat.META) {
                last++;
            }
            int start;
            Block before = all.get(k - 1);
            boolean authorOrTeaser = before.isBody() && (Bylines.isName(before.text().strip()) || isTeaser(before));
            if (k >= 2 && cat[k - 2] == Cat.TITLE && authorOrTeaser
                    && (cat[k - 1] != Cat.TITLE || Bylines.isName(before.text().strip()))) {
                start = k - 2;
                cat[k - 1] = Cat.TEASER;
            } else if (cat[k - 1] == Cat.TITLE) {
                start = k - 1;
            } else {
                continue;
            }
            if (groupStart >= 0 && onlyPassBetween(cat, groupEnd, start)) {
                groupEnd = last + 1;
                cards++;
            } else if (groupStart >= 0 && (between = oneLineBetween(all, cat, groupEnd, start)) != null) {
                groupEnd = last + 1;
                cards++;
                trailingTeasers |= between == Cat.TEASER;
            } else {
                addGroup(groups, cat, groupStart, withTrailingTeaser(all, cat, groupEnd, trailingTeasers), cards);
                groupStart = start;
                groupEnd = last + 1;
                cards = 1;
                trailingTeasers = false;
            }
        }
        addGroup(groups, cat, groupStart, withTrailingTeaser(all, cat, groupEnd, trailingTeasers), cards);
        return groups;
    }

    /**
     * Whether the blocks between two cards are chrome and one line: the previous card's teaser
     * (prose) or the next card's category label (a short headline-like line), marked as such.
     *
     * @return {@code TEASER} or {@code HEAD} for the line found, or {@code null} if the cards are not neighbours
     */
    private static @Nullable Cat oneLineBetween(List<Block> all, Cat[] cat, int from, int to) {
        int line = -1;
        for (int k = from; k < to; k++) {
            if (cat[k] == Cat.PASS) {
                continue;
            }
            if (line >= 0) {
                return null;
            }
            line = k;
        }
        if (line < 0) {
            return null;
        }
        Block b = all.get(line);
        if (isTeaser(b)) {
            cat[line] = Cat.TEASER;
        } else if (cat[line] == Cat.TITLE && b.words() <= MAX_LABEL_WORDS) {
            cat[line] = Cat.HEAD;
        } else {
            return null;
        }
        return cat[line];
    }

    /** The group end, extended over the last card's teaser when the cards carry teasers after their meta lines. */
    private static int withTrailingTeaser(List<Block> all, Cat[] cat, int end, boolean teasers) {
        if (teasers && end >= 0 && end < all.size() && cat[end] != Cat.HEAD && isTeaser(all.get(end))) {
            cat[end] = Cat.TEASER;
            return end + 1;
        }
        return end;
    }

    private static boolean isTeaser(Block b) {
        return b.isBody() && b.words() <= MAX_TEASER_WORDS && Lines.isProse(b);
    }

    private static void addGroup(List<int[]> groups, Cat[] cat, int start, int end, int cards) {
        if (cards < MIN_TAIL_ITEMS) {
            for (int k = Math.max(start, 0); k < end; k++) {
                if (cat[k] == Cat.TEASER) {
                    cat[k] = Cat.OTHER;
                }
            }
            return;
        }
        int label = start - 1;
        while (label >= 0 && cat[label] == Cat.PASS) {
            label--;
        }
        if (label >= 0 && (cat[label] == Cat.HEAD || cat[label] == Cat.TITLE)) {
            cat[label] = Cat.HEAD;
            start = label;
        }
        groups.add(new int[] {start, end});
    }

    private static boolean onlyPassBetween(Cat[] cat, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cat[k] != Cat.PASS) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(List<int[]> zones, int k) {
        for (int[] z : zones) {
            if (k >= z[0] && k < z[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The details of the meta lines from {@code m}: author from a byline (its {@link Byline} finding)
     * or meta line, date and views from meta lines.
     */
    private static Lines.ItemMeta meta(List<Block> all, Cat[] cat, int m, int to, BlockDates dates) {
        String author = null;
        java.time.LocalDate date = null;
        Long views = null;
        for (int k = m; k < to && cat[k] == Cat.META; k++) {
            Block b = all.get(k);
            Lines.ItemMeta meta = Lines.itemMeta(b, dates);
            if (meta == null) {
                List<String> names = b.finding(Byline.class).map(Byline::authors).orElse(List.of());
                author = author == null && !names.isEmpty() ? String.join(", ", names) : author;
                continue;
            }
            author = author == null ? meta.author() : author;
            date = date == null ? meta.date() : date;
            views = views == null ? meta.views() : views;
        }
        return new Lines.ItemMeta(author, date, views);
    }

    private static int count(Cat[] cat, int from, int to) {
        int c = 0;
        for (int k = from; k < to; k++) {
            if (cat[k] == Cat.TITLE) {
                c++;
            }
        }
        return c;
    }

    private static void take(Draft draft, List<Block> all, Cat[] cat, int from, int to, BlockDates dates) {
        for (int k = from; k < to; k++) {
            Block b = all.get(k);
            switch (cat[k]) {
                case HEAD -> draft.mark(b, Role.BOILERPLATE, "related-list label");
                case TITLE -> {
                    int m = k + 1 < to && cat[k + 1] == Cat.TEASER ? k + 2 : k + 1;
                    Lines.ItemMeta meta = m < to && cat[m] == Cat.META ? meta(all, cat, m, to, dates) : null;
                    draft.mark(b, Role.RELATED, "related-list item");
                    draft.addRelated(new RelatedItem(b.text().strip(), b.origin().href(),
                            meta == null ? null : meta.author(), meta == null ? null : meta.date(),
                            meta == null ? null : meta.views()), b, "related-list item");
                    if (m < to && cat[m] == Cat.META) {
                        if (m == k + 2) {
                            draft.mark(all.get(k + 1), Role.RELATED, "related-item teaser");
                        }
                        for (k = m; k < to && cat[k] == Cat.META; k++) {
                            draft.mark(all.get(k), Role.RELATED, "related-item details");
                        }
                        k--;
                    }
                }
                case META -> draft.mark(b, Role.BOILERPLATE, "details without headline");
                case TEASER -> draft.mark(b, Role.RELATED, "related-item teaser");
                case PASS -> {
                    if (b.isBody()) {
                        draft.mark(b, Role.BOILERPLATE, "inside a related list");
                    }
                }
                case OTHER -> { }
            }
        }
    }
}
