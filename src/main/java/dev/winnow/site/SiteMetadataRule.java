package dev.winnow.site;

import dev.winnow.internal.Urls;
import dev.winnow.reading.Authors;
import dev.winnow.reading.Dates;
import dev.winnow.rule.DocumentDraft;
import dev.winnow.rule.DocumentRule;
import dev.winnow.rule.MetadataField;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the title, authors and publication date from a site's selectors before segmentation, on
 * the page as it is before the site's strips (ftr-site-config reads them first), and so ahead of
 * every generic metadata rule (first writer wins); the next-page and single-page links (resolved against the
 * page URL, never fetched) and its sponsored-content clues. For each field the first selector with a
 * value wins; authors are all values of that selector, validated like other author sources; a date
 * that is not ISO 8601 is read as a calendar date when possible.
 */
final class SiteMetadataRule implements DocumentRule {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final String SOURCE = "site-rules";

    private final SiteConfig site;

    SiteMetadataRule(SiteConfig site) {
        this.site = site;
    }

    @Override public String id() { return SiteRules.METADATA; }

    @Override public String description() {
        return "Site rules (" + site.origin() + "): reads title, authors, date, next/single-page links and sponsored-content clues from the site's selectors.";
    }

    @Override
    public void edit(DocumentDraft draft) {
        PageDom page = PageDom.of(draft);
        draft.metadata(MetadataField.TITLE, first(page, site.title()), SOURCE);
        for (Selector s : site.author()) {
            if (draft.authors(Authors.valid(s.values(page)), SOURCE)) {
                break;
            }
        }
        String date = first(page, site.date());
        if (date != null) {
            draft.metadata(MetadataField.PUBLISHED, ISO.matcher(date).matches() ? date : Dates.isoDate(date), SOURCE);
        }
        draft.metadata(MetadataField.NEXT_PAGE_URL, link(page, site.nextPageLink()), SOURCE);
        draft.metadata(MetadataField.SINGLE_PAGE_URL, link(page, site.singlePageLink()), SOURCE);
        for (Selector s : site.nativeAdClue()) {
            if (!s.elements(page).isEmpty() || !s.values(page).isEmpty()) {
                draft.metadata(MetadataField.SPONSORED, "native_ad_clue " + s, SOURCE);
                break;
            }
        }
    }

    private static @Nullable String first(PageDom page, List<Selector> selectors) {
        for (Selector s : selectors) {
            List<String> values = s.values(page);
            if (!values.isEmpty()) {
                return values.get(0);
            }
        }
        return null;
    }

    /** The first link: an element's {@code href}, or a selected attribute's value, made absolute. */
    private static @Nullable String link(PageDom page, List<Selector> selectors) {
        for (Selector s : selectors) {
            for (Element e : s.elements(page)) {
                String url = absolute(e, "href");
                if (url != null) {
                    return url;
                }
            }
            for (PageDom.Hit hit : s.attributes(page)) {
                String url = absolute(hit.element(), hit.attribute());
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    private static @Nullable String absolute(Element e, String attribute) {
        String raw = e.attr(attribute).strip();
        if (raw.isEmpty()) {
            return null;
        }
        String abs = Urls.resolve(e.baseUri(), e.attr(attribute)); // as e.absUrl(attribute) gives it
        return abs.isEmpty() ? raw : abs;
    }
}
