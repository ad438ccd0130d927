package dev.winnow.rules;

import dev.winnow.internal.Queries;
import dev.winnow.model.Role;
import dev.winnow.reading.ClassWords;
import dev.winnow.reading.DomStats;
import dev.winnow.reading.Prose;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the densest run of prose and drops what lies outside it: each body block scores its word
 * count if it reads as prose, {@link Prose#HEADING_COST} if it is a heading,
 * {@link Prose#LIST_ITEM_COST} if it is a list item or table row, and {@link Prose#NON_PROSE_COST} otherwise (short lines, link-dense blocks); the run with the highest sum
 * (plus a heading right before it) is the article. Blocks before it become navigation, blocks
 * after it boilerplate. In text, related items, comments, navigation and boilerplate lines (not
 * separators, but lines of empty form fields, "[ ]", are not taken for separators) lifted out
 * between two body blocks cost {@link #BOUNDARY_COST} each (up to three): a list of other articles,
 * a menu, a share row or a comment form separates the article from the teasers below it, and pieces
 * at the end of the run past such a boundary that score less than a {@link #MINOR_TAIL_SHARE}th of
 * the run's best piece are cut off (an author box, a sign-up prompt), and inside the run a line of
 * image file names in brackets (a text browser's image without alt text) is boilerplate: it costs
 * the run what any short line costs, but its words are no part of the article. In HTML, a short paragraph in the same container as two or more prose
 * paragraphs, or in a container named as the article ({@code <article>}, {@code itemprop=articleBody},
 * a content word in its class), scores {@link #IN_ARTICLE_SCORE}, and so do the items and rows of a
 * list or table there: they belong to the article (a list of dates, a Q&amp;A, a results table).
 * When a headline was found ({@link Role#TITLE}) with no more prose above it than below it, the article starts below
 * it: body blocks above the headline are navigation, and if the densest run lies wholly after the
 * text right under the headline while that text scores at least half as much, the text under the
 * headline is the article (a short brief above a long list of teasers). A page with no prose loses all its blocks.
 * Does nothing when an earlier rule settled the zone ({@link Draft#settleZone}).
 */
public final class MainZoneRule implements Rule {
    /** A line of empty form fields as a text browser draws them ("[ ]"): a comment or sign-up form. */
    private static final Pattern FORM_FIELDS = Pattern.compile("(?:\\[ +\\]\\s*)+");
    /**
     * A line of nothing but file names in brackets, each without spaces and with a digit, dot, dash
     * or underscore ("[WEB18-Facebook-1160x768.jpg]", "[merlin_138]"): how a text browser draws an
     * image that has no alt text.
     */
    private static final Pattern IMAGE_NAMES = Pattern.compile("(?:\\[[^\\[\\]\\s]*[-_.0-9][^\\[\\]\\s]*\\]\\s*)+");
    private static final Map<String, String> CONTENT_WORDS = ClassWords.load("content-tokens.txt");

    /** What each related item, comment or chrome line lifted out between two body blocks (up to three) costs the run in text. */
    public static final int BOUNDARY_COST = 15;
    /** What a short paragraph in the same HTML container as the article's prose paragraphs adds. */
    public static final int IN_ARTICLE_SCORE = 1;
    /** A piece at the end of the run, past lifted blocks, that scores less than its best piece divided by this is cut off (text). */
    public static final int MINOR_TAIL_SHARE = 5;

    /** Creates the rule. */
    public MainZoneRule() {}

    @Override public String id() { return StandardRules.MAIN_ZONE; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() {
        return "Keeps the densest run of prose blocks; what lies before it is navigation, after it boilerplate.";
    }

    @Override
    public void apply(Draft draft) {
        if (draft.zoneSettled()) {
            return;
        }
        int title = trustedHeadline(draft);
        List<Block> body = new ArrayList<>();
        for (Block b : draft.bodyBlocks()) {
            if (b.index() < title) {
                draft.mark(b, Role.NAVIGATION, "above the headline");
            } else {
                body.add(b);
            }
        }
        boolean text = draft.source().kind() == Source.InputShape.TEXT;
        int[] boundaries = text ? boundaries(draft.blocks(), body)
                : new int[body.size()];
        Set<Element> containers = proseContainers(body);
        int[] scores = new int[body.size()];
        for (int i = 0; i < body.size(); i++) {
            scores[i] = runScore(body.get(i), containers) - boundaries[i];
        }
        Prose.Run run = Prose.densestRun(scores, 0);
        if (title >= 0 && run != null) {
            Prose.Run anchored = anchoredRun(scores);
            if (anchored != null && run.start() > anchored.end() && anchored.score() * 2 >= run.score()) {
                run = anchored;
            }
        }
        int untrimmedEnd = run == null ? -1 : run.end();
        if (run != null) {
            run = withoutMinorTail(run, scores, boundaries);
        }
        int bestStart = run == null ? 0 : run.start();
        int bestEnd = run == null ? -1 : run.end();
        if (bestEnd >= 0 && bestStart > 0 && body.get(bestStart - 1).kind() == Kind.HEADING) {
            bestStart--;
        }
        for (int i = 0; i < body.size(); i++) {
            if (bestEnd < 0 || i < bestStart) {
                draft.mark(body.get(i), Role.NAVIGATION, bestEnd < 0 ? "no prose on the page" : "before the main text");
            } else if (i > bestEnd) {
                draft.mark(body.get(i), Role.BOILERPLATE, i <= untrimmedEnd
                        ? "after the main text, in a piece past lifted blocks much smaller than the article" : "after the main text");
            } else if (text && isImageNames(body.get(i).text())) {
                draft.mark(body.get(i), Role.BOILERPLATE, "image file name inside the main text");
            }
        }
    }

    /**
     * The index of the headline ({@link Role#TITLE}), or -1 when there is none or when the body
     * blocks above it hold more prose words than those below it: a headline picked that far down
     * the page (a caption, a prompt after the article) must not cut the article above it away.
     */
    private static int trustedHeadline(Draft draft) {
        int title = -1;
        for (Block b : draft.blocks()) {
            if (b.role() == Role.TITLE) {
                title = b.index();
                break;
            }
        }
        if (title < 0) {
            return -1;
        }
        long above = 0;
        long below = 0;
        for (Block b : draft.bodyBlocks()) {
            if (Prose.score(b) > 0) {
                if (b.index() < title) {
                    above += b.words();
                } else {
                    below += b.words();
                }
            }
        }
        if (above > below) {
            draft.note(title, "not used to bound the article", "more prose above the headline than below it");
            return -1;
        }
        return title;
    }

    /**
     * The run without the pieces at its end, each cut off by lifted blocks ({@link #boundaries}),
     * that score less than a {@link #MINOR_TAIL_SHARE}th of its best piece: text past a share row,
     * a byline box or a list of other articles that is much smaller than the article is an author
     * box, a sign-up prompt or a teaser, not the article going on. Only text has such boundaries.
     */
    private static Prose.Run withoutMinorTail(Prose.Run run, int[] scores, int[] boundaries) {
        List<Integer> starts = new ArrayList<>();
        List<Long> sums = new ArrayList<>();
        long sum = 0;
        for (int i = run.start(); i <= run.end(); i++) {
            if (i == run.start() || boundaries[i] > 0) {
                if (i > run.start()) {
                    sums.add(sum);
                }
                starts.add(i);
                sum = i > run.start() ? boundaries[i] : 0; // a later piece is weighed without the cost of its boundary
            }
            sum += scores[i];
        }
        sums.add(sum);
        long best = Collections.max(sums);
        int last = sums.size() - 1;
        while (last > 0 && sums.get(last) * MINOR_TAIL_SHARE < best) {
            last--;
        }
        int end = last == sums.size() - 1 ? run.end() : starts.get(last + 1) - 1;
        long score = 0;
        for (int i = run.start(); i <= end; i++) {
            score += scores[i];
        }
        return new Prose.Run(run.start(), end, score);
    }

    /** Whether a line is nothing but image file names in brackets ({@link #IMAGE_NAMES}); most lines fail on the first character, without a matcher. */
    private static boolean isImageNames(String line) {
        return line.startsWith("[") && IMAGE_NAMES.matcher(line).matches();
    }

    /**
     * The best run that starts with the first body block (the text right under the headline): the
     * prefix with the highest score sum, or {@code null} if none is positive.
     */
    private static Prose.@Nullable Run anchoredRun(int[] scores) {
        long sum = 0;
        long best = 0;
        int end = -1;
        for (int i = 0; i < scores.length; i++) {
            sum += scores[i];
            if (sum > best) {
                best = sum;
                end = i;
            }
        }
        return end < 0 ? null : new Prose.Run(0, end, best);
    }

    /**
     * For each body block, {@link #BOUNDARY_COST} for every block lifted out between it and the
     * previous body block (at most three): related items (not the inline ones, which sit inside the
     * article) and comments, and between two body blocks
     * also navigation and boilerplate lines other than separators (form fields count). Text has no article container,
     * so such lists and chrome are what separates the article from the sidebars, teasers and
     * prompts below it.
     */
    private static int[] boundaries(List<Block> all, List<Block> body) {
        int[] cost = new int[body.size()];
        int previous = -1;
        for (int i = 0; i < body.size(); i++) {
            int between = 0;
            for (int k = previous + 1; k < body.get(i).index(); k++) {
                Block b = all.get(k);
                boolean listed = (b.role() == Role.RELATED || b.role() == Role.COMMENTS)
                        && !StandardRules.INLINE_RELATED.equals(b.roleRule());
                if (listed || previous >= 0 && isChrome(b)) {
                    between++;
                }
            }
            cost[i] = Math.min(between, 3) * BOUNDARY_COST;
            previous = body.get(i).index();
        }
        return cost;
    }

    /** Whether a block was lifted out as navigation or boilerplate, other than a separator line that is not a row of form fields. */
    private static boolean isChrome(Block b) {
        return (b.role() == Role.NAVIGATION || b.role() == Role.BOILERPLATE)
                && (!StandardRules.SEPARATOR_LINES.equals(b.roleRule()) || FORM_FIELDS.matcher(b.text()).matches());
    }

    /**
     * The HTML elements holding at least two prose paragraphs of the body, and those named as the
     * article ({@code <article>}, {@code itemprop=articleBody}, a content word in the class or id).
     */
    private static Set<Element> proseContainers(List<Block> body) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        for (Block b : body) {
            Element e = b.origin().element();
            if (e != null && b.kind() == Kind.PARAGRAPH) {
                Element container = DomStats.container(e);
                counts.merge(container, Prose.score(b) > 0 || isNamedArticle(container) ? 1 : 0, Integer::sum);
            }
        }
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        counts.forEach((e, n) -> {
            if (n >= 2) {
                containers.add(e);
            }
        });
        return containers;
    }

    /** The element that stands in its container for a block: the whole list or table for items and rows. */
    private static Element unit(Block b) {
        Element e = b.origin().element();
        Element whole = switch (b.kind()) {
            case LIST_ITEM -> e.closest(Queries.evaluator("ul, ol"));
            case TABLE_ROW -> e.closest(Queries.evaluator("table"));
            default -> e;
        };
        return whole == null ? e : whole;
    }

    private static boolean isNamedArticle(Element e) {
        if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            return true;
        }
        for (String w : ClassWords.of(e)) {
            if (CONTENT_WORDS.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    /** A block's score in a run: {@link Prose#score}, or {@link #IN_ARTICLE_SCORE} for short blocks inside the article's containers. */
    private static int runScore(Block b, Set<Element> containers) {
        int score = Prose.score(b);
        if (score < 0 && b.origin().element() != null
                && (b.kind() == Kind.PARAGRAPH || b.origin().linkDensity() <= Prose.MAX_LINK_DENSITY)
                && containers.contains(DomStats.container(unit(b)))) {
            return IN_ARTICLE_SCORE;
        }
        return score;
    }
}
