package dev.winnow.reading;

import dev.winnow.internal.Queries;
import dev.winnow.rule.Draft;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a draft's HTML page that rules look for anywhere in the document, gathered in
 * one walk over all elements and shared through {@link Draft#derived}: the elements with class
 * or id names (with the names, read once), and the elements named in {@link #TAGS}, each in
 * document order. Empty for text input.
 */
public final class PageElements {
    /** The tag names whose elements are gathered. */
    static final List<String> TAGS = List.of("script", "time", "h1", "html", "link", "meta");
    private static final PageElements NONE = new PageElements(Map.of(), List.of());

    private final Map<String, List<Element>> tagged;
    private final List<Named> named;

    /**
     * An element with class or id names.
     *
     * @param element the element
     * @param classes its {@code class} attribute as written (not empty unless the id is not)
     * @param id      its {@code id} attribute
     */
    public record Named(Element element, String classes, String id) {}

    private PageElements(Map<String, List<Element>> tagged, List<Named> named) {
        this.tagged = tagged;
        this.named = named;
    }

    /**
     * The elements of a draft's HTML source, gathered once per draft.
     *
     * @param draft the draft
     * @return the elements, shared by the rules that run on the draft; empty for text input
     */
    public static PageElements of(Draft draft) {
        return draft.derived(PageElements.class, d -> d.source().document() == null ? NONE : gather(d.source().document()));
    }

    /** The elements with a non-empty class or id attribute. @return them in document order */
    public List<Named> named() {
        return named;
    }

    /**
     * The elements of the page that match a CSS query, as {@code document.select(query)} gives
     * them, for a query that only matches elements with the given tag name.
     *
     * @param tag   one of {@link #TAGS}
     * @param query the query, parsed as {@link Element#select(String)} parses it (once: {@link Queries})
     * @return the matches in document order
     */
    public List<Element> select(String tag, String query) {
        Evaluator evaluator = Queries.evaluator(query);
        List<Element> matches = new ArrayList<>();
        for (Element e : withTag(tag)) {
            if (e.is(evaluator)) {
                matches.add(e);
            }
        }
        return matches;
    }

    /**
     * The first element that matches a CSS query, as {@code document.selectFirst(query)} gives
     * it, for a query that only matches elements with the given tag name.
     *
     * @param tag   one of {@link #TAGS}
     * @param query the query
     * @return the first match, or {@code null}
     */
    public @Nullable Element selectFirst(String tag, String query) {
        Evaluator evaluator = Queries.evaluator(query);
        for (Element e : withTag(tag)) {
            if (e.is(evaluator)) {
                return e;
            }
        }
        return null;
    }

    private List<Element> withTag(String tag) {
        if (!TAGS.contains(tag)) {
            throw new IllegalArgumentException("elements named " + tag + " are not gathered");
        }
        return tagged.getOrDefault(tag, List.of());
    }

    private static PageElements gather(Document doc) {
        Map<String, List<Element>> tagged = new HashMap<>();
        for (String tag : TAGS) {
            tagged.put(tag, new ArrayList<>());
        }
        List<Named> named = new ArrayList<>();
        Deque<Element> pending = new ArrayDeque<>(); // the elements still to visit, the next one first
        pending.push(doc);
        while (!pending.isEmpty()) {
            Element e = pending.pop();
            List<Element> withTag = tagged.get(e.normalName());
            if (withTag != null) {
                withTag.add(e);
            }
            String classes = e.attr("class");
            String id = e.attr("id");
            if (!classes.isEmpty() || !id.isEmpty()) {
                named.add(new Named(e, classes, id));
            }
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element child) {
                    pending.push(child);
                }
            }
        }
        return new PageElements(tagged, named);
    }
}
