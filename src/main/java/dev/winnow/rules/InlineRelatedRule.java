package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.internal.Urls;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.reading.Lines;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Lifts single "Read also: headline" lines out of the body: a line that opens with a
 * {@code related-headings} phrase and a separator, followed by a headline of 2 to 25 words, becomes
 * a related item (with its link when the page has one). A "Read more: headline" line counts too
 * when prose follows it (at the end of the text it is a teaser ending instead); lines another rule
 * took for navigation or a trailer are reconsidered.
 */
public final class InlineRelatedRule implements Rule {
    private final Phrases headings;
    private final Phrases readMorePhrases;
    private final Pattern pattern;
    private final Pattern readMore;

    private InlineRelatedRule(Phrases headings, Phrases readMore) {
        this.headings = headings;
        this.readMorePhrases = readMore;
        this.pattern = opening(headings);
        this.readMore = opening(readMore);
    }

    /** The separators after the phrase in {@link #opening}: a line without one cannot match. */
    private static final String SEPARATORS = ":：|»›>–—-";
    /** {@code lastProse} before it is needed. */
    private static final int UNKNOWN = -2;

    private static Pattern opening(Phrases phrases) {
        return Pattern.compile("(?iu)^\\s*[\\[【(]?" + phrases.alternationGroup()
                + "[\\]】)]?\\s*[" + SEPARATORS + "]\\s*(?<title>\\S.*)$");
    }

    /** The rule with the standard phrase files. @return the rule */
    public static InlineRelatedRule standard() {
        return new InlineRelatedRule(Phrases.standard("related-headings"), Phrases.standard("read-more"));
    }

    @Override public String id() { return StandardRules.INLINE_RELATED; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() {
        return "Lifts 'Read also: <headline>' lines out of the body into the related items.";
    }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        int lastProse = UNKNOWN; // found when a read-more line first needs it
        for (Block b : all) {
            Role role = b.role();
            if ((role != Role.BODY && role != Role.NAVIGATION && role != Role.TRAILER)
                    || b.words() > Lines.TITLE_MAX_WORDS + 4 || !hasSeparator(b.text())) {
                continue;
            }
            boolean byHeading = headings.mayOpen(b);
            if (!byHeading && !readMorePhrases.mayOpen(b)) {
                continue;
            }
            Matcher m = pattern.matcher(b.text());
            boolean related = byHeading && m.matches();
            if (!related) {
                m = readMore.matcher(b.text());
                if (m.matches() && lastProse == UNKNOWN) {
                    lastProse = lastProse(all);
                }
                related = m.matches() && b.index() < lastProse;
            }
            if (related) {
                String title = m.group("title").strip();
                int words = Texts.wordCount(title);
                if (words >= 2 && words <= Lines.TITLE_MAX_WORDS) {
                    draft.mark(b, Role.RELATED, "read-also line");
                    draft.addRelated(new RelatedItem(title, b.origin().href() != null ? b.origin().href() : link(b),
                            null, null, null), b, "read-also line");
                }
            }
        }
    }

    /** The index of the last body block of prose, or -1. */
    private static int lastProse(List<Block> all) {
        int lastProse = -1;
        for (Block b : all) {
            if (b.isBody() && Lines.isProse(b)) {
                lastProse = b.index();
            }
        }
        return lastProse;
    }

    private static boolean hasSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The target of the single link inside an HTML block, or {@code null}. */
    private static @Nullable String link(Block b) {
        if (b.origin().element() == null) {
            return null;
        }
        var links = b.origin().element().select("a[href]");
        if (links.size() != 1) {
            return null;
        }
        Element a = links.first();
        String url = Urls.resolve(a.baseUri(), a.attr("href")); // as a.absUrl("href") gives it
        return url.isEmpty() ? a.attr("href") : url;
    }
}
