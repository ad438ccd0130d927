package dev.winnow.rules;

import dev.winnow.internal.Queries;
import dev.winnow.model.Role;
import dev.winnow.reading.ClassWords;
import dev.winnow.reading.DomStats;
import dev.winnow.reading.Lines;
import dev.winnow.reading.Prose;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * In HTML, finds the element that holds the article and drops the body blocks outside it.
 * Every prose block of at least {@link #MIN_CHARS} characters scores {@code 1 + commas +
 * min(3, chars / 100)} for its parent, half for its grandparent and a third per level above
 * (elements that only wrap one child do not count as a level and get nothing); an
 * element's score is then scaled by {@code 1 - link density} and raised by {@link #WORD_BONUS}
 * when its class or id has a content word ({@code dev/winnow/html/content-tokens.txt}). The best
 * element is the root; siblings scoring at least {@link #SIBLING_SHARE} of it (a lead and a body in
 * separate containers) join it. The root is then raised to the ancestor with the most net prose
 * (prose words minus the costs of other blocks, {@link Prose#score}), so an article split
 * into chunks is taken whole; the climb never leaves an {@code <article>} or
 * {@code itemprop=articleBody} element. Figure captions next to the root (inside its parent) stay:
 * a lead image often sits beside the text container; so does a lead right before the root, in a
 * container of its own (up to {@link #LEAD_BLOCKS} prose paragraphs of {@link #LEAD_PARAGRAPH_WORDS}
 * words or more, and a heading above them, within {@link #LEAD_LEVELS} levels and the page's
 * article boundary, not grouped with the {@code <h1>}). Blocks before the root become navigation,
 * after it boilerplate. When the roots hold less than {@link #MIN_PROSE_SHARE} of the page's prose
 * words and the root is not the page's own article boundary, nothing is cut: the scores picked a
 * fragment of an article spread over containers they could not join, and {@link MainZoneRule}
 * alone finds the run.
 * Does nothing when an earlier rule settled the zone ({@link Draft#settleZone}).
 */
public final class ContentRootRule implements Rule {
    /** The shortest block that votes for its ancestors. */
    public static final int MIN_CHARS = 25;
    /** The bonus of an element whose class or id names content. */
    public static final double WORD_BONUS = 25;
    /** Share of the root's score a sibling needs to join it. */
    public static final double SIBLING_SHARE = 0.2;
    /** How many levels above a block get a share of its score. */
    public static final int LEVELS = 5;

    /** The share of the page's prose words the roots must hold for the cut; below it, {@link MainZoneRule} alone decides. */
    public static final double MIN_PROSE_SHARE = 0.35;
    /** How many blocks right before the root may be kept as the article's lead. */
    public static final int LEAD_BLOCKS = 3;
    /** The fewest words of a lead heading. */
    public static final int LEAD_HEADING_WORDS = 5;
    /** The fewest words of a lead paragraph: a shorter line under the headline is a dek or a credit. */
    public static final int LEAD_PARAGRAPH_WORDS = 20;
    /** Link density from which a block is no lead. */
    public static final double LEAD_MAX_LINK_DENSITY = 0.3;
    /** How many levels above the root a lead block may sit. */
    public static final int LEAD_LEVELS = 4;

    private static final Set<Kind> VOTERS = Set.of(Kind.PARAGRAPH, Kind.QUOTE, Kind.PREFORMATTED, Kind.LIST_ITEM);

    private final Map<String, String> contentWords;

    private ContentRootRule(Map<String, String> contentWords) {
        this.contentWords = contentWords;
    }

    /** The rule with the standard word list. @return the rule */
    public static ContentRootRule standard() {
        return new ContentRootRule(ClassWords.load("content-tokens.txt"));
    }

    @Override public String id() { return StandardRules.CONTENT_ROOT; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public boolean appliesTo(InputShape shape) { return shape == InputShape.HTML; }

    @Override public String description() {
        return "In HTML, finds the element holding the article (text and link density, class words, sibling merge) and drops what lies outside.";
    }

    @Override
    public void apply(Draft draft) {
        if (draft.zoneSettled()) {
            return;
        }
        List<Block> body = draft.bodyBlocks();
        DomStats stats = new DomStats(draft.blocks(), true);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Block b : body) {
            Element e = b.origin().element();
            if (e == null || !VOTERS.contains(b.kind()) || b.text().length() < MIN_CHARS
                    || b.origin().linkDensity() > 0.5) {
                continue;
            }
            double vote = 1 + commas(b.text()) + Math.min(3, b.text().length() / 100.0);
            int level = 0;
            int hops = 0;
            for (Element a = e.parent(); a != null && level < LEVELS && hops < DomStats.MAX_DEPTH; a = a.parent(), hops++) {
                if (DomStats.isWrapper(a)) {
                    continue;
                }
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(a, vote * share, Double::sum);
                level++;
            }
        }
        Element root = null;
        double best = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - stats.linkDensity(e.getKey())) + bonus(e.getKey());
            finals.put(e.getKey(), score);
            if (score > best) {
                best = score;
                root = e.getKey();
            }
        }
        if (root == null) {
            return;
        }
        List<Element> climbable = climbable(root);
        int[] runScores = runScores(draft.blocks());
        root = climb(climbable, gains(draft.blocks(), runScores, signature(body, runScores, root), climbable));
        List<Element> roots = new ArrayList<>();
        roots.add(root);
        Element parent = root.parent();
        if (parent != null) {
            for (Element sibling : parent.children()) {
                Double score = finals.get(sibling);
                if (sibling != root && score != null && score >= Math.max(10, best * SIBLING_SHARE)) {
                    roots.add(sibling);
                }
            }
        }
        for (Element r : roots) {
            draft.note(-1, "root=" + describe(r), "score " + oneDecimal(finals.getOrDefault(r, 0.0)));
        }
        if (!isArticleBoundary(root) && proseShare(body, roots) < MIN_PROSE_SHARE) {
            draft.note(-1, "root not used", "it holds less than " + Math.round(MIN_PROSE_SHARE * 100) + "% of the prose");
            return;
        }
        Set<Block> lead = lead(body, roots, root);
        boolean seen = false;
        Element around = root.parent();
        for (Block b : body) {
            if (inside(b.origin().element(), roots)) {
                seen = true;
            } else if (lead.contains(b)
                    || b.kind() == Kind.CAPTION && around != null && inside(b.origin().element(), List.of(around))) {
                continue;
            } else {
                draft.mark(b, seen ? Role.BOILERPLATE : Role.NAVIGATION,
                        seen ? "after the article container" : "before the article container");
            }
        }
    }

    /** The share of the body's prose words ({@link Prose#score} above 0) that lie inside the roots. */
    private static double proseShare(List<Block> body, List<Element> roots) {
        long inside = 0;
        long all = 0;
        for (Block b : body) {
            if (b.origin().element() != null && Prose.score(b) > 0) {
                all += b.words();
                inside += inside(b.origin().element(), roots) ? b.words() : 0;
            }
        }
        return all == 0 ? 1 : (double) inside / all;
    }

    /**
     * The lead of an article whose body container is the root: the body blocks right before the
     * root's first block (up to {@link #LEAD_BLOCKS}) that read as a standfirst. A lead in its own
     * container scores too low to join the root as a sibling, yet it opens the article. See
     * {@link #isLead}.
     */
    private static Set<Block> lead(List<Block> body, List<Element> roots, Element root) {
        Set<Block> lead = Collections.newSetFromMap(new IdentityHashMap<>());
        int first = 0;
        while (first < body.size() && !inside(body.get(first).origin().element(), roots)) {
            first++;
        }
        Element near = root;
        for (int k = 0; k < LEAD_LEVELS && near.parent() != null && !isArticleBoundary(near); k++) {
            near = near.parent();
        }
        for (int k = first - 1; k >= 0 && lead.size() < LEAD_BLOCKS
                && isLead(body.get(k), root, near, !lead.isEmpty()); k--) {
            lead.add(body.get(k));
        }
        return lead;
    }

    /**
     * Whether a block may open the article before its container: a paragraph reading as prose of
     * at least {@link #LEAD_PARAGRAPH_WORDS} words (a shorter line is a dek, a credit or a date),
     * or a heading of at least {@link #LEAD_HEADING_WORDS} words above such a paragraph (no
     * {@code <h1>}); with link density below {@link #LEAD_MAX_LINK_DENSITY}; inside {@code near}
     * (the root's ancestor {@link #LEAD_LEVELS} levels up, or the page's article boundary); not
     * in a form and not grouped with an {@code <h1>} or a form below the ancestor it shares with
     * the root (text beside the headline is the header's dek).
     */
    private static boolean isLead(Block b, Element root, Element near, boolean aboveLead) {
        Element e = b.origin().element();
        return e != null && (b.kind() == Kind.HEADING && aboveLead && b.words() >= LEAD_HEADING_WORDS
                        || b.kind() == Kind.PARAGRAPH && b.words() >= LEAD_PARAGRAPH_WORDS && Lines.isProse(b))
                && b.origin().linkDensity() < LEAD_MAX_LINK_DENSITY
                && inside(e, List.of(near)) && e.closest(Queries.evaluator("form")) == null
                && branch(e, root).selectFirst(Queries.evaluator("h1, form")) == null;
    }

    /** The child of the nearest common ancestor of {@code e} and {@code root} that holds {@code e}. */
    private static Element branch(Element e, Element root) {
        Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a = root; a != null; a = a.parent()) {
            above.add(a);
        }
        Element branch = e;
        while (branch.parent() != null && !above.contains(branch.parent())) {
            branch = branch.parent();
        }
        return branch;
    }

    /**
     * The net prose of each of the given elements: the words of the prose blocks inside it, minus
     * the {@link Prose#score costs} of the other blocks (so menus, link lists and chrome weigh
     * against an element); list items, paragraphs alone in their container (the teaser of a card)
     * and paragraphs of another shape than the root's ({@code p.body-text}) never count as prose
     * here, so teasers, appeals and bios next to the article do not pull the root up, while the
     * chunks of an article split into several containers do.
     *
     * @param elements an element and its ancestors, nearest first ({@link #climbable})
     * @return the net prose of each, in the same order
     */
    private static long[] gains(List<Block> blocks, int[] scores, String signature, List<Element> elements) {
        Map<Element, Integer> proseRuns = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (scores[b.index()] > 0) {
                proseRuns.merge(DomStats.container(b.origin().element()), 1, Integer::sum);
            }
        }
        long[] sums = new long[elements.size()];
        int firstDepth = depth(elements.get(0)); // elements.get(k) is the one at firstDepth - k
        for (Block b : blocks) {
            Element e = b.origin().element();
            if (e == null) {
                continue;
            }
            long gain;
            if (!b.isBody() || b.kind() == Kind.LIST_ITEM) {
                gain = -Prose.LIST_ITEM_COST;
            } else if (scores[b.index()] > 0 && (proseRuns.get(DomStats.container(e)) < 2
                    || !signature(b).equals(signature))) {
                gain = -Prose.NON_PROSE_COST;
            } else {
                gain = scores[b.index()];
            }
            int depth = depth(e);
            int hops = 0;
            for (Element a = e; a != null && hops < DomStats.MAX_DEPTH; a = a.parent(), hops++) {
                int k = firstDepth - (depth - hops);
                if (k >= 0 && k < sums.length && elements.get(k) == a) {
                    sums[k] += gain;
                }
            }
        }
        return sums;
    }

    /** The number of ancestors of an element. */
    private static int depth(Element e) {
        int depth = 0;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            depth++;
        }
        return depth;
    }

    /** The last step of a block's tag path ({@code p.body-text}): the shape of its paragraphs. */
    private static String signature(Block b) {
        String path = b.origin().tagPath();
        return path.substring(path.lastIndexOf('>') + 1);
    }

    /** The most common paragraph shape among the prose blocks inside the root. */
    private static String signature(List<Block> body, int[] scores, Element root) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Block b : body) {
            if (scores[b.index()] > 0 && inside(b.origin().element(), List.of(root))) {
                counts.merge(signature(b), b.words(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /**
     * {@link Prose#score} of each body block of an element other than a list item (0 for the
     * others), by block index: the blocks that score above 0 are the prose that makes runs.
     */
    private static int[] runScores(List<Block> blocks) {
        int[] scores = new int[blocks.size()];
        for (Block b : blocks) {
            if (b.isBody() && b.origin().element() != null && b.kind() != Kind.LIST_ITEM) {
                scores[b.index()] = Prose.score(b);
            }
        }
        return scores;
    }

    /** An {@code <article>} or {@code itemprop=articleBody} element: the page's own article boundary, never climbed over. */
    private static boolean isArticleBoundary(Element e) {
        return e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"));
    }

    /** The root and the ancestors it may be climbed to, nearest first: up to the page's own article boundary. */
    private static List<Element> climbable(Element root) {
        List<Element> climbable = new ArrayList<>();
        climbable.add(root);
        Element a = root;
        int depth = 0;
        while (a.parent() != null && depth++ < DomStats.MAX_DEPTH && !isArticleBoundary(a)) {
            a = a.parent();
            climbable.add(a);
        }
        return climbable;
    }

    /** The climbable element with the most net prose (the nearest on a tie): an article split into chunks is taken whole. */
    private static Element climb(List<Element> climbable, long[] gains) {
        int best = 0;
        for (int k = 1; k < gains.length; k++) {
            if (gains[k] > gains[best]) {
                best = k;
            }
        }
        return climbable.get(best);
    }

    /**
     * A non-negative score with one decimal, as {@code String.format(Locale.ROOT, "%.1f", score)}
     * writes it (its shortest decimal digits rounded half up), without building a formatter.
     */
    static String oneDecimal(double score) {
        return new BigDecimal(Double.toString(score)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String describe(Element e) {
        StringBuilder sb = new StringBuilder(e.normalName());
        if (!e.id().isEmpty()) {
            sb.append('#').append(e.id());
        }
        for (String c : e.classNames()) {
            sb.append('.').append(c);
        }
        return sb.length() > 80 ? sb.substring(0, 80) : sb.toString();
    }

    private double bonus(Element e) {
        for (String w : ClassWords.of(e)) {
            if (contentWords.containsKey(w)) {
                return WORD_BONUS;
            }
        }
        return e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop")) ? WORD_BONUS : 0;
    }

    private static boolean inside(Element e, List<Element> roots) {
        int depth = 0;
        for (Element a = e; a != null && depth < DomStats.MAX_DEPTH * 2; a = a.parent(), depth++) {
            for (Element r : roots) {
                if (a == r) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
