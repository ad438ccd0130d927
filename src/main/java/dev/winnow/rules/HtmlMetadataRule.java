package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.internal.Texts;
import dev.winnow.reading.Authors;
import dev.winnow.reading.MetaValues;
import dev.winnow.reading.PageElements;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source.InputShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads page-level metadata of HTML input, each field from its sources in priority order (first
 * writer wins, after JSON-LD): Open Graph and {@code article:*} properties ({@code og}), meta name
 * tags ({@code meta}), {@code <title>} with the site name removed ({@code title-tag}), the first
 * {@code <h1>} ({@code h1}), {@code <time datetime>} ({@code time}), {@code <html lang>}
 * ({@code html-lang}) and {@code <link rel=canonical>} ({@code link}). URLs are resolved against the
 * page URL or {@code <base href>}.
 */
public final class HtmlMetadataRule implements Rule {
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·:»-]{1,2}\\s+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|–—·:»-]{1,2}\\s*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|–—·:»-]{1,2}\\s+");

    /** Creates the rule. */
    public HtmlMetadataRule() {}

    @Override public String id() { return StandardRules.HTML_METADATA; }

    @Override public Phase phase() { return Phase.METADATA; }

    @Override public boolean appliesTo(InputShape shape) { return shape == InputShape.HTML; }

    @Override public String description() {
        return "In HTML, takes metadata from Open Graph, meta tags, <title>, <h1>, <time>, <html lang> and the canonical link.";
    }

    @Override
    public void apply(Draft draft) {
        Document doc = draft.source().document();
        PageElements elements = PageElements.of(draft);
        Map<String, String> metas = metaIndex(doc, elements);
        Element h1 = elements.selectFirst("h1", "h1");
        draft.metadata(MetadataField.SITE_NAME, meta(metas, "og:site_name"), "og");
        draft.metadata(MetadataField.SITE_NAME, meta(metas, "application-name"), "meta");
        String site = draft.metadata(MetadataField.SITE_NAME);
        draft.metadata(MetadataField.TITLE, withoutSiteName(meta(metas, "og:title"), site, h1), "og");
        draft.metadata(MetadataField.TITLE, withoutSiteName(meta(metas, "twitter:title"), site, h1), "meta");
        draft.metadata(MetadataField.TITLE, withoutSiteName(doc.title(), site, h1), "title-tag");
        draft.metadata(MetadataField.TITLE, h1 == null ? null : Texts.normalizeSpace(h1.text()), "h1");
        draft.authors(Authors.valid(values(metas, "author", "article:author", "dc.creator", "parsely-author")), "meta");
        draft.metadata(MetadataField.PUBLISHED, meta(metas, "article:published_time"), "og");
        draft.metadata(MetadataField.PUBLISHED, first(metas, "datePublished", "date", "pubdate", "publish-date",
                "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"), "meta");
        draft.metadata(MetadataField.PUBLISHED, time(elements), "time");
        draft.metadata(MetadataField.MODIFIED, meta(metas, "article:modified_time"), "og");
        draft.metadata(MetadataField.MODIFIED, meta(metas, "og:updated_time"), "og");
        draft.metadata(MetadataField.MODIFIED, first(metas, "dateModified", "last-modified", "dcterms.modified"), "meta");
        draft.metadata(MetadataField.DESCRIPTION, meta(metas, "og:description"), "og");
        draft.metadata(MetadataField.DESCRIPTION, meta(metas, "description"), "meta");
        draft.metadata(MetadataField.IMAGE, MetaValues.absoluteUrl(draft, meta(metas, "og:image")), "og");
        draft.metadata(MetadataField.IMAGE, MetaValues.absoluteUrl(draft, meta(metas, "twitter:image")), "meta");
        Element html = elements.selectFirst("html", "html");
        if (html != null) {
            draft.metadata(MetadataField.LANGUAGE, MetaValues.languageCode(html.attr("lang")), "html-lang");
        }
        draft.metadata(MetadataField.LANGUAGE, MetaValues.languageCode(meta(metas, "og:locale")), "og");
        Element canonical = elements.selectFirst("link", "link[rel=canonical][href]");
        if (canonical != null) {
            draft.metadata(MetadataField.CANONICAL_URL, MetaValues.absoluteUrl(draft, canonical.attr("href")), "link");
        }
        draft.metadata(MetadataField.CANONICAL_URL, MetaValues.absoluteUrl(draft, meta(metas, "og:url")), "og");
    }

    /**
     * The first non-empty {@code content} of the meta elements for each lower-cased
     * {@code property}, {@code name} and {@code itemprop}, in page order. Meta elements are read
     * from the head, or from the whole page when the head has none (some pages put them in the body).
     */
    private static Map<String, String> metaIndex(Document doc, PageElements page) {
        List<Element> all = page.select("meta", "meta[content]");
        Element head = doc.head();
        List<Element> elements = head == null ? List.of() : inside(head, all);
        if (elements.isEmpty()) {
            elements = all;
        }
        Map<String, String> index = new HashMap<>();
        for (Element e : elements) {
            String v = e.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String attribute : META_KEYS) {
                String key = e.attr(attribute);
                if (!key.isEmpty()) {
                    index.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
                }
            }
        }
        return index;
    }

    /** The elements that lie inside {@code ancestor}, in their order. */
    private static List<Element> inside(Element ancestor, List<Element> elements) {
        List<Element> inside = new ArrayList<>();
        for (Element e : elements) {
            for (Element a = e; a != null; a = a.parent()) {
                if (a == ancestor) {
                    inside.add(e);
                    break;
                }
            }
        }
        return inside;
    }

    private static String meta(Map<String, String> metas, String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private static @Nullable String first(Map<String, String> metas, String... keys) {
        for (String key : keys) {
            String v = meta(metas, key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first value of the keys that is not a URL, as a list (empty or one value). */
    private static List<String> values(Map<String, String> metas, String... keys) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            String v = meta(metas, key);
            if (v != null && !v.startsWith("http")) {
                values.add(v);
                break;
            }
        }
        return values;
    }

    private static @Nullable String time(PageElements elements) {
        Element e = elements.selectFirst("time", "time[itemprop=datePublished][datetime], time[pubdate][datetime], time[datetime]");
        return e == null ? null : e.attr("datetime").strip();
    }

    /**
     * A page title without its site name part ("Headline | Site" gives "Headline"); the part is
     * recognised by the site name, or by the page's first {@code <h1>} ({@code null} if none) being
     * the longest part (a logo in an {@code <h1>} names the shorter part). {@code null} for a blank
     * or missing title.
     */
    static @Nullable String withoutSiteName(String raw, @Nullable String siteName, @Nullable Element h1) {
        String title = raw == null ? "" : Texts.normalizeSpace(raw);
        if (title.isEmpty()) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        if (siteName != null) {
            String site = Fold.line(siteName);
            if (Fold.line(parts[parts.length - 1]).equals(site)) {
                return TRAILING_SEPARATOR.matcher(title.substring(0, title.lastIndexOf(parts[parts.length - 1]))).replaceFirst("");
            }
            if (Fold.line(parts[0]).equals(site)) {
                return LEADING_SEPARATOR.matcher(title.substring(parts[0].length())).replaceFirst("");
            }
        }
        if (h1 != null) {
            String heading = Fold.line(h1.text());
            String longest = parts[0];
            for (String part : parts) {
                longest = part.length() > longest.length() ? part : longest;
            }
            if (Fold.line(longest).equals(heading)) {
                return longest.strip();
            }
        }
        return title;
    }
}
