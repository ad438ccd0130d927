package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;

/**
 * Drops the first body heading that repeats the title (the page's own headline): its text equals the
 * title, or the title is the heading with the site or section name added after or before a
 * separator ({@code "Headline | Site"}, {@code "Site - Headline"}). Other headings keep their level.
 */
public final class TitleHeadingDedupeRule implements Rule {
    /** Characters that separate a headline from the site or section name in a page title. */
    private static final String SEPARATORS = "|-–—:·•/»«";

    /** Creates the rule. */
    public TitleHeadingDedupeRule() {}

    @Override public String id() { return StandardRules.TITLE_HEADING_DEDUPE; }

    @Override public Phase phase() { return Phase.STRUCTURE; }

    @Override public String description() { return "Drops the body heading that repeats the title."; }

    @Override
    public void apply(Draft draft) {
        String title = draft.metadata(MetadataField.TITLE);
        if (title == null) {
            return;
        }
        String folded = Fold.line(title);
        for (Block b : draft.blocks()) {
            if (b.isBody() && b.kind() == Kind.HEADING && repeats(folded, Fold.line(b.text()))) {
                draft.mark(b, Role.TITLE, "heading repeats the title");
                return;
            }
        }
    }

    /** Whether a folded heading is the folded title, or the title less a name joined by a separator. */
    static boolean repeats(String title, String heading) {
        if (heading.isEmpty()) {
            return false;
        }
        if (title.equals(heading)) {
            return true;
        }
        if (title.length() <= heading.length() + 2) {
            return false;
        }
        if (title.startsWith(heading)) {
            return separates(title.substring(heading.length()));
        }
        if (title.endsWith(heading)) {
            String before = title.substring(0, title.length() - heading.length());
            return separates(new StringBuilder(before).reverse().toString());
        }
        return false;
    }

    /** Whether a rest of a title opens with a separator set off by spaces, then more text. */
    private static boolean separates(String rest) {
        return rest.length() >= 3 && rest.charAt(0) == ' ' && SEPARATORS.indexOf(rest.charAt(1)) >= 0
                && rest.charAt(2) == ' ';
    }
}
