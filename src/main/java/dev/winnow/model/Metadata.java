package dev.winnow.model;

import java.util.List;

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
 * @param description  the page's summary or standfirst
 */
public record Metadata(String title, List<String> authors, String published, String modified,
        String siteName, String language, String canonicalUrl, String description) {
    /** Copies the authors. */
    public Metadata {
        authors = List.copyOf(authors);
    }

    /** Metadata with no known field. */
    public static Metadata empty() {
        return new Metadata(null, List.of(), null, null, null, null, null, null);
    }
}
