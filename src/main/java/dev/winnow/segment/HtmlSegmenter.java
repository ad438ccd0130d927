package dev.winnow.segment;

import dev.winnow.internal.Queries;
import dev.winnow.internal.Texts;
import dev.winnow.internal.Urls;
import dev.winnow.model.Inline;
import dev.winnow.rule.Block;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Origin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a parsed HTML page into blocks: every block-level element (and every {@code <br>}) closes the
 * text gathered so far. Each block records its structural kind from the nearest structural ancestor
 * (heading, list item, quote, pre, table row, caption; the rows of a table that lays out the page
 * ({@link LayoutTables}) are not table rows but hold paragraphs) and the features rules use: tag path, class
 * and id tokens, link density, a link target when the block is one link, and hidden state. Script,
 * style, form controls and other non-text elements are skipped. The traversal is iterative, so deep
 * documents cannot overflow the stack. Stateless and thread-safe.
 */
public final class HtmlSegmenter {
    /** What the walk does with an element, by its tag name ({@link #action}). */
    private static final int OTHER = 0;
    /** Script, style, form controls and other elements without text: skipped with what they hold. */
    private static final int SKIP = 1;
    /** {@code <br>}: closes the text so far. */
    private static final int BREAK = 2;
    /** A table cell: cells are joined with tabs. */
    private static final int CELL = 3;
    /** A block-level element (other than a cell, a row or {@code <pre>}): closes the text before and after it. */
    private static final int BLOCK = 4;
    /** A table row: a block whose cells are counted anew. */
    private static final int ROW = 5;
    /** {@code <pre>}: a block whose white space is kept. */
    private static final int PRE = 6;
    /** {@code <a>}: a link if it has an {@code href}. */
    private static final int ANCHOR = 7;
    private static final int EMPHASIS = 8;
    private static final int STRONG = 9;
    private static final int CODE = 10;
    private static final int MAX_ANCESTORS = 40;
    /** How many ancestors of a text node are searched for the link it may sit in. */
    private static final int LINK_HOPS = 8;
    /** How many elements a block's tag path names. */
    private static final int PATH_LENGTH = 8;

    /** Creates a segmenter. */
    public HtmlSegmenter() {}

    /** What the walk does with an element of a tag name: one of the constants above, in one lookup. */
    private static int action(String tag) {
        return switch (tag) {
            case "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas",
                    "select", "option", "textarea", "input", "button", "audio", "video", "map" -> SKIP;
            case "br" -> BREAK;
            case "td", "th" -> CELL;
            case "tr" -> ROW;
            case "pre" -> PRE;
            case "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
                    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                    "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "section", "summary", "table",
                    "tbody", "tfoot", "thead", "ul", "caption" -> BLOCK;
            case "a" -> ANCHOR;
            case "em", "i" -> EMPHASIS;
            case "strong", "b" -> STRONG;
            case "code" -> CODE;
            default -> OTHER;
        };
    }

    /** The level of a heading tag name ({@code h1} to {@code h6}), or 0 for other tags. */
    private static int headingLevel(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
    }

    /**
     * Segments a parsed page.
     *
     * @param document the page
     * @return the blocks, indexed from 0
     */
    public List<Block> segment(Document document) {
        return segment(document, Integer.MAX_VALUE, Integer.MAX_VALUE).blocks();
    }

    /**
     * Segments a parsed page, visiting at most {@code maxNodes} nodes and cutting at most
     * {@code maxBlocks} blocks.
     *
     * @param document  the page
     * @param maxNodes  the most DOM nodes to visit
     * @param maxBlocks the most blocks to cut
     * @return the blocks, and a warning if a limit was reached
     */
    public Segmented segment(Document document, int maxNodes, int maxBlocks) {
        return segment(document, maxNodes, maxBlocks, Long.MAX_VALUE);
    }

    /**
     * Segments a parsed page within node, block and text limits.
     *
     * @param document  the page
     * @param maxNodes  the most DOM nodes to visit
     * @param maxBlocks the most blocks to cut
     * @param maxChars  the most characters of block text
     * @return the blocks, and a warning if a limit was reached
     */
    public Segmented segment(Document document, int maxNodes, int maxBlocks, long maxChars) {
        Element root = document.body() != null ? document.body() : document;
        Walk walk = new Walk(maxNodes, maxBlocks, maxChars, new LinkResolver(root.baseUri()));
        traverse(walk, root);
        walk.flush(null);
        String warning = walk.nodes > maxNodes ? "more than " + maxNodes + " HTML nodes: the rest of the page was not cleaned"
                : walk.blocks.size() >= maxBlocks ? "more than " + maxBlocks + " blocks: the rest of the page was not cleaned"
                : walk.chars > maxChars || walk.textCut
                        ? "more than " + maxChars + " characters of text: the rest of the page was not cleaned"
                : null;
        return new Segmented(walk.blocks, warning);
    }

    /**
     * Visits the nodes under {@code root} in document order, as {@link org.jsoup.select.NodeTraversor#filter}
     * does with a filter that only continues, skips entirely or stops, but steps to the next sibling
     * by the index of the child in its parent rather than asking each node for it.
     */
    private static void traverse(Walk walk, Element root) {
        Element[] parents = new Element[32]; // the elements entered, by depth
        int[] indexes = new int[32]; // the index of the child being visited in each
        Node node = root;
        int depth = 0;
        while (true) {
            FilterResult result = walk.head(node, depth);
            if (result == FilterResult.STOP) {
                return;
            }
            if (result == FilterResult.CONTINUE && node.childNodeSize() > 0) {
                if (depth == parents.length) {
                    parents = Arrays.copyOf(parents, depth * 2);
                    indexes = Arrays.copyOf(indexes, depth * 2);
                }
                parents[depth] = (Element) node;
                indexes[depth] = 0;
                node = node.childNode(0);
                depth++;
                continue;
            }
            if (result == FilterResult.CONTINUE && walk.tail(node, depth) == FilterResult.STOP) {
                return;
            }
            while (true) { // on to the next sibling, closing the elements that have none
                if (depth == 0) {
                    return;
                }
                Element parent = parents[depth - 1];
                int next = ++indexes[depth - 1];
                if (next < parent.childNodeSize()) {
                    node = parent.childNode(next);
                    break;
                }
                depth--;
                if (walk.tail(parent, depth) == FilterResult.STOP) {
                    return;
                }
            }
        }
    }

    private static final class Walk implements NodeFilter {
        private final List<Block> blocks = new ArrayList<>();
        private final Map<Element, Integer> listIds = new IdentityHashMap<>();
        /** Whether each table met so far lays out the page rather than holding data ({@link LayoutTables}). */
        private final Map<Element, Boolean> layoutTables = new IdentityHashMap<>();
        private final Map<Element, Ancestry> ancestries = new IdentityHashMap<>();
        /** The elements whose ancestry is being worked out, nearest first (reused). */
        private final List<Element> unknown = new ArrayList<>();
        private final ClassNames classNames = new ClassNames();
        /** The text of the block being gathered. */
        private final InlineText text = new InlineText();
        private final LinkResolver resolver;
        private final int maxNodes;
        private final int maxBlocks;
        private final long maxChars;
        /** Whether a text node was cut to fit {@link #maxChars}: the walk stops after its block. */
        private boolean textCut;
        private int nodes;
        private long chars;
        private int linkChars;
        private int links;
        /** The {@code href} of the block's last link, as written (resolved only if the block uses it). */
        private String href;
        private Element current;
        /** The {@link #action} of each element on the path from the root to the node visited, by depth. */
        private int[] actions = new int[64];
        private int preDepth;
        /** Whether a {@code <pre>} was entered: until one is, no block lies inside one. */
        private boolean sawPre;
        private int cellCount;

        Walk(int maxNodes, int maxBlocks, long maxChars, LinkResolver links) {
            this.resolver = links;
            this.maxNodes = maxNodes;
            this.maxBlocks = maxBlocks;
            this.maxChars = maxChars;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (++nodes > maxNodes || blocks.size() >= maxBlocks || chars > maxChars || textCut) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
                int start = text.length();
                String whole = t.getWholeText();
                long room = maxChars - chars - text.length();
                if (whole.length() > room) { // one huge text node: gather only what the budget holds
                    whole = whole.substring(0, (int) Math.max(0, room));
                    textCut = true;
                }
                if (preDepth > 0) {
                    text.append(whole);
                } else {
                    text.appendNormalisedWhitespace(whole);
                }
                if (text.length() > start) {
                    if (inLink(depth)) {
                        linkChars += text.strippedLength(start);
                    }
                    if (current == null) {
                        current = t.parent();
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            int action = action(e.normalName());
            if (action == SKIP) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (depth == actions.length) {
                actions = Arrays.copyOf(actions, depth * 2);
            }
            actions[depth] = action;
            if (action == BREAK) {
                flush(e.parent());
            } else if (action == CELL) {
                if (cellCount++ > 0) {
                    text.append('\t');
                }
            } else if (action == BLOCK || action == ROW || action == PRE) {
                flush(e);
                if (action == ROW) {
                    cellCount = 0;
                }
            } else if (action == ANCHOR && e.hasAttr("href")) {
                links++;
                href = e.attr("href");
            }
            Inline.Type type = inlineType(action, e);
            if (type != null) {
                text.open(type, type == Inline.Type.LINK ? href : null);
            }
            if (action == PRE) {
                preDepth++;
                sawPre = true;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                int action = actions[depth];
                if (action == PRE) {
                    preDepth--;
                }
                Inline.Type type = inlineType(action, e);
                if (type != null) {
                    text.close(type);
                }
                if (action == BLOCK || action == ROW || action == PRE) {
                    flush(e.parent());
                }
            }
            return FilterResult.CONTINUE;
        }

        /** The inline markup an element (whose {@link #action} is {@code action}) stands for, or {@code null}. */
        private Inline.@Nullable Type inlineType(int action, Element e) {
            if (preDepth > 0) {
                return null;
            }
            return switch (action) {
                case ANCHOR -> e.hasAttr("href") ? Inline.Type.LINK : null;
                case EMPHASIS -> Inline.Type.EMPHASIS;
                case STRONG -> Inline.Type.STRONG;
                case CODE -> Inline.Type.CODE;
                default -> null;
            };
        }

        /**
         * Whether a text node at {@code depth} sits in an {@code <a>} within {@value #LINK_HOPS}
         * ancestors (the root, {@code <body>}, has no {@code <a>} above it).
         */
        private boolean inLink(int depth) {
            for (int d = depth - 1; d >= 0 && d >= depth - LINK_HOPS; d--) {
                if (actions[d] == ANCHOR) {
                    return true;
                }
            }
            return false;
        }

        /** Closes the block gathered so far; {@code next} becomes the element of the next block. */
        void flush(Element next) {
            Element element = current;
            current = next;
            if (text.hasContent() && element != null) { // most flushes have no text but white space: nothing to cut
                cut(element);
            }
            text.clear();
            linkChars = 0;
            links = 0;
            href = null;
        }

        /** Cuts the gathered text of {@code element} into a block, if it has a word character and fits the limits. */
        private void cut(Element element) {
            InlineText.Result marked = text.extract();
            boolean pre = sawPre && hasAncestor(element, "pre");
            String t = pre ? text.plain().strip() : marked.text();
            if (!Texts.hasWordCharacter(t)) {
                return;
            }
            Kind kind = Kind.PARAGRAPH;
            int level = 0;
            int listId = -1;
            boolean ordered = false;
            Ancestry ancestry = ancestry(element);
            Element p = ancestry.structural(); // the nearest structural element decides the kind
            String tag = p == null ? "" : p.normalName();
            if (headingLevel(tag) > 0) {
                kind = Kind.HEADING;
                level = headingLevel(tag);
            } else if (tag.equals("li")) {
                kind = Kind.LIST_ITEM;
                Element list = p.parent();
                listId = listIds.computeIfAbsent(list == null ? p : list, k -> listIds.size());
                ordered = list != null && list.normalName().equals("ol");
            } else if (tag.equals("blockquote")) {
                kind = Kind.QUOTE;
            } else if (tag.equals("pre")) {
                kind = Kind.PREFORMATTED;
            } else if (tag.equals("tr")) {
                Element table = p.closest(Queries.evaluator("table"));
                if (table == null || !layoutTables.computeIfAbsent(table, LayoutTables::isLayout)) {
                    kind = Kind.TABLE_ROW;
                    listId = listIds.computeIfAbsent(table == null ? p : table, k -> listIds.size());
                }
            } else if (tag.equals("figcaption") || tag.equals("caption")) {
                kind = Kind.CAPTION;
            }
            List<Inline> inlines = kind == Kind.PARAGRAPH || kind == Kind.QUOTE ? resolved(marked.inlines()) : List.of();
            if (kind == Kind.TABLE_ROW) {
                t = cells(text.plain());
            }
            String linkTarget = kind == Kind.CAPTION ? figureImage(element)
                    : links == 1 && linkChars * 10 >= t.length() * 9 ? resolver.resolve(href) : null;
            double density = t.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) t.length());
            chars += t.length();
            if (blocks.size() >= maxBlocks || chars > maxChars) {
                return;
            }
            blocks.add(new Block(blocks.size(), t, inlines, kind, level, listId, ordered,
                    new Origin(ancestry.tagPath(), ancestry.tokens(), density, linkTarget, ancestry.hidden(), 0, element)));
        }

        /** The inlines with their links made absolute (links are resolved only for the blocks that keep them). */
        private List<Inline> resolved(List<Inline> inlines) {
            if (inlines.isEmpty()) {
                return inlines;
            }
            List<Inline> resolved = new ArrayList<>(inlines.size());
            for (Inline i : inlines) {
                resolved.add(i.type() != Inline.Type.LINK || i.href() == null ? i
                        : new Inline(i.start(), i.end(), i.type(), resolver.resolve(i.href())));
            }
            return resolved;
        }

        /** Normalised text; table cells (tab-separated) are normalised one by one, so no cell keeps stray spaces. */
        private static String cells(String raw) {
            if (raw.indexOf('\t') < 0) {
                return Texts.normalizeSpace(raw);
            }
            String[] cells = raw.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = Texts.normalizeSpace(cells[i]);
            }
            return String.join("\t", cells);
        }

        /** The absolute URL of the image of the figure a caption belongs to, or {@code null}. */
        private static @Nullable String figureImage(Element caption) {
            Element figure = caption.closest(Queries.evaluator("figure"));
            Element img = figure == null ? null : figure.selectFirst(Queries.evaluator("img[src], img[data-src]"));
            if (img == null) {
                return null;
            }
            String src = Urls.resolve(img.baseUri(), img.attr(img.hasAttr("src") ? "src" : "data-src")); // as img.absUrl gives it
            return src.isEmpty() ? null : src;
        }

        private static boolean hasAncestor(Element e, String tag) {
            int hops = 0;
            for (Element p = e; p != null && hops < MAX_ANCESTORS; p = p.parent(), hops++) {
                if (p.normalName().equals(tag)) {
                    return true;
                }
            }
            return false;
        }

        /** The ancestry of an element, worked out once per element (and with it, once per ancestor). */
        private Ancestry ancestry(Element e) {
            Ancestry known = ancestries.get(e);
            if (known != null) {
                return known;
            }
            Element p = e;
            Ancestry above = null;
            while (p != null && (above = ancestries.get(p)) == null) {
                unknown.add(p);
                p = p.parent();
            }
            for (int i = unknown.size() - 1; i >= 0; i--) {
                Element next = unknown.get(i);
                above = Ancestry.below(above, next, classNames);
                ancestries.put(next, above);
            }
            unknown.clear();
            return above;
        }
    }

    /**
     * What an element inherits from itself and its ancestors within {@link #MAX_ANCESTORS} elements:
     * their class and id tokens, and whether one of them is hidden ({@code hidden},
     * {@code aria-hidden}, {@code display:none}, {@code visibility:hidden}). Also how many elements
     * its chain up to the document has (itself included). The token set is made when a block first
     * asks for it, and an element without tokens of its own shares its parent's.
     */
    private static final class Ancestry {
        private static final String[] NONE = new String[0];
        /**
         * The most token comparisons (new tokens times all tokens) a union makes in place rather
         * than through a hash set: a real page's unions stay far below it, and the set is built
         * only for an element with hundreds of names or under ancestors with hundreds.
         */
        private static final int SHORT_UNION = 1024;

        private final String[] tokens;
        private final boolean hidden;
        /** Whether the element or an ancestor is sectioning content or {@code <main>} ({@link #isSectioning}). */
        private final boolean sectioned;
        private final int length;
        /** The ancestry whose token set this one shares: itself when its tokens are its own. */
        private final Ancestry owner;
        /** The parent's ancestry, or {@code null} at the top. */
        private final Ancestry parent;
        /** The element's step of a tag path ({@code div.story}), or {@code null} for the document, which has none. */
        private final String step;
        /**
         * The ancestry of the nearest of the element and its ancestors that gives a block its
         * {@link Kind} ({@link #isStructural}), or {@code null}.
         */
        private final Ancestry structural;
        /** The element, if it is {@link #isStructural structural}. */
        private final Element structuralElement;
        private Set<String> set;
        private String tagPath;

        private Ancestry(Element e, String[] tokens, boolean hidden, int length, Ancestry owner, Ancestry parent,
                String step) {
            this.tokens = tokens;
            this.hidden = hidden;
            this.sectioned = isSectioning(e.normalName()) || parent != null && parent.sectioned;
            this.length = length;
            this.owner = owner == null ? this : owner;
            this.parent = parent;
            this.step = step;
            this.structuralElement = isStructural(e.normalName()) ? e : null;
            this.structural = structuralElement != null ? this : parent == null ? null : parent.structural;
        }

        /** Whether an element of a tag name gives the blocks inside it their kind: a heading, list item, quote, pre, table row or caption. */
        private static boolean isStructural(String tag) {
            return headingLevel(tag) > 0 || tag.equals("li") || tag.equals("blockquote") || tag.equals("pre") || tag.equals("tr")
                    || tag.equals("figcaption") || tag.equals("caption");
        }

        /**
         * The nearest of the element and its ancestors within {@link #MAX_ANCESTORS} elements that
         * {@link #isStructural is structural}, or {@code null}.
         */
        @Nullable Element structural() {
            return structural != null && length - structural.length < MAX_ANCESTORS ? structural.structuralElement : null;
        }

        /**
         * The ancestry of {@code e}, whose parent's ancestry is {@code parent} ({@code null} at the
         * top), splitting class attributes with {@code names}.
         */
        static Ancestry below(Ancestry parent, Element e, ClassNames names) {
            int length = parent == null ? 1 : parent.length + 1;
            ClassNames.Split classes = names.of(e.className());
            String tag = e.normalName();
            String step = tag.equals("#root") ? null : step(tag, classes);
            boolean sectioned = parent != null && parent.sectioned;
            if (length > MAX_ANCESTORS) {
                return new Ancestry(e, tokensUpTo(e, MAX_ANCESTORS, names), hiddenUpTo(e, MAX_ANCESTORS), length, null, parent, step);
            }
            boolean hidden = isHidden(e) || parent != null && parent.hidden;
            String[] inherited = parent == null ? NONE : parent.tokens;
            String[] all = union(inherited, ownTokens(e, classes, sectioned));
            return new Ancestry(e, all, hidden, length, all == inherited && parent != null ? parent.owner : null, parent, step);
        }

        /** A tag name with the first of the class names as {@code .name}, if there is one. */
        private static String step(String tag, ClassNames.Split classes) {
            return classes.first().isEmpty() ? tag : tag + '.' + classes.first();
        }

        /**
         * The path of the nearest {@value #PATH_LENGTH} elements down to this one, such as
         * {@code body>div.story>p} (the document itself is never part of it), made once.
         */
        String tagPath() {
            if (tagPath == null) {
                String[] steps = new String[PATH_LENGTH];
                int count = 0;
                int chars = 0;
                for (Ancestry a = this; a != null && count < PATH_LENGTH && a.step != null; a = a.parent) {
                    steps[count++] = a.step;
                    chars += a.step.length() + 1;
                }
                StringBuilder path = new StringBuilder(chars);
                for (int i = count - 1; i >= 0; i--) {
                    if (i < count - 1) {
                        path.append('>');
                    }
                    path.append(steps[i]);
                }
                tagPath = path.toString();
            }
            return tagPath;
        }

        /** The class and id tokens, as an immutable set. */
        Set<String> tokens() {
            if (owner.set == null) {
                owner.set = Set.of(owner.tokens);
            }
            return owner.set;
        }

        /** Whether the element or one of its ancestors is hidden. */
        boolean hidden() {
            return hidden;
        }

        /**
         * The inherited tokens followed by the new ones among {@code own}; {@code inherited} itself if
         * none is new. Short lists are searched in place; long ones (an element with hundreds of
         * class names, or ancestors with hundreds) through a hash set, so the union stays linear in
         * their length.
         */
        private static String[] union(String[] inherited, List<String> own) {
            if (own.isEmpty()) {
                return inherited;
            }
            String[] all = Arrays.copyOf(inherited, inherited.length + own.size());
            int count = inherited.length;
            Set<String> seen = (long) own.size() * all.length > SHORT_UNION ? new HashSet<>(Arrays.asList(inherited)) : null;
            for (String token : own) {
                if (seen != null ? seen.add(token) : !contains(all, count, token)) {
                    all[count++] = token;
                }
            }
            return count == inherited.length ? inherited : Arrays.copyOf(all, count);
        }

        /** Whether one of the first {@code count} tokens is {@code token}. */
        private static boolean contains(String[] tokens, int count, String token) {
            for (int i = 0; i < count; i++) {
                if (tokens[i].equals(token)) {
                    return true;
                }
            }
            return false;
        }

        /** The distinct tokens of an element and its ancestors, {@code hops} elements at most. */
        private static String[] tokensUpTo(Element e, int hops, ClassNames names) {
            Set<String> tokens = new LinkedHashSet<>();
            int seen = 0;
            for (Element p = e; p != null && seen < hops; p = p.parent(), seen++) {
                tokens.addAll(ownTokens(p, names.of(p.className()), false));
            }
            return tokens.toArray(NONE);
        }

        /** Whether an element or one of its ancestors, {@code hops} elements at most, is hidden. */
        private static boolean hiddenUpTo(Element e, int hops) {
            int seen = 0;
            for (Element p = e; p != null && seen < hops; p = p.parent(), seen++) {
                if (isHidden(p)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether an element itself is hidden. A {@code <div hidden id="S:…">} is not: React's
         * streaming server rendering sends each part of the page that was not ready in time in such
         * a div, and a script moves it in place of its {@code <template id="B:…">} placeholder.
         */
        private static boolean isHidden(Element p) {
            if (p.hasAttr("hidden") && !isStreamedPart(p) || "true".equalsIgnoreCase(p.attr("aria-hidden"))) {
                return true;
            }
            String style = p.attr("style");
            if (!style.isEmpty()) {
                String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
                return s.contains("display:none") || s.contains("visibility:hidden");
            }
            return false;
        }

        /** Whether a tag is sectioning content ({@code article}, {@code aside}, {@code nav}, {@code section}) or {@code main}. */
        private static boolean isSectioning(String tag) {
            return tag.equals("article") || tag.equals("aside") || tag.equals("nav") || tag.equals("section")
                    || tag.equals("main");
        }

        /** A {@code <div hidden>} whose id is {@code S:} and a hexadecimal number: a part React streams for a script to show. */
        private static boolean isStreamedPart(Element p) {
            String id = p.id();
            if (id.length() < 3 || !id.startsWith("S:") || !p.normalName().equals("div")) {
                return false;
            }
            for (int i = 2; i < id.length(); i++) {
                if (Character.digit(id.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The lower-cased class names and id of one element, and {@code <tag>} for page-region tags,
         * for an element whose class attribute is {@code classes}. As in HTML's mapping to ARIA
         * landmarks, a {@code <header>} is the page's banner ({@code <header>}) only outside
         * sectioning content and {@code <main>} ({@code inSection} false); inside them it is the
         * header of that section ({@code <section-header>}): an article's headline, kicker and
         * standfirst, or a whole post a page builder wrapped in one. (A {@code <footer>} is furniture
         * wherever it is: a section's footer holds its tags, share row and sign-up form.)
         */
        private static List<String> ownTokens(Element p, ClassNames.Split classes, boolean inSection) {
            String id = p.id();
            String tag = p.normalName();
            boolean region = tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("header");
            List<String> classTokens = classes.lowerCased();
            if (id.isEmpty() && !region) {
                return classTokens;
            }
            List<String> tokens = new ArrayList<>(classTokens.size() + 2);
            tokens.addAll(classTokens);
            if (!id.isEmpty()) {
                tokens.add(id.toLowerCase(Locale.ROOT));
            }
            if (region) {
                tokens.add(inSection && tag.equals("header") ? "<section-header>" : "<" + tag + ">");
            }
            return tokens;
        }
    }

    /**
     * The names of class attributes, split once per distinct attribute value of a page (pages
     * repeat their class attributes). Not thread-safe; one per traversal.
     */
    private static final class ClassNames {
        private static final Split NONE = new Split(List.of(), "");
        /**
         * The most class names read from one element (real pages use up to about 300): an element's
         * tokens are copied into each descendant's, so this bounds that work on a page that gives
         * one element thousands of names. The names past it are not tokens; no text is lost.
         */
        static final int MAX_NAMES = 512;

        private final Map<String, Split> splits = new HashMap<>();

        /**
         * The names of a class attribute.
         *
         * @param lowerCased the names, lower-cased
         * @param first      the first name as written, or "" for none
         */
        record Split(List<String> lowerCased, String first) {}

        /** The names of a (trimmed) class attribute. */
        Split of(String classes) {
            if (classes.isEmpty()) {
                return NONE;
            }
            Split split = splits.get(classes);
            if (split == null) {
                String names = classes.strip();
                List<String> lowerCased = new ArrayList<>(2);
                addNames(names, lowerCased);
                split = new Split(List.copyOf(lowerCased), firstName(names));
                splits.put(classes, split);
            }
            return split;
        }

        /** The first of stripped class names: the characters before the first ASCII white space. */
        private static String firstName(String names) {
            int end = 0;
            while (end < names.length() && !Texts.isAsciiSpace(names.charAt(end))) {
                end++;
            }
            return names.substring(0, end);
        }

        /**
         * Adds the lower-cased names of a stripped class attribute, the parts between runs of ASCII
         * white space (as {@code Texts.split} gives them: one empty name when there is none), the
         * first {@link #MAX_NAMES} of them.
         */
        private static void addNames(String names, List<String> tokens) {
            int start = 0;
            for (int i = 0; i <= names.length() && tokens.size() < MAX_NAMES; i++) {
                if (i == names.length() || Texts.isAsciiSpace(names.charAt(i))) {
                    if (i > start || names.isEmpty()) {
                        tokens.add(names.substring(start, i).toLowerCase(Locale.ROOT));
                    }
                    start = i + 1;
                }
            }
        }
    }
}
