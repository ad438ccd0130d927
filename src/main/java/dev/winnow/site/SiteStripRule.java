package dev.winnow.site;

import dev.winnow.rule.DocumentDraft;
import dev.winnow.rule.DocumentRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Edits a page of one site before segmentation: removes the elements matched by {@code strip},
 * {@code strip_id_or_class} and {@code strip_image_src} and the attributes matched by
 * {@code strip_attr}, unwraps {@code dissolve} matches and wraps {@code wrap_in} matches. All
 * selectors are evaluated first, then the edits are made. It runs after {@code site.metadata} has
 * read the page, as ftr-site-config expects (a strip may remove the byline the author XPath reads).
 */
final class SiteStripRule implements DocumentRule {
    /** The largest share of the page's paragraph text one strip directive may remove before it counts as stale. */
    static final double MAX_STRIPPED_SHARE = 0.5;

    private final SiteConfig site;

    SiteStripRule(SiteConfig site) {
        this.site = site;
    }

    @Override public String id() { return SiteRules.STRIP; }

    @Override public String description() {
        return "Site rules (" + site.origin() + "): strips, unwraps or wraps elements before segmentation.";
    }

    @Override
    public void edit(DocumentDraft draft) {
        Document doc = draft.source().document();
        PageDom page = PageDom.of(draft);
        List<Element> strip = new ArrayList<>();
        Prose prose = new Prose(doc.body());
        for (Selector s : site.strip()) {
            count(draft, "strip " + s, strip, sane(draft, "strip " + s, s.elements(page), prose));
        }
        List<List<Element>> byPart = idOrClassMatches(doc);
        for (int i = 0; i < byPart.size(); i++) {
            String what = "strip_id_or_class " + site.stripIdOrClass().get(i);
            count(draft, what, strip, sane(draft, what, byPart.get(i), prose));
        }
        count(draft, "strip_image_src", strip, imageSrcMatches(doc));
        List<PageDom.Hit> attributes = new ArrayList<>();
        for (Selector s : site.stripAttr()) {
            attributes.addAll(s.attributes(page));
        }
        List<Element> dissolve = new ArrayList<>();
        for (Selector s : site.dissolve()) {
            count(draft, "dissolve " + s, dissolve, s.elements(page));
        }
        List<List<Element>> wraps = new ArrayList<>();
        for (SiteConfig.Wrap w : site.wrapIn()) {
            List<Element> matched = w.selector().elements(page);
            wraps.add(matched);
            note(draft, "wrap_in(" + w.tag() + ") " + w.selector(), matched);
        }
        for (PageDom.Hit a : attributes) {
            a.element().removeAttr(a.attribute());
        }
        if (!attributes.isEmpty()) {
            draft.note("strip_attr (" + attributes.size() + " attributes)", "site rules " + site.origin());
        }
        for (Element e : strip) {
            if (editable(doc, e)) {
                e.remove();
            }
        }
        for (Element e : dissolve) {
            if (editable(doc, e)) {
                e.unwrap();
            }
        }
        for (int i = 0; i < wraps.size(); i++) {
            String tag = site.wrapIn().get(i).tag();
            for (Element e : wraps.get(i)) {
                if (editable(doc, e)) {
                    e.wrap("<" + tag + "></" + tag + ">");
                }
            }
        }
    }

    /** Whether an element may be removed or moved: it is still attached and is not html, head or body. */
    private static boolean editable(Document doc, Element e) {
        return e.parent() != null && !(e.parent() instanceof Document) && e != doc.body() && e != doc.head();
    }

    private void count(DocumentDraft draft, String what, List<Element> into, List<Element> matched) {
        into.addAll(matched);
        note(draft, what, matched);
    }

    private void note(DocumentDraft draft, String what, List<Element> matched) {
        if (!matched.isEmpty()) {
            draft.note(what + " (" + matched.size() + " elements)", "site rules " + site.origin());
        }
    }

    /**
     * The matches of one strip directive, or none when together they hold more than
     * {@link #MAX_STRIPPED_SHARE} of the page's paragraph text: such a rule no longer fits the site's layout
     * (it would take the article with it), so it is skipped and the trace says so.
     */
    private List<Element> sane(DocumentDraft draft, String what, List<Element> matched, Prose prose) {
        if (matched.isEmpty() || prose.pageLength() == 0) {
            return matched;
        }
        int pageText = prose.pageLength();
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(matched);
        long removed = 0;
        for (Element e : matched) {
            if (!insideAnother(e, all)) {
                removed += Prose.length(e);
            }
        }
        if (removed > MAX_STRIPPED_SHARE * pageText) {
            draft.note("skipped " + what, "stale: it would remove " + Math.round(100.0 * removed / pageText)
                    + "% of the page's paragraph text (site rules " + site.origin() + ")");
            return List.of();
        }
        return matched;
    }

    private static boolean insideAnother(Element e, Set<Element> matched) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (matched.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The page's prose: the length of its paragraph text ({@code <p>} elements), measured once and only when needed. */
    private static final class Prose {
        private final Element body;
        private int pageLength = -1;

        Prose(Element body) {
            this.body = body;
        }

        int pageLength() {
            if (pageLength < 0) {
                pageLength = length(body);
            }
            return pageLength;
        }

        static int length(Element e) {
            if (e == null) {
                return 0;
            }
            int length = 0;
            for (Element p : e.getElementsByTag("p")) {
                length += p.text().length();
            }
            return length;
        }
    }

    /** For each {@code strip_id_or_class} string in order, the elements whose id or class holds it, in one walk. */
    private List<List<Element>> idOrClassMatches(Document doc) {
        List<String> parts = site.stripIdOrClass();
        List<List<Element>> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(new ArrayList<>());
        }
        if (parts.isEmpty()) {
            return out;
        }
        for (Element e : doc.getAllElements()) {
            String id = e.id();
            String cls = e.className();
            if (id.isEmpty() && cls.isEmpty()) {
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (id.contains(parts.get(i)) || cls.contains(parts.get(i))) {
                    out.get(i).add(e);
                }
            }
        }
        return out;
    }

    private List<Element> imageSrcMatches(Document doc) {
        List<Element> out = new ArrayList<>();
        if (site.stripImageSrc().isEmpty()) {
            return out;
        }
        for (Element img : doc.getElementsByTag("img")) {
            String src = img.attr("src");
            for (String part : site.stripImageSrc()) {
                if (src.contains(part)) {
                    out.add(img);
                    break;
                }
            }
        }
        return out;
    }
}
