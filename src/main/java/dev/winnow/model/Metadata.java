package dev.winnow.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Facts about the page. Each field is {@code null} (or an empty list) when the page does not
 * support a value: Winnow never invents one.
 *
 * @param title        the headline
 * @param authors      the authors' names, in page order
 * @param published    the publication date ({@code yyyy-MM-dd}) or date-time (ISO 8601)
 * @param modified     the last modification date or date-time, kept apart from {@code published}
 * @param siteName     the publication's name
 * @param language     the body language as an ISO 639-1 code
 * @param canonicalUrl the canonical URL of the page
 * @param image        the lead image URL
 * @param description  the page's summary or standfirst
 * @param nextPageUrl  the next page of a multi-page article, when a site rule names it (never fetched)
 * @param singlePageUrl the single-page ("print") view of the article, when a site rule names it
 * @param sponsored    whether a site rule found a sponsored-content clue on the page
 * @param provenance   for each field that has a value, the source that gave it, keyed by field name
 *                     ({@code title}, {@code authors}, {@code published}, ...): {@code json-ld},
 *                     {@code og}, {@code meta}, {@code title-tag}, {@code h1}, {@code time},
 *                     {@code html-lang}, {@code link}, {@code headline}, {@code byline},
 *                     {@code dateline}, {@code url}, {@code detected}
 */
public record Metadata(@Nullable String title, List<String> authors, @Nullable String published,
        @Nullable String modified, @Nullable String siteName, @Nullable String language,
        @Nullable String canonicalUrl, @Nullable String image, @Nullable String description,
        @Nullable String nextPageUrl, @Nullable String singlePageUrl, boolean sponsored,
        Map<String, String> provenance) {
    /** Copies the authors and the provenance. */
    public Metadata {
        authors = List.copyOf(authors);
        provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** Metadata with no known field. @return the empty metadata */
    public static Metadata empty() {
        return new Metadata(null, List.of(), null, null, null, null, null, null, null, null, null, false, Map.of());
    }
}
