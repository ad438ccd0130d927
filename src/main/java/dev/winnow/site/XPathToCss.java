package dev.winnow.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Translates the common shapes of XPath 1.0 site-rule expressions into Jsoup CSS selectors that
 * select the same elements, in the same (document) order, as the XPath run by {@link PageDom} on the
 * W3C copy of a Jsoup HTML document. Anything it cannot translate exactly gives {@code null}, and
 * the caller keeps JDK XPath.
 *
 * <p>Shapes translated (names in lower case, see below):
 * <ul>
 *   <li>paths of steps from the document: {@code //a} (any {@code a}), {@code /html} (the root
 *       element, {@code html:root}), then {@code //b} or {@code /descendant::b} (descendant,
 *       {@code a b}) and {@code /b} or {@code /child::b} (child, {@code a > b}); name tests are
 *       an element name or {@code *};</li>
 *   <li>predicates: {@code @x} ({@code [x]}), {@code @x='v'} and {@code 'v'=@x}, {@code @x!='v'},
 *       {@code contains(@x,'v')}, {@code starts-with(@x,'v')}, the class-token idiom
 *       {@code contains(concat(' ',normalize-space(@class),' '),' v ')} (also with several
 *       tokens, or without the space before or after), combined with
 *       {@code and}, {@code or} ({@code :is(...)}), {@code not(...)} ({@code :not(...)}) and
 *       parentheses; several predicates on one step are a conjunction;</li>
 *   <li>a position predicate {@code [n]} or {@code [last()]} as the first predicate of a
 *       child-axis step ({@code :nth-of-type(n)}, {@code :last-of-type}, or {@code :nth-child},
 *       {@code :last-child} for {@code *});</li>
 *   <li>unions {@code x | y} ({@code x, y}: Jsoup also returns their matches once each, in
 *       document order);</li>
 *   <li>a final attribute step {@code .../@x}: {@link #translation} gives the elements that have
 *       the attribute ({@code [x]} added to the last step) and the attribute name; every branch of
 *       a union must name the same attribute. {@link #translate} gives {@code null} for these.</li>
 * </ul>
 * Not translated: other axes ({@code parent::}, {@code ancestor::}, {@code following-sibling::},
 * {@code self::}, ...), {@code text()}, {@code .}, other functions ({@code normalize-space(.)},
 * {@code substring-after}, {@code position()}, ...), numbers other than a position, positions
 * after another predicate or on the {@code descendant::} axis, relative paths, filter expressions
 * such as {@code (//a)[1]}, paths inside predicates, and names with upper case letters, {@code _},
 * {@code .} or a prefix.
 *
 * <p>Why the translation is exact (each point checked against Jsoup 1.24's behaviour by
 * {@code XPathToCssTest}):
 * <ul>
 *   <li><b>Attribute values.</b> Jsoup's {@code [x=v]}, {@code [x*=v]}, {@code [x^=v]} and
 *       {@code .v} compare values case-insensitively ({@code [x=v]} also trims them), while XPath
 *       compares exactly. So every value test is written as Jsoup's regular-expression test
 *       {@code [x~=regex]}, which is case-sensitive and uses {@code find()} on the untrimmed
 *       value: {@code ^v\z} for equality, {@code ^v} for {@code starts-with}, {@code v} for
 *       {@code contains}, and {@code (?:^|[\t\n\r ])v(?:[\t\n\r ]|\z)} for a class token (the
 *       four XPath white-space characters that {@code normalize-space} splits on; tokens
 *       {@code ' a b '} in a row are {@code a[\t\n\r ]+b} between the same ends). The value is
 *       written with letters, digits, {@code -} and {@code _} as they are and every other
 *       character as {@code \x{hex}}, so no character is special to the regular expression or to
 *       Jsoup's selector parser. Tests that an empty string would make true for every element
 *       ({@code contains(@x,'')}) are not translated.</li>
 *   <li><b>Names.</b> Jsoup's HTML parser lower-cases element and attribute names, and the W3C
 *       copy keeps Jsoup's names, so a lower-case XPath name matches the same elements and
 *       attributes as the Jsoup selector; an XPath name with upper case letters matches nothing
 *       there, while Jsoup compares names case-insensitively, so it is not translated. The
 *       exceptions are the SVG and MathML names that the HTML parser writes in mixed case
 *       ({@code clipPath}, {@code viewBox}, ...): their lower-case forms are not translated. Names
 *       with {@code _} are not translated because the W3C copy writes characters that are not
 *       allowed in XML names as {@code _}; {@code xmlns} is not, because JDK XPath does not see it
 *       as an attribute.</li>
 *   <li><b>The document.</b> Jsoup's selectors also test the {@code Document} node itself, which
 *       has no attributes and no parent, where XPath only sees elements. So a first step
 *       {@code //*} must have a predicate that needs an attribute or a position; and because
 *       Jsoup's {@code :nth-of-type} and similar never match the root element (a child of the
 *       document), {@code //a[1]} is {@code a:is(:nth-of-type(1),:root)}.</li>
 * </ul>
 * It assumes documents from Jsoup's HTML parser, as every Winnow page is (XML parsing keeps the
 * case of names). The class is stateless.
 */
final class XPathToCss {
    /** A translation: a CSS selector, and the attribute name when the XPath selects attributes. */
    record Translation(String css, @Nullable String attribute) {}

    /** SVG element names the HTML parser writes in mixed case, in lower case. */
    static final Set<String> MIXED_CASE_ELEMENTS = Set.of("altglyph", "altglyphdef", "altglyphitem",
            "animatecolor", "animatemotion", "animatetransform", "clippath", "feblend", "fecolormatrix",
            "fecomponenttransfer", "fecomposite", "feconvolvematrix", "fediffuselighting", "fedisplacementmap",
            "fedistantlight", "fedropshadow", "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr",
            "fegaussianblur", "feimage", "femerge", "femergenode", "femorphology", "feoffset", "fepointlight",
            "fespecularlighting", "fespotlight", "fetile", "feturbulence", "foreignobject", "glyphref",
            "lineargradient", "radialgradient", "textpath");

    /** SVG and MathML attribute names the HTML parser writes in mixed case, in lower case. */
    static final Set<String> MIXED_CASE_ATTRIBUTES = Set.of("attributename", "attributetype",
            "basefrequency", "baseprofile", "calcmode", "clippathunits", "diffuseconstant", "edgemode",
            "filterunits", "glyphref", "gradienttransform", "gradientunits", "kernelmatrix", "kernelunitlength",
            "keypoints", "keysplines", "keytimes", "lengthadjust", "limitingconeangle", "markerheight",
            "markerunits", "markerwidth", "maskcontentunits", "maskunits", "numoctaves", "pathlength",
            "patterncontentunits", "patterntransform", "patternunits", "pointsatx", "pointsaty", "pointsatz",
            "preservealpha", "preserveaspectratio", "primitiveunits", "refx", "refy", "repeatcount", "repeatdur",
            "requiredextensions", "requiredfeatures", "specularconstant", "specularexponent", "spreadmethod",
            "startoffset", "stddeviation", "stitchtiles", "surfacescale", "systemlanguage", "tablevalues",
            "targetx", "targety", "textlength", "viewbox", "viewtarget", "xchannelselector", "ychannelselector",
            "zoomandpan", "definitionurl");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    /** XPath's white space, which {@code normalize-space} collapses, as a regular-expression class. */
    private static final String SPACE = "[\\t\\n\\r ]";

    private XPathToCss() {}

    /**
     * The Jsoup CSS selector equivalent to an XPath that selects elements.
     *
     * @param xpath the XPath expression
     * @return the selector, or {@code null} when the expression is not one of the translated shapes
     *     (or selects attributes)
     */
    static @Nullable String translate(String xpath) {
        Translation t = translation(xpath);
        return t == null || t.attribute() != null ? null : t.css();
    }

    /**
     * The translation of an XPath that selects elements or, with a final {@code /@name} step,
     * attributes.
     *
     * @param xpath the XPath expression
     * @return the translation, or {@code null} when the expression is not one of the translated shapes
     */
    static @Nullable Translation translation(@Nullable String xpath) {
        if (xpath == null) {
            return null;
        }
        List<Token> tokens = tokenize(xpath.strip());
        if (tokens == null || tokens.isEmpty()) {
            return null;
        }
        try {
            return new Parser(tokens).union();
        } catch (Untranslatable e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- tokens

    private enum Kind { SLASH, DSLASH, PIPE, LBRACKET, RBRACKET, LPAREN, RPAREN, AT, COMMA, EQ, NEQ, AXIS, STAR,
        NAME, LITERAL, NUMBER }

    private record Token(Kind kind, String text) {}

    /** The tokens of an expression, or {@code null} when it holds a character outside the translated subset. */
    private static @Nullable List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
                continue;
            }
            switch (c) {
                case '/' -> {
                    boolean two = i + 1 < s.length() && s.charAt(i + 1) == '/';
                    out.add(new Token(two ? Kind.DSLASH : Kind.SLASH, two ? "//" : "/"));
                    i += two ? 2 : 1;
                }
                case '|' -> { out.add(new Token(Kind.PIPE, "|")); i++; }
                case '[' -> { out.add(new Token(Kind.LBRACKET, "[")); i++; }
                case ']' -> { out.add(new Token(Kind.RBRACKET, "]")); i++; }
                case '(' -> { out.add(new Token(Kind.LPAREN, "(")); i++; }
                case ')' -> { out.add(new Token(Kind.RPAREN, ")")); i++; }
                case '@' -> { out.add(new Token(Kind.AT, "@")); i++; }
                case ',' -> { out.add(new Token(Kind.COMMA, ",")); i++; }
                case '=' -> { out.add(new Token(Kind.EQ, "=")); i++; }
                case '*' -> { out.add(new Token(Kind.STAR, "*")); i++; }
                case '!' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '=') {
                        return null;
                    }
                    out.add(new Token(Kind.NEQ, "!="));
                    i += 2;
                }
                case ':' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != ':') {
                        return null;
                    }
                    out.add(new Token(Kind.AXIS, "::"));
                    i += 2;
                }
                case '\'', '"' -> {
                    int end = s.indexOf(c, i + 1);
                    if (end < 0) {
                        return null;
                    }
                    out.add(new Token(Kind.LITERAL, s.substring(i + 1, end)));
                    i = end + 1;
                }
                default -> {
                    int start = i;
                    if (c >= '0' && c <= '9') {
                        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                            i++;
                        }
                        if (i < s.length() && s.charAt(i) == '.') {
                            return null;
                        }
                        out.add(new Token(Kind.NUMBER, s.substring(start, i)));
                    } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                        while (i < s.length() && nameChar(s.charAt(i))) {
                            i++;
                        }
                        out.add(new Token(Kind.NAME, s.substring(start, i)));
                    } else {
                        return null;
                    }
                }
            }
        }
        return out;
    }

    /** An XPath name character in ASCII (a name ending in another character is not translated). */
    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                || c == '.';
    }

    // ---------------------------------------------------------------- parser

    /** Thrown inside the parser for any shape that is not translated. */
    private static final class Untranslatable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Untranslatable() {
            super(null, null, false, false);
        }
    }

    /** A predicate's CSS and whether it can only hold for an element with an attribute or a parent. */
    private record Predicate(String css, boolean excludesDocument) {}

    /** A recursive-descent parser over the translated subset, building CSS as it goes. */
    private static final class Parser {
        private final List<Token> tokens;
        private int pos;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        Translation union() {
            List<String> css = new ArrayList<>();
            String attribute = null;
            boolean first = true;
            do {
                if (!first) {
                    next(Kind.PIPE);
                }
                Translation branch = path();
                if (!first && !Objects.equals(branch.attribute(), attribute)) {
                    throw new Untranslatable();
                }
                attribute = branch.attribute();
                css.add(branch.css());
                first = false;
            } while (peek(Kind.PIPE));
            if (pos != tokens.size()) {
                throw new Untranslatable();
            }
            return new Translation(String.join(", ", css), attribute);
        }

        /** One location path from the document: steps, and maybe a final attribute step. */
        private Translation path() {
            StringBuilder css = new StringBuilder();
            boolean first = true;
            while (true) {
                Kind separator = peek(Kind.DSLASH) ? Kind.DSLASH : Kind.SLASH;
                next(separator);
                if (peek(Kind.AT)) {
                    if (first || separator != Kind.SLASH) {
                        throw new Untranslatable();
                    }
                    next(Kind.AT);
                    String attribute = attributeName(next(Kind.NAME).text());
                    if (!(atEnd() || peek(Kind.PIPE))) {
                        throw new Untranslatable();
                    }
                    css.append('[').append(attribute).append(']');
                    return new Translation(css.toString(), attribute);
                }
                String axis = "child";
                if (peek(Kind.NAME) && peekAt(1, Kind.AXIS)) {
                    axis = next(Kind.NAME).text();
                    next(Kind.AXIS);
                    if (!axis.equals("child") && !axis.equals("descendant")) {
                        throw new Untranslatable();
                    }
                }
                boolean descendantAxis = axis.equals("descendant");
                if (first) {
                    if (descendantAxis) {
                        throw new Untranslatable();
                    }
                } else if (separator == Kind.DSLASH && descendantAxis) {
                    throw new Untranslatable();
                } else {
                    css.append(separator == Kind.SLASH && !descendantAxis ? " > " : " ");
                }
                css.append(step(first, first && separator == Kind.SLASH, descendantAxis));
                first = false;
                if (!(peek(Kind.SLASH) || peek(Kind.DSLASH))) {
                    return new Translation(css.toString(), null);
                }
            }
        }

        /**
         * One step: a name test and its predicates.
         *
         * @param first          the first step of the path (its context is the document node)
         * @param root           the first step after a single {@code /}: it names the root element
         * @param descendantAxis the step is on the descendant axis (no position predicates)
         */
        private String step(boolean first, boolean root, boolean descendantAxis) {
            boolean star = peek(Kind.STAR);
            String name = star ? "*" : elementName(next(Kind.NAME).text());
            if (star) {
                next(Kind.STAR);
            }
            StringBuilder css = new StringBuilder(name);
            boolean excludesDocument = !star || root || !first;
            boolean positionAllowed = !descendantAxis;
            while (peek(Kind.LBRACKET)) {
                next(Kind.LBRACKET);
                String position = positionalPredicate();
                if (position != null) {
                    if (!positionAllowed) {
                        throw new Untranslatable();
                    }
                    if (root) {
                        // the root element is the only element child of the document
                        if (!position.equals("1") && !position.equals("last")) {
                            throw new Untranslatable();
                        }
                    } else {
                        String pseudo = position.equals("last")
                                ? (star ? ":last-child" : ":last-of-type")
                                : (star ? ":nth-child(" : ":nth-of-type(") + position + ")";
                        boolean rootMayMatch = first && (position.equals("1") || position.equals("last"));
                        css.append(rootMayMatch ? ":is(" + pseudo + ",:root)" : pseudo);
                    }
                    excludesDocument = true;
                } else {
                    Predicate p = or();
                    css.append(p.css());
                    excludesDocument |= p.excludesDocument();
                }
                next(Kind.RBRACKET);
                positionAllowed = false;
            }
            if (root) {
                css.append(":root");
            }
            if (!excludesDocument) {
                throw new Untranslatable();
            }
            return css.toString();
        }

        /** A position predicate's number or {@code "last"}, consumed; else {@code null}, nothing consumed. */
        private @Nullable String positionalPredicate() {
            if (peek(Kind.NUMBER) && peekAt(1, Kind.RBRACKET)) {
                String n = next(Kind.NUMBER).text().replaceFirst("^0+(?=.)", "");
                if (n.equals("0") || n.length() > 9) {
                    throw new Untranslatable();
                }
                return n;
            }
            if (peekName("last") && peekAt(1, Kind.LPAREN) && peekAt(2, Kind.RPAREN) && peekAt(3, Kind.RBRACKET)) {
                pos += 3;
                return "last";
            }
            return null;
        }

        private Predicate or() {
            List<Predicate> parts = new ArrayList<>();
            parts.add(and());
            while (peekName("or")) {
                pos++;
                parts.add(and());
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            StringBuilder css = new StringBuilder(":is(");
            boolean all = true;
            for (int i = 0; i < parts.size(); i++) {
                css.append(i == 0 ? "" : ",").append(parts.get(i).css());
                all &= parts.get(i).excludesDocument();
            }
            return new Predicate(css.append(')').toString(), all);
        }

        private Predicate and() {
            Predicate p = primary();
            StringBuilder css = new StringBuilder(p.css());
            boolean any = p.excludesDocument();
            while (peekName("and")) {
                pos++;
                Predicate q = primary();
                css.append(q.css());
                any |= q.excludesDocument();
            }
            return new Predicate(css.toString(), any);
        }

        private Predicate primary() {
            if (peek(Kind.LPAREN)) {
                next(Kind.LPAREN);
                Predicate p = or();
                next(Kind.RPAREN);
                return p;
            }
            if (peek(Kind.AT)) {
                String attribute = attributeRef();
                if (peek(Kind.EQ) || peek(Kind.NEQ)) {
                    boolean equal = next(peek(Kind.EQ) ? Kind.EQ : Kind.NEQ).kind() == Kind.EQ;
                    return comparison(attribute, equal, next(Kind.LITERAL).text());
                }
                return new Predicate("[" + attribute + "]", true);
            }
            if (peek(Kind.LITERAL)) {
                String value = next(Kind.LITERAL).text();
                boolean equal = next(peek(Kind.EQ) ? Kind.EQ : Kind.NEQ).kind() == Kind.EQ;
                return comparison(attributeRef(), equal, value);
            }
            if (peek(Kind.NAME) && peekAt(1, Kind.LPAREN)) {
                String function = next(Kind.NAME).text();
                next(Kind.LPAREN);
                Predicate p = switch (function) {
                    case "not" -> {
                        Predicate inner = or();
                        yield new Predicate(":not(" + inner.css() + ")", false);
                    }
                    case "contains" -> contains();
                    case "starts-with" -> {
                        String attribute = attributeRef();
                        next(Kind.COMMA);
                        String value = nonEmpty(next(Kind.LITERAL).text());
                        yield new Predicate("[" + attribute + "~=^" + literal(value) + "]", true);
                    }
                    default -> throw new Untranslatable();
                };
                next(Kind.RPAREN);
                return p;
            }
            throw new Untranslatable();
        }

        /** {@code contains(@x, 'v')} or the class-token idiom, after {@code contains(}. */
        private Predicate contains() {
            if (peek(Kind.AT)) {
                String attribute = attributeRef();
                next(Kind.COMMA);
                String value = nonEmpty(next(Kind.LITERAL).text());
                return new Predicate("[" + attribute + "~=" + literal(value) + "]", true);
            }
            if (!peekName("concat")) {
                throw new Untranslatable();
            }
            pos++;
            next(Kind.LPAREN);
            requireLiteral(" ");
            next(Kind.COMMA);
            if (!peekName("normalize-space")) {
                throw new Untranslatable();
            }
            pos++;
            next(Kind.LPAREN);
            String attribute = attributeRef();
            next(Kind.RPAREN);
            next(Kind.COMMA);
            requireLiteral(" ");
            next(Kind.RPAREN);
            next(Kind.COMMA);
            return new Predicate("[" + attribute + "~=" + tokens(next(Kind.LITERAL).text()) + "]", true);
        }

        private static Predicate comparison(String attribute, boolean equal, String value) {
            String test = "[" + attribute + "~=^" + literal(value) + "\\z]";
            return new Predicate(equal ? test : "[" + attribute + "]:not(" + test + ")", true);
        }

        private void requireLiteral(String value) {
            if (!next(Kind.LITERAL).text().equals(value)) {
                throw new Untranslatable();
            }
        }

        private String attributeRef() {
            next(Kind.AT);
            return attributeName(next(Kind.NAME).text());
        }

        private boolean atEnd() {
            return pos >= tokens.size();
        }

        private boolean peek(Kind kind) {
            return peekAt(0, kind);
        }

        private boolean peekAt(int ahead, Kind kind) {
            return pos + ahead < tokens.size() && tokens.get(pos + ahead).kind() == kind;
        }

        private boolean peekName(String name) {
            return peek(Kind.NAME) && tokens.get(pos).text().equals(name);
        }

        private Token next(Kind kind) {
            if (!peek(kind)) {
                throw new Untranslatable();
            }
            return tokens.get(pos++);
        }
    }

    // ---------------------------------------------------------------- names and values

    private static String elementName(String name) {
        if (!NAME.matcher(name).matches() || MIXED_CASE_ELEMENTS.contains(name)) {
            throw new Untranslatable();
        }
        return name;
    }

    private static String attributeName(String name) {
        if (!NAME.matcher(name).matches() || MIXED_CASE_ATTRIBUTES.contains(name) || name.equals("xmlns")) {
            throw new Untranslatable();
        }
        return name;
    }

    private static String nonEmpty(String value) {
        if (value.isEmpty()) {
            throw new Untranslatable();
        }
        return value;
    }

    /**
     * The regular expression on an attribute's value that finds a string in
     * {@code concat(' ', normalize-space(value), ' ')}: the string is one or more tokens without
     * white space, separated by single spaces, maybe with a space before the first (the token
     * starts a class name) and after the last (it ends one). Other strings are not translated.
     */
    private static String tokens(String s) {
        boolean leading = s.startsWith(" ");
        boolean trailing = s.endsWith(" ");
        String inner = s.substring(leading ? 1 : 0, Math.max(leading ? 1 : 0, s.length() - (trailing ? 1 : 0)));
        if (inner.isEmpty() || inner.startsWith(" ") || inner.endsWith(" ") || inner.contains("  ")
                || inner.indexOf('\t') >= 0 || inner.indexOf('\n') >= 0 || inner.indexOf('\r') >= 0) {
            throw new Untranslatable();
        }
        StringBuilder regex = new StringBuilder(leading ? "(?:^|" + SPACE + ")" : "");
        String[] parts = inner.split(" ");
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : SPACE + "+").append(literal(parts[i]));
        }
        return regex.append(trailing ? "(?:" + SPACE + "|\\z)" : "").toString();
    }

    /**
     * A string as a regular expression matching it literally: ASCII letters, digits, {@code -} and
     * {@code _} as they are, every other character as {@code \x{hex}}.
     */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        value.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                out.append((char) c);
            } else {
                out.append("\\x{").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append('}');
            }
        });
        return out.toString();
    }
}
