package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks "Read more" / "Continue reading" lines and paywall notices as trailers: whole lines from
 * the {@code read-more} and {@code paywall} phrase files, and "Continue reading “Title”"-style lines
 * that open with a read-more phrase followed by a quote, colon or arrow. The
 * {@link TruncatedEndingRule} takes a trailer after the body as the evidence of a teaser or paywall.
 */
public final class TeaserLinesRule implements Rule {
    /** The marks after the phrase of a "Continue reading “Title”" line: a line without one is not such a line. */
    private static final String OPENING_MARKS = ":“\"«»→›…";

    private final Phrases readMore;
    private final Phrases paywall;
    private final Pattern readMoreOpening;

    private TeaserLinesRule(Phrases readMore, Phrases paywall) {
        this.readMore = readMore;
        this.paywall = paywall;
        this.readMoreOpening = Pattern.compile("(?iu)^" + readMore.alternationGroup() + "\\s*[" + OPENING_MARKS + "]");
    }

    /** The rule with the standard phrase files. @return the rule */
    public static TeaserLinesRule standard() {
        return new TeaserLinesRule(Phrases.standard("read-more"), Phrases.standard("paywall"));
    }

    /**
     * This rule with more paywall notices (for example a site's own "Subscribers read on").
     *
     * @param phrases the notices, matched as whole lines like the standard ones
     * @return a new rule
     */
    public TeaserLinesRule withPaywallPhrases(List<String> phrases) {
        return new TeaserLinesRule(readMore, paywall.with(phrases));
    }

    @Override public String id() { return StandardRules.TEASER_LINES; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() {
        return "Marks 'Read more' / 'Continue reading' lines and paywall notices as trailers.";
    }

    @Override
    public void apply(Draft draft) {
        for (Block b : draft.blocks()) {
            if (!b.isBody() || b.words() > 30) {
                continue;
            }
            if (paywall.matchesFolded(b.folded())) {
                draft.mark(b, Role.TRAILER, "paywall notice");
            } else if (readMore.matchesFolded(b.folded()) || (b.words() <= 20 && hasOpeningMark(b.text())
                    && readMore.mayOpen(b) && readMoreOpening.matcher(b.text()).lookingAt())) {
                draft.mark(b, Role.TRAILER, "read-more line");
            }
        }
    }

    private static boolean hasOpeningMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (OPENING_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
