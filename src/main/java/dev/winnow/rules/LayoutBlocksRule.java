package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Marks HTML page furniture by structure: text inside {@code <nav>} or the page's {@code <header>} is
 * navigation, inside a {@code <footer>} or an {@code <aside>} boilerplate, and short blocks whose
 * text is mostly links ({@link #MAX_LINK_DENSITY}) are navigation. The header of a section
 * ({@code <header>} inside {@code <article>}, {@code <section>}, {@code <main>} and the like) is not
 * the page's banner: there only what does not read as a sentence goes (the headline, which the
 * metadata keeps, a kicker, a share row), while a standfirst that ends like a sentence stays, and
 * all of it stays when it holds {@link #SECTION_PROSE} or more prose blocks, as when a page builder
 * puts a whole post in a header.
 */
public final class LayoutBlocksRule implements Rule {
    /** Link density above which a short block is taken as navigation. */
    public static final double MAX_LINK_DENSITY = 0.6;
    /** Blocks with more words than this are never taken as link lists. */
    public static final int MAX_LINK_BLOCK_WORDS = 12;
    /** The prose blocks from which a section's header is content rather than furniture. */
    public static final int SECTION_PROSE = 2;

    /** The page regions the tokens of a block's ancestry name. */
    private enum Region { NONE, NAVIGATION, BOILERPLATE, SECTION_HEADER }

    /** Creates the rule. */
    public LayoutBlocksRule() {}

    @Override public String id() { return StandardRules.LAYOUT_BLOCKS; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() {
        return "In HTML, marks text in nav/header as navigation, in footer/aside as boilerplate, and short link-dense blocks as navigation.";
    }

    @Override
    public void apply(Draft draft) {
        Set<String> lastTokens = null; // blocks of one container share their token set: judge each set once
        Region region = Region.NONE;
        Map<Element, Integer> sectionProse = null;
        for (Block b : draft.blocks()) {
            if (!b.isBody()) {
                continue;
            }
            Set<String> tokens = b.origin().tokens();
            if (tokens != lastTokens) {
                lastTokens = tokens;
                region = regionOf(tokens);
            }
            if (region == Region.NAVIGATION) {
                draft.mark(b, Role.NAVIGATION, "inside nav or header");
            } else if (region == Region.BOILERPLATE) {
                draft.mark(b, Role.BOILERPLATE, "inside footer or aside");
            } else if (region == Region.SECTION_HEADER) {
                if (sectionProse == null) {
                    sectionProse = sectionProse(draft.blocks());
                }
                Element header = sectionHeader(b.origin().element());
                if (header == null || sectionProse.getOrDefault(header, 0) < SECTION_PROSE
                        && !(Lines.isProse(b) && Texts.endsWithSentence(b.text()))) {
                    draft.mark(b, Role.NAVIGATION, "inside a section's header, not a sentence");
                }
            } else if (b.origin().linkDensity() > MAX_LINK_DENSITY && b.words() <= MAX_LINK_BLOCK_WORDS
                    && b.origin().href() == null) {
                draft.mark(b, Role.NAVIGATION, "short link-dense block");
            }
        }
    }

    /** The page region tokens name ({@code <nav>} and the like). */
    private static Region regionOf(Set<String> tokens) {
        if (tokens.contains("<nav>") || tokens.contains("<header>")) {
            return Region.NAVIGATION;
        }
        if (tokens.contains("<footer>") || tokens.contains("<aside>")) {
            return Region.BOILERPLATE;
        }
        return tokens.contains("<section-header>") ? Region.SECTION_HEADER : Region.NONE;
    }

    /** For each section header element, how many prose blocks of the body it holds. */
    private static Map<Element, Integer> sectionProse(List<Block> blocks) {
        Map<Element, Integer> counts = new IdentityHashMap<>();
        for (Block b : blocks) {
            if (b.isBody() && Lines.isProse(b)) {
                Element header = sectionHeader(b.origin().element());
                if (header != null) {
                    counts.merge(header, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The nearest {@code <header>} holding an element, or {@code null}. */
    private static Element sectionHeader(Element e) {
        int hops = 0;
        for (Element a = e; a != null && hops < DomStats.MAX_DEPTH; a = a.parent(), hops++) {
            if (a.normalName().equals("header")) {
                return a;
            }
        }
        return null;
    }
}
