package dev.winnow.rules;

import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lifts single "Read also: headline" lines out of the body: a line that opens with a
 * {@code related-headings} phrase and a separator, followed by a headline of 2 to 25 words, becomes
 * a related item (with the block's link when the page has one).
 */
public final class InlineRelatedRule implements Rule {
    private final Pattern pattern;

    private InlineRelatedRule(Phrases headings) {
        this.pattern = Pattern.compile("(?iu)^\\s*[\\[【(]?(?:" + headings.alternation()
                + ")[\\]】)]?\\s*[:：|»›>–—-]\\s*(?<title>\\S.*)$");
    }

    /** The rule with the standard phrase files. @return the rule */
    public static InlineRelatedRule standard() {
        return new InlineRelatedRule(Phrases.standard("related-headings"));
    }

    @Override public String id() { return StandardRules.INLINE_RELATED; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public String description() {
        return "Lifts 'Read also: <headline>' lines out of the body into the related items.";
    }

    @Override
    public void apply(Draft draft) {
        for (Block b : draft.blocks()) {
            if (!b.isBody() || b.words() > Lines.TITLE_MAX_WORDS + 4) {
                continue;
            }
            Matcher m = pattern.matcher(b.text());
            if (m.matches()) {
                String title = m.group("title").strip();
                int words = dev.winnow.internal.Texts.wordCount(title);
                if (words >= 2 && words <= Lines.TITLE_MAX_WORDS) {
                    draft.mark(b, Role.RELATED, "read-also line");
                    draft.addRelated(new RelatedItem(title, b.origin().href(), null, null, null), b, "read-also line");
                }
            }
        }
    }
}
