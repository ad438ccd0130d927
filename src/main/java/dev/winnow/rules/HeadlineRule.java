package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.reading.Lines;
import dev.winnow.reading.Prose;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.List;

/**
 * Finds the headline of flattened text: a headline-like line of at least {@link #MIN_WORDS} words
 * next to a byline or dateline (right before it, or after it directly or after a standfirst); of
 * several, the one with the densest prose below it, provided that prose scores at least half of the
 * page's densest run (so a headline-like line at the end of the article is not taken). A line inside
 * the page's densest run with {@link #MIN_PROSE_ABOVE} or more words of prose ending like a sentence
 * above it in that run is not weighed: the article has begun, and the line is a caption or a
 * subheading with a credit (teasers above a headline rarely end like sentences). Without
 * such a line, the longest headline-like line among the {@link #WINDOW} lines above the main text
 * (the densest run of prose, {@link Prose#densestRun}). Marks it {@link Role#TITLE}; the
 * {@link BlockMetadataRule} copies it into the metadata. A page that opens with prose has no title.
 */
public final class HeadlineRule implements Rule {
    /** The fewest words a headline may have. */
    public static final int MIN_WORDS = 3;
    /** How many blocks above the main text are searched for the headline. */
    public static final int WINDOW = 12;
    /** Words of prose ending like a sentence in the page's densest run above a line next to a byline that make it no headline. */
    public static final int MIN_PROSE_ABOVE = 100;
    /** How many headline candidates next to a byline or dateline are weighed. */
    public static final int MAX_ANNOUNCED = 20;

    /** Creates the rule. */
    public HeadlineRule() {}

    @Override public String id() { return StandardRules.HEADLINE; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public boolean appliesTo(InputShape shape) { return shape == InputShape.TEXT; }

    @Override public String description() { return "In text input, marks the headline above the first prose paragraph as the title."; }

    private static boolean announces(List<Block> all, int i) {
        return i >= 0 && i < all.size() && (all.get(i).role() == Role.BYLINE || all.get(i).role() == Role.DATELINE);
    }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        List<Block> body = draft.bodyBlocks();
        int[] scores = Prose.scores(body);
        Prose.Run overall = Prose.densestRun(scores, 0);
        if (overall == null) {
            return;
        }
        long[] proseAbove = new long[body.size() + 1];
        for (int i = 0; i < body.size(); i++) {
            boolean sentences = scores[i] > 0 && Texts.endsWithSentence(body.get(i).text());
            proseAbove[i + 1] = proseAbove[i] + (sentences ? scores[i] : 0);
        }
        Block best = null;
        long bestScore = overall.score() / 2;
        boolean bestDirect = false;
        int candidates = 0;
        for (int i = 0; i < body.size() && candidates < MAX_ANNOUNCED; i++) {
            Block b = body.get(i);
            boolean direct = announces(all, b.index() + 1) || announces(all, b.index() - 1);
            boolean inText = i > overall.start() && i <= overall.end()
                    && proseAbove[i] - proseAbove[overall.start()] >= MIN_PROSE_ABOVE;
            if (isCandidate(b) && !inText && (direct || announced(all, b.index()))) {
                candidates++;
                Prose.Run below = Prose.densestRun(scores, i + 1);
                if (below != null && (below.score() > bestScore
                        || (below.score() == bestScore && direct && !bestDirect))) {
                    best = b;
                    bestScore = below.score();
                    bestDirect = direct;
                }
            }
        }
        if (best != null) {
            draft.mark(best, Role.TITLE, "headline next to a byline or dateline");
            return;
        }
        int textStart = body.get(overall.start()).index();
        for (int i = Math.max(0, textStart - WINDOW); i < textStart; i++) {
            Block b = all.get(i);
            if (isCandidate(b) && (best == null || b.words() >= best.words())) {
                best = b;
            }
        }
        if (best != null) {
            draft.mark(best, Role.TITLE, "headline above the text");
        }
    }

    private static boolean isCandidate(Block b) {
        return b.isBody() && (b.kind() == Kind.PARAGRAPH || b.kind() == Kind.HEADING) && b.words() >= MIN_WORDS
                && Lines.isTitleLike(b) && Lines.startsUpper(b.text());
    }

    /** Whether a byline or dateline follows block i (directly or after a standfirst) or directly precedes it. */
    private static boolean announced(List<Block> all, int i) {
        return announces(all, i + 1) || announces(all, i - 1)
                || (announces(all, i + 2) && all.get(i + 1).isBody() && Lines.isProse(all.get(i + 1)));
    }
}
