package dev.winnow.site;

import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Edits a page of one site before segmentation: removes the elements matched by {@code strip},
 * {@code strip_id_or_class} and {@code strip_image_src} and the attributes matched by
 * {@code strip_attr}, unwraps {@code dissolve} matches and wraps {@code wrap_in} matches. All
 * selectors are evaluated first, then the edits are made. It runs after {@code site.metadata} has
 * read the page, as ftr-site-config expects (a strip may remove the byline the author XPath reads).
 */
final class SiteStripRule implements Rule {
    /** The largest share of the page's paragraph text one strip directive may remove before it counts as stale. */
    static final double MAX_STRIPPED_SHARE = 0.5;

    private final SiteConfig site;

    SiteStripRule(SiteConfig site) {
        this.site = site;
    }

    @Override public String id() { return SiteRules.STRIP; }

    @Override public Phase phase() { return Phase.PREPARE; }

    @Override public String description() {
        return "Site rules (" + site.origin() + "): strips, unwraps or wraps elements before segmentation.";
    }

    @Override
    public void apply(Draft draft) {
        Document doc = draft.source().document();
        if (doc == null) {
            return;
        }
        PageDom page = PageDom.of(draft);
        List<Element> strip = new ArrayList<>();
        int text = textLength(doc.body());
        for (Selector s : site.strip()) {
            count(draft, "strip " + s, strip, sane(draft, "strip " + s, s.elements(page), text));
        }
        for (String part : site.stripIdOrClass()) {
            count(draft, "strip_id_or_class " + part, strip, sane(draft, "strip_id_or_class " + part,
                    idOrClassMatches(doc, part), text));
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
            count(draft, "wrap_in(" + w.tag() + ") " + w.selector(), new ArrayList<>(), matched);
        }
        for (PageDom.Hit a : attributes) {
            a.element().removeAttr(a.attribute());
        }
        if (!attributes.isEmpty()) {
            draft.note(-1, "strip_attr (" + attributes.size() + " attributes)", "site rules " + site.origin());
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

    private void count(Draft draft, String what, List<Element> into, List<Element> matched) {
        if (!matched.isEmpty()) {
            into.addAll(matched);
            draft.note(-1, what + " (" + matched.size() + " elements)", "site rules " + site.origin());
        }
    }

    /**
     * The matches of one strip directive, or none when together they hold more than
     * {@link #MAX_STRIPPED_SHARE} of the page's paragraph text: such a rule no longer fits the site's layout
     * (it would take the article with it), so it is skipped and the trace says so.
     */
    private List<Element> sane(Draft draft, String what, List<Element> matched, int pageText) {
        if (matched.isEmpty() || pageText == 0) {
            return matched;
        }
        long removed = 0;
        for (Element e : matched) {
            if (!insideAnother(e, matched)) {
                removed += textLength(e);
            }
        }
        if (removed > MAX_STRIPPED_SHARE * pageText) {
            draft.note(-1, "skipped " + what, "stale: it would remove " + Math.round(100.0 * removed / pageText)
                    + "% of the page's paragraph text (site rules " + site.origin() + ")");
            return List.of();
        }
        return matched;
    }

    private static boolean insideAnother(Element e, List<Element> matched) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (matched.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the paragraph text ({@code <p>} elements) in an element: the page's prose. */
    private static int textLength(Element e) {
        if (e == null) {
            return 0;
        }
        int length = 0;
        for (Element p : e.getElementsByTag("p")) {
            length += p.text().length();
        }
        return length;
    }

    private static List<Element> idOrClassMatches(Document doc, String part) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e.id().contains(part) || e.className().contains(part)) {
                out.add(e);
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
