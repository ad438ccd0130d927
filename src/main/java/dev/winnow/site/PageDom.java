package dev.winnow.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One page seen by site rules: the Jsoup document and, made on the first XPath query, its W3C DOM
 * copy, on which {@link #xpath} runs JDK XPath. A {@link Selector} whose XPath has an exact CSS
 * translation ({@link XPathToCss}) queries the Jsoup document instead, so the copy is only made for
 * a page when an XPath without a translation runs. Belongs to one thread; compiled XPath expressions are cached per thread, since JDK XPath objects are not
 * thread-safe.
 */
final class PageDom {
    private static final int CACHED_EXPRESSIONS = 512;
    private static final ThreadLocal<Compiler> COMPILER = ThreadLocal.withInitial(Compiler::new);

    private final Document document;
    private org.w3c.dom.Document w3c;

    PageDom(Document document) {
        this.document = document;
    }

    /**
     * The page of a document draft, made once and shared by its document rules: {@code site.metadata}
     * and {@code site.strip} share one; the strip rule evaluates all its selectors before it edits
     * the document, and it is the last to read it.
     *
     * @param draft the document draft
     * @return the page
     */
    static PageDom of(dev.winnow.rule.DocumentDraft draft) {
        return draft.derived(PageDom.class, d -> new PageDom(d.document()));
    }

    /**
     * The page of a draft of blocks, made once per draft for {@code site.body}: a fresh one, since
     * the document rules may have changed the document.
     *
     * @param draft the draft, whose source has a document
     * @return the page
     */
    static PageDom of(dev.winnow.rule.Draft draft) {
        return draft.derived(PageDom.class, d -> new PageDom(d.source().document()));
    }

    Document document() {
        return document;
    }

    /**
     * One XPath result.
     *
     * @param element   the element matched, or the owner of the attribute / parent of the text matched
     * @param attribute the attribute name when an attribute was matched, else {@code null}
     * @param value     the element's text, the attribute's value or the text
     */
    record Hit(Element element, @Nullable String attribute, String value) {}

    /** Checks that an expression compiles. */
    static void compile(String expression) throws XPathExpressionException {
        COMPILER.get().compile(expression);
    }

    List<Hit> xpath(String expression) {
        if (w3c == null) {
            w3c = new W3CDom().namespaceAware(false).fromJsoup(document);
        }
        XPathExpression compiled;
        try {
            compiled = COMPILER.get().compile(expression);
        } catch (XPathExpressionException e) {
            return List.of();
        }
        NodeList nodes;
        try {
            nodes = (NodeList) compiled.evaluate(w3c, XPathConstants.NODESET);
        } catch (XPathExpressionException notNodes) {
            try {
                String value = compiled.evaluate(w3c);
                return value == null || value.isBlank() ? List.of() : List.of(new Hit(null, null, value));
            } catch (XPathExpressionException e) {
                return List.of();
            }
        }
        List<Hit> hits = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Hit hit = hit(nodes.item(i));
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private static @Nullable Hit hit(Node node) {
        if (node instanceof Attr attr) {
            return new Hit(source(attr.getOwnerElement()), attr.getName(), attr.getValue());
        }
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            Element e = source(node);
            return e == null ? null : new Hit(e, null, e.text());
        }
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            return new Hit(source(node.getParentNode()), null, node.getNodeValue());
        }
        return null;
    }

    private static @Nullable Element source(@Nullable Node node) {
        return node != null && node.getUserData(W3CDom.SourceProperty) instanceof Element e ? e : null;
    }

    /** A per-thread XPath compiler with a bounded cache. */
    private static final class Compiler {
        private final XPath xpath = XPathFactory.newInstance().newXPath();
        private final Map<String, XPathExpression> cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, XPathExpression> eldest) {
                return size() > CACHED_EXPRESSIONS;
            }
        };

        XPathExpression compile(String expression) throws XPathExpressionException {
            XPathExpression compiled = cache.get(expression);
            if (compiled == null) {
                compiled = xpath.compile(expression);
                cache.put(expression, compiled);
            }
            return compiled;
        }
    }
}
