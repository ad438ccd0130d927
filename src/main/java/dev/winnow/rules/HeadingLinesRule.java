package dev.winnow.rules;

import dev.winnow.reading.Lines;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.List;

/**
 * Recovers section headings in flattened text: a body line of at most {@link #MAX_WORDS} words that
 * starts with a capital (or a caseless script), does not end like a sentence or a label (":" ","),
 * and is followed by a prose paragraph. Such lines become level-2 headings. Related-list and
 * comment headings are left to the zone rules. HTML keeps the headings of its markup.
 */
public final class HeadingLinesRule implements Rule {
    /** The most words a heading may have. */
    public static final int MAX_WORDS = 15;
    /** The level given to recovered headings. */
    public static final int LEVEL = 2;

    private final Phrases zoneHeadings;

    private HeadingLinesRule(Phrases zoneHeadings) {
        this.zoneHeadings = zoneHeadings;
    }

    /** The rule with the standard phrase files. @return the rule */
    public static HeadingLinesRule standard() {
        return new HeadingLinesRule(Phrases.standard("related-headings")
                .with(Phrases.standard("comments-headings").entries()));
    }

    @Override public String id() { return StandardRules.HEADING_LINES; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public boolean appliesTo(InputShape shape) { return shape == InputShape.TEXT; }

    @Override public String description() {
        return "In text input, turns a short line without terminal punctuation that is followed by prose into a heading.";
    }

    @Override
    public void apply(Draft draft) {
        List<Block> body = draft.bodyBlocks();
        for (int i = 0; i + 1 < body.size(); i++) {
            Block b = body.get(i);
            Block next = body.get(i + 1);
            if (b.kind() == Kind.PARAGRAPH && b.words() <= MAX_WORDS && Lines.isTitleLike(b)
                    && Lines.startsUpper(b.text()) && next.kind() == Kind.PARAGRAPH && Lines.isProse(next)
                    && next.words() >= 2 * b.words() && !zoneHeadings.matchesFolded(b.folded())) {
                draft.restructure(b, Kind.HEADING, LEVEL, "short line followed by prose");
            }
        }
    }
}
