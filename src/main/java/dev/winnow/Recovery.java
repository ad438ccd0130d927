package dev.winnow;

import dev.winnow.model.Article;
import dev.winnow.model.Role;
import dev.winnow.reading.Prose;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rules.StandardRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cleaner's second opinion. After the rules ran, the body is judged against the prose the rules
 * removed: when it is empty or much smaller than the prose that page-furniture rules took away as
 * navigation, boilerplate or ads (comments and related teasers count only against an empty body)
 * ({@link #plan}), the page is cleaned again with those rules off, and the second result is kept when
 * it holds much more prose and, unless the first body was next to empty, everything the first one
 * held ({@link #better}). The article then says so in its warnings and has a lower confidence.
 *
 * <p>Only rules that classify blocks can be relaxed: the {@link Phase#CLASSIFY} rules, and, when
 * the first body has next to no prose, the rules that lift out related lists and comments. The zone
 * rules ({@code content-root}, {@code main-zone}) stay: they are what picks the article again from
 * what the relaxed rules give back. A rule is relaxed when it removed at least
 * {@link #MIN_CULPRIT_WORDS} words of prose. Pages that need no recovery cost nothing more than
 * counting prose words. Stateless.
 */
final class Recovery {
    /** Body prose below this many words is next to empty: anything the page holds is better. */
    static final int NEAR_EMPTY_WORDS = 25;
    /** The fewest prose words the relaxable rules must have removed for a second pass. */
    static final int MIN_REMOVED_WORDS = 50;
    /** The body is implausible when the relaxable rules removed this many times its prose. */
    static final int IMPLAUSIBLE_FACTOR = 3;
    /** The fewest prose words a rule must have removed to be relaxed. */
    static final int MIN_CULPRIT_WORDS = 20;
    /** How much more prose the second body needs (factor, and at least {@link #MIN_REMOVED_WORDS} words). */
    static final int BETTER_FACTOR = 2;
    /** The confidence of a recovered article is the assembled one times this. */
    static final double CONFIDENCE_FACTOR = 0.7;

    /**
     * Roles whose prose counts against the body only when it is next to empty: comments and related
     * teasers are prose, and a short article may well have more of them.
     */
    private static final Set<Role> KEPT_ROLES = Set.of(Role.COMMENTS, Role.RELATED);
    /** Rules that lift out related lists and comments: relaxed only for a next to empty body. */
    private static final Set<String> LIFTERS = Set.of(StandardRules.COMMENTS_TAIL, StandardRules.RELATED_LISTS,
            StandardRules.INLINE_RELATED);

    private Recovery() {}

    /**
     * A second pass to run.
     *
     * @param rules  the rules of the second pass
     * @param reason why, and which rules were relaxed
     */
    record Plan(List<Rule> rules, String reason) {}

    /**
     * The second pass a finished draft needs, or {@code null} when its body is plausible.
     *
     * @param draft the first pass's draft
     * @param rules the rules it ran
     * @return the plan, or {@code null}
     */
    static @Nullable Plan plan(Draft draft, List<Rule> rules) {
        long body = bodyProse(draft);
        boolean nearEmpty = body < NEAR_EMPTY_WORDS;
        Map<String, Long> removed = new LinkedHashMap<>();
        for (Block b : draft.blocks()) {
            if (!b.isBody() && (nearEmpty || !KEPT_ROLES.contains(b.role())) && Prose.isProse(b)) {
                removed.merge(b.roleRule(), (long) b.words(), Long::sum);
            }
        }
        Set<String> relaxable = new HashSet<>();
        for (Rule r : rules) {
            if (r.phase() == Phase.CLASSIFY || nearEmpty && LIFTERS.contains(r.id())) {
                relaxable.add(r.id());
            }
        }
        long taken = 0;
        Set<String> culprits = new HashSet<>();
        for (Map.Entry<String, Long> e : removed.entrySet()) {
            if (relaxable.contains(e.getKey()) && e.getValue() >= MIN_CULPRIT_WORDS) {
                culprits.add(e.getKey());
                taken += e.getValue();
            }
        }
        if (taken < MIN_REMOVED_WORDS || taken < IMPLAUSIBLE_FACTOR * body) {
            return null;
        }
        List<Rule> relaxed = new ArrayList<>();
        List<String> off = new ArrayList<>();
        for (Rule r : rules) {
            if (culprits.contains(r.id())) {
                off.add(r.id());
            } else {
                relaxed.add(r);
            }
        }
        return new Plan(relaxed, "the body kept " + body + " words of prose, while " + String.join(", ", off)
                + " removed " + taken + ": cleaned again without " + (off.size() == 1 ? "it" : "them"));
    }

    /**
     * Whether the second pass's body is the better answer: {@link #BETTER_FACTOR} times the first's
     * prose and {@link #MIN_REMOVED_WORDS} words more, holding every prose block of the first body
     * unless that was next to empty.
     *
     * @param first  the first pass's draft
     * @param second the second pass's draft
     * @return true to keep the second
     */
    static boolean better(Draft first, Draft second) {
        long before = bodyProse(first);
        long after = bodyProse(second);
        if (after < BETTER_FACTOR * before || after < before + MIN_REMOVED_WORDS) {
            return false;
        }
        if (before < NEAR_EMPTY_WORDS) {
            return true;
        }
        Set<String> kept = new HashSet<>();
        for (Block b : second.blocks()) {
            if (b.isBody()) {
                kept.add(b.text());
            }
        }
        for (Block b : first.blocks()) {
            if (b.isBody() && Prose.isProse(b) && !kept.contains(b.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A recovered article: the warning added, the confidence lowered.
     *
     * @param article the article of the second pass
     * @param reason  the plan's reason
     * @return the article to return
     */
    static Article recovered(Article article, String reason) {
        List<String> warnings = new ArrayList<>(article.warnings());
        warnings.add("recovery: " + reason);
        return new Article(article.metadata(), article.sections(), article.ending(), article.related(),
                article.removed(), Math.round(article.confidence() * CONFIDENCE_FACTOR * 100) / 100.0,
                article.status(), warnings, article.input());
    }

    /** The words of the body blocks that read as prose. */
    private static long bodyProse(Draft draft) {
        long words = 0;
        for (Block b : draft.blocks()) {
            if (b.isBody() && b.role() == Role.BODY && Prose.isProse(b)) {
                words += b.words();
            }
        }
        return words;
    }
}
