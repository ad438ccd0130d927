package dev.winnow.rules;

import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds lists of other articles ("Related News", "Latest News", "Most Read", "You may also like")
 * and lifts their items into the related items. A zone is either
 * <ul>
 *   <li>a {@code related-headings} line (whole line, one typo tolerated: "Lastest News") followed by
 *       headline-like lines, item meta lines ("Alex Braham - Nov 12, 2025 58 Views"), separators,
 *       further list labels and chrome, up to the next prose; a headline directly followed by prose
 *       is a section heading and ends the zone; or</li>
 *   <li>a trailing run without heading that repeats the item shape (headline + meta line) at least
 *       {@link #MIN_TAIL_ITEMS} times.</li>
 * </ul>
 * Headlines become {@link Role#RELATED} items with the author, date and view count of their meta
 * line and the block's link; labels and separators inside the zone become boilerplate.
 */
public final class RelatedListsRule implements Rule {
    /** Items a zone without heading needs. */
    public static final int MIN_TAIL_ITEMS = 2;
    /** The most words a list label may have. */
    public static final int MAX_LABEL_WORDS = 8;

    private enum Cat { HEAD, META, TITLE, PASS, OTHER }

    private final Phrases headings;
    private final int minItems;

    private RelatedListsRule(Phrases headings, int minItems) {
        this.headings = headings;
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
        for (int i = 0; i < n; i++) {
            cat[i] = categorize(all.get(i));
        }
        List<int[]> zones = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (cat[i] != Cat.HEAD) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && cat[end] != Cat.OTHER) {
                end++;
            }
            if (end < n) {
                int k = end - 1;
                while (k > i && cat[k] == Cat.PASS) {
                    k--;
                }
                if (cat[k] == Cat.TITLE) {
                    end = k;
                }
            }
            if (count(cat, i, end) >= minItems) {
                zones.add(new int[] {i, end});
            }
            i = Math.max(end, i + 1);
        }
        int tailStart = n;
        while (tailStart > 0 && cat[tailStart - 1] != Cat.OTHER && cat[tailStart - 1] != Cat.HEAD) {
            tailStart--;
        }
        int taken = zones.isEmpty() ? 0 : zones.get(zones.size() - 1)[1];
        if (tailStart >= taken) {
            int first = -1;
            int pairs = 0;
            for (int k = tailStart; k + 1 < n; k++) {
                if (cat[k] == Cat.TITLE && cat[k + 1] == Cat.META) {
                    pairs++;
                    first = first < 0 ? k : first;
                }
            }
            if (pairs >= MIN_TAIL_ITEMS) {
                zones.add(new int[] {first, n});
            }
        }
        for (int[] zone : zones) {
            take(draft, all, cat, zone[0], zone[1]);
        }
    }

    private Cat categorize(Block b) {
        String t = b.text();
        Role role = b.role();
        boolean open = role == Role.BODY || role == Role.BOILERPLATE || role == Role.NAVIGATION;
        if (open && b.words() <= MAX_LABEL_WORDS && headings.matchesLine(t)) {
            return Cat.HEAD;
        }
        if ((role == Role.BODY || role == Role.DATELINE) && b.words() <= 20
                && !DatelineRule.PREFIX.matcher(t).find() && Lines.itemMeta(t) != null) {
            return Cat.META;
        }
        if (role != Role.BODY) {
            return role == Role.BYLINE || role == Role.DATELINE ? Cat.OTHER : Cat.PASS;
        }
        if (b.words() >= 2 && Lines.isTitleLike(t, b.words()) && Lines.startsUpper(t)) {
            return Cat.TITLE;
        }
        return Cat.OTHER;
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

    private static void take(Draft draft, List<Block> all, Cat[] cat, int from, int to) {
        for (int k = from; k < to; k++) {
            Block b = all.get(k);
            switch (cat[k]) {
                case HEAD -> draft.mark(b, Role.BOILERPLATE, "related-list label");
                case TITLE -> {
                    Lines.ItemMeta meta = k + 1 < to && cat[k + 1] == Cat.META ? Lines.itemMeta(all.get(k + 1).text()) : null;
                    draft.mark(b, Role.RELATED, "related-list item");
                    draft.addRelated(new RelatedItem(b.text().strip(), b.origin().href(),
                            meta == null ? null : meta.author(), meta == null ? null : meta.date(),
                            meta == null ? null : meta.views()), b, "related-list item");
                    if (meta != null) {
                        draft.mark(all.get(++k), Role.RELATED, "related-item details");
                    }
                }
                case META -> draft.mark(b, Role.BOILERPLATE, "details without headline");
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
