package dev.winnow.rules;

import dev.winnow.internal.Queries;
import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.reading.DomStats;
import dev.winnow.reading.Lines;
import dev.winnow.reading.PageElements;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Marks HTML page furniture by structure: text inside {@code <nav>} or the page's {@code <header>} is
 * navigation, inside a {@code <footer>} or an {@code <aside>} boilerplate, and short blocks whose
 * text is mostly links ({@link #MAX_LINK_DENSITY}) are navigation; so is a block that is one link to
 * a place on the page itself ({@code href="#..."}, or the page's own URL with a fragment): an item
 * of a table of contents, which must not cost the article run the intro above it (not a heading: a
 * section heading often links to its own anchor). The header of a section ({@code <header>} inside
 * {@code <article>}, {@code <section>}, {@code <main>} and the like) is not the page's banner: there
 * only what does not read as a sentence goes (the headline, which the metadata keeps, a kicker, a
 * share row), while a standfirst that ends like a sentence stays, and all of it stays when it holds
 * {@link #SECTION_PROSE} or more prose blocks, as when a page builder puts a whole post in a header.
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
        List<String> pages = null;
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
            } else if (b.origin().href() != null && b.origin().linkDensity() > MAX_LINK_DENSITY
                    && b.kind() != Kind.HEADING) {
                if (pages == null) {
                    pages = pageUrls(draft);
                }
                if (isInPage(b, pages)) {
                    draft.mark(b, Role.NAVIGATION, "link to a place on the page (table of contents)");
                }
            }
        }
    }

    /**
     * Whether a block's link points into the page itself: its {@code href} is a fragment, or the
     * page's URL (its address, canonical link or {@code og:url}) with a fragment.
     */
    private static boolean isInPage(Block b, List<String> pages) {
        Element e = b.origin().element();
        Element a = e == null ? null : e.selectFirst(Queries.evaluator("a[href]"));
        String raw = a == null ? "" : a.attr("href").strip();
        if (raw.length() > 1 && raw.charAt(0) == '#') {
            return true;
        }
        String href = b.origin().href();
        int hash = href.indexOf('#');
        return hash > 0 && hash < href.length() - 1 && pages.contains(withoutSlash(href.substring(0, hash)));
    }

    /** The page's own URLs, without fragment and trailing slash: its address, canonical link and {@code og:url}. */
    private static List<String> pageUrls(Draft draft) {
        List<String> urls = new ArrayList<>();
        if (draft.source().url() != null) {
            urls.add(draft.source().url());
        }
        PageElements elements = PageElements.of(draft);
        Element canonical = elements.selectFirst("link", "link[rel=canonical][href]");
        if (canonical != null) {
            urls.add(canonical.attr("href"));
        }
        Element og = elements.selectFirst("meta", "meta[property=og:url][content]");
        if (og != null) {
            urls.add(og.attr("content"));
        }
        List<String> pages = new ArrayList<>();
        for (String u : urls) {
            int hash = u.indexOf('#');
            pages.add(withoutSlash((hash >= 0 ? u.substring(0, hash) : u).strip()));
        }
        return pages;
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
    private static @Nullable Element sectionHeader(Element e) {
        int hops = 0;
        for (Element a = e; a != null && hops < DomStats.MAX_DEPTH; a = a.parent(), hops++) {
            if (a.normalName().equals("header")) {
                return a;
            }
        }
        return null;
    }
}
