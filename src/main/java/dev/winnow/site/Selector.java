package dev.winnow.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.xpath.XPathExpressionException;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector.SelectorParseException;

/**
 * A CSS selector or an XPath 1.0 expression naming elements (or, for XPath, attribute and text
 * values) of a page. Both are checked when the selector is created, so a bad expression fails when
 * rules are loaded, never when a page is cleaned.
 *
 * <p>XPath has the semantics of JDK XPath run on a W3C DOM copy of the Jsoup document without
 * namespaces, so {@code //div} matches HTML {@code <div>} elements; element and attribute names are
 * lower case. Most site-rule XPaths ({@code //div[@class='x']}, {@code //meta[@name='author']/@content},
 * ...) are translated when the selector is created into a Jsoup CSS selector that matches exactly the
 * same elements ({@link XPathToCss}), and then run as that selector without the W3C copy; the others
 * run on the copy ({@link PageDom}). {@link #expression()} is always the XPath as written.
 */
public final class Selector {
    private final String expression;
    private final boolean xpath;
    /** The CSS selector, or an XPath's translation; null for an XPath run by JDK XPath. */
    private final Evaluator css;
    /** For a translated XPath ending in {@code /@name}: the attribute name, else null. */
    private final String attribute;

    private Selector(String expression, boolean xpath, Evaluator css, String attribute) {
        this.expression = expression;
        this.xpath = xpath;
        this.css = css;
        this.attribute = attribute;
    }

    /**
     * An XPath 1.0 expression. A predicate may not hold an absolute path ({@code //table[//a]}): it
     * would read the whole page again for every element.
     *
     * @param expression the expression
     * @return the selector
     * @throws IllegalArgumentException if it is blank, does not compile or has an absolute path in a
     *                                  predicate
     */
    public static Selector xpath(String expression) {
        String x = requireText(expression);
        WholePagePredicates.check(x);
        try {
            PageDom.compile(x);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("bad XPath '" + x + "': " + rootMessage(e));
        }
        XPathToCss.Translation t = XPathToCss.translation(x);
        if (t != null) {
            try {
                return new Selector(x, true, QueryParser.parse(t.css()), t.attribute());
            } catch (SelectorParseException e) {
                // not expected (XPathToCssTest parses every translation); JDK XPath stays correct
            }
        }
        return new Selector(x, true, null, null);
    }

    /**
     * A CSS selector (Jsoup's syntax). Its regular expressions ({@code :matches(re)},
     * {@code [attr~=re]}, ...) must be plain: literal characters, classes and {@code .}, no
     * repetition, alternation or groups, as they run on the text of every element of every page.
     *
     * @param expression the selector
     * @return the selector
     * @throws IllegalArgumentException if it is blank, does not parse, or holds a regular expression
     *                                  that is not plain
     */
    public static Selector css(String expression) {
        String x = requireText(expression);
        PlainRegexes.check(x);
        try {
            return new Selector(x, false, QueryParser.parse(x), null);
        } catch (SelectorParseException e) {
            throw new IllegalArgumentException("bad CSS selector '" + x + "': " + e.getMessage());
        }
    }

    /**
     * An XPath expression when the text starts with {@code /}, {@code ./} or {@code (}, else a CSS
     * selector: the convention of Winnow's JSON site rules.
     *
     * @param expression the expression
     * @return the selector
     * @throws IllegalArgumentException if it does not compile
     */
    public static Selector of(String expression) {
        String x = requireText(expression);
        return x.startsWith("/") || x.startsWith("./") || x.startsWith("(") ? xpath(x) : css(x);
    }

    /** The expression as written. @return the expression */
    public String expression() {
        return expression;
    }

    /** Whether this is an XPath expression (else CSS). @return true for XPath */
    public boolean isXpath() {
        return xpath;
    }

    /** Whether this XPath runs as its CSS translation (see {@link XPathToCss}). @return true if so */
    boolean translated() {
        return xpath && css != null;
    }

    /**
     * The elements this selector matches, in document order. XPath results that are not elements
     * (attributes, text) are left out.
     *
     * @param page the page
     * @return the elements
     */
    List<Element> elements(PageDom page) {
        if (css != null) {
            return attribute != null ? new ArrayList<>() : new ArrayList<>(page.document().select(css));
        }
        List<Element> out = new ArrayList<>();
        for (PageDom.Hit hit : page.xpath(expression)) {
            if (hit.element() != null && hit.attribute() == null) {
                out.add(hit.element());
            }
        }
        return out;
    }

    /**
     * The values this selector matches: an element's text, an attribute's value, a text node.
     *
     * @param page the page
     * @return the non-blank values, stripped, in document order
     */
    List<String> values(PageDom page) {
        List<String> out = new ArrayList<>();
        if (!xpath) {
            for (Element e : page.document().select(css)) {
                addValue(out, e.tagName().equals("meta") ? e.attr("content") : e.text());
            }
            return out;
        }
        if (css != null) {
            for (Element e : page.document().select(css)) {
                addValue(out, attribute != null ? e.attr(attribute) : e.text());
            }
            return out;
        }
        for (PageDom.Hit hit : page.xpath(expression)) {
            addValue(out, hit.value());
        }
        return out;
    }

    /**
     * The attributes an XPath such as {@code //img/@srcset} matches, as element and attribute name
     * pairs; CSS selectors match none.
     *
     * @param page the page
     * @return the matches
     */
    List<PageDom.Hit> attributes(PageDom page) {
        if (!xpath || css != null && attribute == null) {
            return List.of();
        }
        List<PageDom.Hit> out = new ArrayList<>();
        if (css != null) {
            for (Element e : page.document().select(css)) {
                out.add(new PageDom.Hit(e, attribute, e.attr(attribute)));
            }
            return out;
        }
        for (PageDom.Hit hit : page.xpath(expression)) {
            if (hit.attribute() != null && hit.element() != null) {
                out.add(hit);
            }
        }
        return out;
    }

    private static void addValue(List<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value.strip());
        }
    }

    private static String requireText(String expression) {
        String x = Objects.requireNonNull(expression, "expression").strip();
        if (x.isEmpty()) {
            throw new IllegalArgumentException("empty selector");
        }
        return x;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selector s && s.xpath == xpath && s.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode() * 31 + (xpath ? 1 : 0);
    }

    @Override
    public String toString() {
        return (xpath ? "xpath:" : "css:") + expression;
    }
}
