package dev.winnow.rules;

import dev.winnow.rule.Draft;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements of a draft's HTML page that rules look for anywhere in the document, gathered in
 * one walk over all elements and shared through {@link Draft#derived}: the {@code script}
 * elements, and the elements with a class or id attribute, each in document order. Both are empty
 * for text input.
 */
final class PageElements {
    private static final PageElements NONE = new PageElements(List.of(), List.of());

    private final List<Element> scripts;
    private final List<Element> named;

    private PageElements(List<Element> scripts, List<Element> named) {
        this.scripts = scripts;
        this.named = named;
    }

    /** The elements of a draft's HTML source, gathered once per draft. */
    static PageElements of(Draft draft) {
        return draft.derived(PageElements.class, d -> d.source().document() == null ? NONE : gather(d.source().document()));
    }

    /** The {@code script} elements. */
    List<Element> scripts() {
        return scripts;
    }

    /** The elements with a class or id attribute. */
    List<Element> named() {
        return named;
    }

    private static PageElements gather(Document doc) {
        List<Element> scripts = new ArrayList<>();
        List<Element> named = new ArrayList<>();
        for (Element e = doc; e != null; e = next(e)) {
            if (e.normalName().equals("script")) {
                scripts.add(e);
            }
            if (e.hasAttr("class") || e.hasAttr("id")) {
                named.add(e);
            }
        }
        return new PageElements(scripts, named);
    }

    /** The element after {@code e} in document order, or {@code null} after the last one. */
    private static Element next(Element e) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element a = e; a != null; a = a.parent()) {
            Element sibling = a.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
