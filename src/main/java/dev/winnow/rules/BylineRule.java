package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.reading.Bylines;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Byline;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks author lines as bylines: a short line opening with a {@code byline-prefixes} phrase ("By",
 * "Von", "Par", "Автор") followed by one or more validated names, or such a prefix alone on its line
 * followed by a line that is a name ({@link Bylines} reads the names). Each line marked carries a
 * {@link Byline} finding with the names it gives, which the metadata and related-list rules read. A
 * date on the same line is left to the metadata rule.
 */
public final class BylineRule implements Rule {
    /** The most words a byline may have. */
    public static final int MAX_WORDS = 20;
    private static final Phrases PREFIXES = Phrases.standard("byline-prefixes");
    private static final Pattern LONE_PREFIX = Pattern.compile(
            "(?iu)^\\s*" + Phrases.standard("byline-prefixes").alternationGroup() + "\\s*[:：]?\\s*$");

    /** Creates the rule. */
    public BylineRule() {}

    @Override public String id() { return StandardRules.BYLINE; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() { return "Marks 'By Jane Doe'-style author lines as bylines."; }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            if (!b.isBody() || b.words() > MAX_WORDS || !PREFIXES.mayOpen(b)) {
                continue;
            }
            Byline byline = Bylines.read(b.text());
            if (!byline.authors().isEmpty()) {
                draft.mark(b, Role.BYLINE, "author line", byline);
            } else if (i + 1 < all.size() && LONE_PREFIX.matcher(b.text()).matches() && all.get(i + 1).isBody()
                    && Bylines.isName(all.get(i + 1).text().strip())) {
                Block name = all.get(i + 1);
                draft.mark(b, Role.BYLINE, "byline prefix on its own line", byline);
                draft.mark(name, Role.BYLINE, "name after a byline prefix", Bylines.read(name.text()));
            }
        }
    }
}
