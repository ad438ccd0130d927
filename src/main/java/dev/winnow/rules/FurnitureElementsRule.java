package dev.winnow.rules;

import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * In HTML, gives blocks the role of the page furniture they sit in, by the class and id words of
 * their nearest {@link #MAX_LEVELS} ancestors ({@code dev/winnow/html/furniture-tokens.txt}: share
 * bars, newsletter boxes, related lists, comment sections, ads, captions, bylines, menus). An
 * ancestor that holds more than {@link #MAX_SHARE} of the page's text is never furniture, and the
 * search stops at an element named as content ({@code content-tokens.txt} or {@code <article>})
 * that holds at least {@link #CONTENT_SHARE} of it, so a misnamed layout wrapper cannot take the
 * article with it. Items of related lists that are
 * single links are lifted into the related items.
 */
public final class FurnitureElementsRule implements Rule {
    /** How many ancestors of a block are looked at. */
    public static final int MAX_LEVELS = 8;
    /** The largest share of the page's text a furniture element may hold. */
    public static final double MAX_SHARE = 0.3;

    /** The share of the page's text from which an element named as content shields the blocks inside it. */
    public static final double CONTENT_SHARE = 0.1;

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

    @Override public String description() {
        return "In HTML, marks blocks inside share bars, newsletter boxes, related lists, comments, ads, captions and menus by class and id words.";
    }

    @Override
    public void apply(Draft draft) {
        if (draft.source().document() == null) {
            return;
        }
        List<Block> blocks = draft.blocks();
        DomStats stats = new DomStats(blocks, false);
        long limit = Math.round(stats.total() * MAX_SHARE);
        long shield = Math.round(stats.total() * CONTENT_SHARE);
        Map<Element, String> roles = new IdentityHashMap<>(); // blocks share ancestors: each element's role once
        Element last = null; // consecutive blocks of one element sit in the same furniture
        Element furniture = null;
        for (Block b : blocks) {
            Element e = b.origin().element();
            if (!b.isBody() || e == null) {
                continue;
            }
            if (e != last) {
                last = e;
                furniture = furniture(e, stats, limit, shield, roles);
            }
            if (furniture != null) {
                mark(draft, b, Role.valueOf(roles.get(furniture).toUpperCase(Locale.ROOT)), furniture);
            }
        }
    }

    /**
     * The nearest of an element and its ancestors within {@link #MAX_LEVELS} whose words give it a
     * role, below any element holding more than {@code limit} characters or named as content with
     * at least {@code shield}; {@code null} if there is none. Roles are remembered in {@code roles}.
     */
    private Element furniture(Element e, DomStats stats, long limit, long shield, Map<Element, String> roles) {
        int level = 0;
        for (Element a = e; a != null && level < MAX_LEVELS; a = a.parent(), level++) {
            long chars = stats.chars(a);
            if (chars > limit || (chars >= shield && isContent(a))) {
                return null;
            }
            if (!roles.computeIfAbsent(a, this::roleOf).isEmpty()) {
                return a;
            }
        }
        return null;
    }

    private boolean isContent(Element e) {
        for (String w : ClassWords.of(e)) {
            if (contentWords.containsKey(w)) {
                return true;
            }
        }
        return e.normalName().equals("article");
    }

    /** The role its class and id words give an element, or "" for none. */
    private String roleOf(Element e) {
        for (String w : ClassWords.of(e)) {
            String role = words.get(w);
            if (role != null) {
                return role;
            }
        }
        return "";
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
        draft.mark(b, role, reason);
        if (role == Role.RELATED && b.origin().href() != null && b.words() >= 2) {
            draft.addRelated(new RelatedItem(b.text(), b.origin().href(), null, null, null), b, "link in a related list");
        }
    }
}
