package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.Set;

/**
 * Marks HTML page furniture by structure: text inside {@code <nav>} or {@code <header>} is
 * navigation, inside {@code <footer>} or {@code <aside>} boilerplate, and short blocks whose text is
 * mostly links ({@link #MAX_LINK_DENSITY}) are navigation — unless they sit in an
 * {@code <article>}-like container, where the zone rules decide.
 */
public final class LayoutBlocksRule implements Rule {
    /** Link density above which a short block is taken as navigation. */
    public static final double MAX_LINK_DENSITY = 0.6;
    /** Blocks with more words than this are never taken as link lists. */
    public static final int MAX_LINK_BLOCK_WORDS = 12;

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
        Role region = null;
        for (Block b : draft.blocks()) {
            if (!b.isBody()) {
                continue;
            }
            Set<String> tokens = b.origin().tokens();
            if (tokens != lastTokens) {
                lastTokens = tokens;
                region = regionOf(tokens);
            }
            if (region == Role.NAVIGATION) {
                draft.mark(b, Role.NAVIGATION, "inside nav or header");
            } else if (region == Role.BOILERPLATE) {
                draft.mark(b, Role.BOILERPLATE, "inside footer or aside");
            } else if (b.origin().linkDensity() > MAX_LINK_DENSITY && b.words() <= MAX_LINK_BLOCK_WORDS
                    && b.origin().href() == null) {
                draft.mark(b, Role.NAVIGATION, "short link-dense block");
            }
        }
    }

    /** The role of the page region tokens name ({@code <nav>} and the like), or {@code null} for none. */
    private static Role regionOf(Set<String> tokens) {
        if (tokens.contains("<nav>") || tokens.contains("<header>")) {
            return Role.NAVIGATION;
        }
        return tokens.contains("<footer>") || tokens.contains("<aside>") ? Role.BOILERPLATE : null;
    }
}
