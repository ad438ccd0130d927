package dev.winnow.rules;

import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.reading.Bylines;
import dev.winnow.reading.ClassWords;
import dev.winnow.reading.DomStats;
import dev.winnow.reading.Prose;
import dev.winnow.rule.Block;
import dev.winnow.rule.Byline;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * In HTML, gives blocks the role of the page furniture they sit in, by the class and id words of
 * their nearest {@link #MAX_LEVELS} ancestors ({@code dev/winnow/html/furniture-tokens.txt}: share
 * bars, newsletter boxes, related lists, comment sections, ads, captions, bylines, menus). An
 * ancestor that holds more than {@link #MAX_SHARE} of the page's text is never furniture, and the
 * search stops at an element named as content ({@code content-tokens.txt} or {@code <article>})
 * that holds at least {@link #CONTENT_SHARE} of it, so a misnamed layout wrapper cannot take the
 * article with it. A word whose elements would take more than {@link #MAX_PROSE_SHARE} of the page's
 * prose names the layout on that page ({@code elementor-widget}), not furniture, and is ignored
 * there: furniture is never most of a page's prose (comments can be, so a comments word must take
 * {@link #MAX_COMMENTS_SHARE} of it: then the page is the thread). Items of related lists that are single links are
 * lifted into the related items. A block of a byline element carries the {@link Byline} finding of
 * its text ({@link Bylines#read}), as the byline rule's lines do.
 */
public final class FurnitureElementsRule implements Rule {
    /** How many ancestors of a block are looked at. */
    public static final int MAX_LEVELS = 8;
    /** The largest share of the page's text a furniture element may hold. */
    public static final double MAX_SHARE = 0.3;

    /** The share of the page's text from which an element named as content shields the blocks inside it. */
    public static final double CONTENT_SHARE = 0.1;
    /** The share of the page's prose above which the elements of one furniture word name the layout, not furniture. */
    public static final double MAX_PROSE_SHARE = 0.5;
    /**
     * The share of the page's prose above which the elements of a comments word are the page itself
     * (a forum thread, a live ticker): comments are prose, so they may be most of a page.
     */
    public static final double MAX_COMMENTS_SHARE = 0.9;
    /** The fewest prose words the elements of one furniture word must hold to name the layout. */
    public static final int MIN_GENERIC_WORDS = 50;

    private final Map<String, String> words;
    private final Map<String, String> contentWords;

    private FurnitureElementsRule(Map<String, String> words, Map<String, String> contentWords) {
        this.words = words;
        this.contentWords = contentWords;
    }

    /** The rule with the standard word lists. @return the rule */
    public static FurnitureElementsRule standard() {
        return new FurnitureElementsRule(ClassWords.load("furniture-tokens.txt"), ClassWords.load("content-tokens.txt"));
    }

    @Override public String id() { return StandardRules.FURNITURE_ELEMENTS; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public boolean appliesTo(InputShape shape) { return shape == InputShape.HTML; }

    @Override public String description() {
        return "In HTML, marks blocks inside share bars, newsletter boxes, related lists, comments, ads, captions and menus by class and id words.";
    }

    @Override
    public void apply(Draft draft) {
        List<Block> blocks = draft.blocks();
        DomStats stats = new DomStats(blocks, false);
        Search search = new Search(stats, Set.of());
        Element[] furniture = furnitureOf(blocks, search);
        Set<String> generic = genericWords(draft, blocks, furniture, search);
        if (!generic.isEmpty()) {
            search = new Search(stats, generic);
            furniture = furnitureOf(blocks, search);
        }
        for (Block b : blocks) {
            Element f = furniture[b.index()];
            if (f != null) {
                mark(draft, b, Role.valueOf(words.get(search.wordOf(f)).toUpperCase(Locale.ROOT)), f);
            }
        }
    }

    /** The furniture element of each body block of an element, by block index ({@code null} for none). */
    private static Element[] furnitureOf(List<Block> blocks, Search search) {
        Element[] furniture = new Element[blocks.size()];
        Element last = null; // consecutive blocks of one element sit in the same furniture
        Element found = null;
        for (Block b : blocks) {
            Element e = b.origin().element();
            if (!b.isBody() || e == null) {
                continue;
            }
            if (e != last) {
                last = e;
                found = search.furnitureOf(e);
            }
            furniture[b.index()] = found;
        }
        return furniture;
    }

    /**
     * The furniture words that would take more than {@link #MAX_PROSE_SHARE} of the page's prose:
     * on this page they name the layout (a page builder's {@code widget}), not furniture. Each is
     * noted in the trace.
     */
    private Set<String> genericWords(Draft draft, List<Block> blocks, Element[] furniture, Search search) {
        long prose = 0;
        Map<String, Long> taken = new HashMap<>();
        for (Block b : blocks) {
            if (!b.isBody() || !Prose.isProse(b)) {
                continue;
            }
            prose += b.words();
            if (furniture[b.index()] != null) {
                taken.merge(search.wordOf(furniture[b.index()]), (long) b.words(), Long::sum);
            }
        }
        Set<String> generic = new HashSet<>();
        for (Map.Entry<String, Long> e : taken.entrySet()) {
            double share = "comments".equals(words.get(e.getKey())) ? MAX_COMMENTS_SHARE : MAX_PROSE_SHARE;
            if (e.getValue() >= MIN_GENERIC_WORDS && e.getValue() > prose * share) {
                generic.add(e.getKey());
                draft.note(-1, "class word '" + e.getKey() + "' not furniture", "its elements hold " + e.getValue()
                        + " of the page's " + prose + " prose words");
            }
        }
        return generic;
    }

    /**
     * The search for the furniture of one draft's blocks: the nearest of a block's element and its
     * ancestors within {@link #MAX_LEVELS} whose words give it a role, below any element holding
     * more than {@link #MAX_SHARE} of the page's text or named as content with at least
     * {@link #CONTENT_SHARE} of it. Each element's word is worked out once, and so is what lies above
     * the last parent, which the children of one element share.
     */
    private final class Search {
        private final DomStats stats;
        private final Set<String> ignored;
        private final long limit;
        private final long shield;
        private final Map<Element, String> found = new IdentityHashMap<>();
        private Element lastParent;
        private Element aboveLastParent;

        /** A search that takes none of the {@code ignored} words for furniture. */
        Search(DomStats stats, Set<String> ignored) {
            this.stats = stats;
            this.ignored = ignored;
            this.limit = Math.round(stats.total() * MAX_SHARE);
            this.shield = Math.round(stats.total() * CONTENT_SHARE);
        }

        /** The furniture a block of element {@code e} sits in, or {@code null}. */
        @Nullable Element furnitureOf(Element e) {
            if (stops(e)) {
                return null;
            }
            if (!wordOf(e).isEmpty()) {
                return e;
            }
            Element parent = e.parent();
            if (parent != lastParent) {
                lastParent = parent;
                aboveLastParent = search(parent, 1);
            }
            return aboveLastParent;
        }

        /** The furniture from {@code from}, {@code level} levels above a block's element, upwards, or {@code null}. */
        private @Nullable Element search(Element from, int level) {
            for (Element a = from; a != null && level < MAX_LEVELS; a = a.parent(), level++) {
                if (stops(a)) {
                    return null;
                }
                if (!wordOf(a).isEmpty()) {
                    return a;
                }
            }
            return null;
        }

        /** Whether the search stops below an element: it holds too much of the text, or is content holding enough. */
        private boolean stops(Element a) {
            long chars = stats.chars(a);
            return chars > limit || (chars >= shield && isContent(a));
        }

        /** The first furniture word of an element ("" for none), worked out once. */
        String wordOf(Element a) {
            return found.computeIfAbsent(a, this::firstWord);
        }

        private String firstWord(Element e) {
            for (String w : ClassWords.of(e)) {
                if (words.containsKey(w) && !ignored.contains(w)) {
                    return w;
                }
            }
            return "";
        }
    }

    private boolean isContent(Element e) {
        for (String w : ClassWords.of(e)) {
            if (contentWords.containsKey(w)) {
                return true;
            }
        }
        return e.normalName().equals("article");
    }

    /** The first of stripped class names, as {@code names.split("\\s+")[0]} gives it. */
    private static String firstName(String names) {
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return names.substring(0, i);
            }
        }
        return names;
    }

    private static void mark(Draft draft, Block b, Role role, Element furniture) {
        String reason = "inside ." + firstName(furniture.className().strip())
                + (furniture.id().isEmpty() ? "" : " #" + furniture.id());
        if (role == Role.BYLINE) {
            draft.mark(b, role, reason, Bylines.read(b.text()));
        } else {
            draft.mark(b, role, reason);
        }
        if (role == Role.RELATED && b.origin().href() != null && b.words() >= 2) {
            draft.addRelated(new RelatedItem(b.text(), b.origin().href(), null, null, null), b, "link in a related list");
        }
    }
}
