package dev.winnow.rules;

import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads page-level metadata of HTML input from the document head: Open Graph and {@code article:*}
 * properties, {@code meta} name/content pairs, {@code <title>}, {@code <html lang>} and the
 * canonical link. Runs first in its phase, so these sources win over text found in the body.
 */
public final class HtmlMetadataRule implements Rule {
    /** Creates the rule. */
    public HtmlMetadataRule() {}

    @Override public String id() { return StandardRules.HTML_METADATA; }

    @Override public Phase phase() { return Phase.METADATA; }

    @Override public String description() {
        return "In HTML, takes title, authors, dates, site name, language, canonical URL and description from the head.";
    }

    @Override
    public void apply(Draft draft) {
        Document doc = draft.source().document();
        if (doc == null) {
            return;
        }
        draft.metadata(MetadataField.TITLE, meta(doc, "og:title"), "og:title");
        draft.metadata(MetadataField.TITLE, doc.title(), "<title>");
        draft.metadata(MetadataField.PUBLISHED, meta(doc, "article:published_time"), "article:published_time");
        draft.metadata(MetadataField.MODIFIED, meta(doc, "article:modified_time"), "article:modified_time");
        draft.metadata(MetadataField.SITE_NAME, meta(doc, "og:site_name"), "og:site_name");
        draft.metadata(MetadataField.DESCRIPTION, meta(doc, "og:description"), "og:description");
        draft.metadata(MetadataField.DESCRIPTION, meta(doc, "description"), "meta description");
        Element html = doc.selectFirst("html");
        if (html != null) {
            draft.metadata(MetadataField.LANGUAGE, language(html.attr("lang")), "<html lang>");
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            draft.metadata(MetadataField.CANONICAL_URL, canonical.absUrl("href").isEmpty()
                    ? canonical.attr("href") : canonical.absUrl("href"), "link rel=canonical");
        }
        List<String> authors = new ArrayList<>();
        for (Element m : doc.select("meta[name=author][content]")) {
            String name = m.attr("content").strip();
            if (!name.isEmpty() && !name.startsWith("http") && !authors.contains(name)) {
                authors.add(name);
            }
        }
        draft.authors(authors, "meta author");
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "][content], meta[name=" + key + "][content]");
        return e == null ? null : e.attr("content");
    }

    private static String language(String lang) {
        String l = lang.strip();
        int dash = l.indexOf('-');
        l = dash > 0 ? l.substring(0, dash) : l;
        return l.matches("[A-Za-z]{2,3}") ? l.toLowerCase(java.util.Locale.ROOT) : null;
    }
}
