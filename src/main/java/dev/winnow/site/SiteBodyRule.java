package dev.winnow.site;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Keeps the blocks inside the elements of the first {@code body} selector that matches a body block
 * and drops the rest (navigation before the body, boilerplate after). The site body is a hint: the
 * generic zone rules ({@code content-root}, {@code main-zone}) still refine inside it, unless the
 * site says {@code prune: no}, which settles the zone and keeps the body whole. When no selector
 * matches, the page is left to the generic rules, unless the site says
 * {@code autodetect_on_failure: no}, in which case every block is dropped.
 */
final class SiteBodyRule implements Rule {
    private final SiteConfig site;

    SiteBodyRule(SiteConfig site) {
        this.site = site;
    }

    @Override public String id() { return SiteRules.BODY; }

    @Override public Phase phase() { return Phase.ZONE; }

    @Override public boolean appliesTo(InputShape shape) { return shape == InputShape.HTML; }

    @Override public String description() {
        return "Site rules (" + site.origin() + "): keeps the blocks inside the site's body selector; the generic zone rules take over when it matches nothing.";
    }

    @Override
    public void apply(Draft draft) {
        PageDom page = PageDom.of(draft);
        for (Selector selector : site.body()) {
            Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
            roots.addAll(selector.elements(page));
            if (!roots.isEmpty() && keep(draft, roots, selector)) {
                return;
            }
        }
        if (!site.autodetectOnFailure()) {
            draft.settleZone("no body selector of " + site.origin() + " matched and autodetect_on_failure is no");
            for (Block b : draft.bodyBlocks()) {
                draft.mark(b, Role.BOILERPLATE, "site body not found");
            }
        }
    }

    /** Keeps the blocks inside the roots; false (and no change) when no block lies inside. */
    private boolean keep(Draft draft, Set<Element> roots, Selector selector) {
        List<Block> blocks = draft.blocks();
        boolean[] inside = new boolean[blocks.size()];
        boolean any = false;
        for (Block b : blocks) {
            Element e = b.origin().element();
            inside[b.index()] = e != null && within(e, roots);
            any |= inside[b.index()] && b.isBody();
        }
        if (!any) {
            return false;
        }
        String matched = "body " + selector + " of " + site.origin() + " matched " + roots.size() + " element(s)";
        if (site.prune()) {
            draft.note(-1, "site body found", matched);
        } else {
            draft.settleZone(matched + "; prune is no");
        }
        boolean seen = false;
        for (Block b : blocks) {
            if (inside[b.index()]) {
                seen = true;
            } else if (b.isBody()) {
                draft.mark(b, seen ? Role.BOILERPLATE : Role.NAVIGATION,
                        (seen ? "after" : "before") + " the site body");
            }
        }
        return true;
    }

    private static boolean within(Element e, Set<Element> roots) {
        for (Element a = e; a != null; a = a.parent()) {
            if (roots.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
