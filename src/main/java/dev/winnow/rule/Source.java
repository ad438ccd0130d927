package dev.winnow.rule;

import org.jsoup.nodes.Document;

/**
 * What the blocks of a draft were cut from.
 *
 * @param kind     the input shape
 * @param url      the page URL, or {@code null}
 * @param document the parsed page for HTML input, {@code null} for text input
 */
public record Source(InputShape kind, String url, Document document) {

    /** The two input shapes Winnow cleans. */
    public enum InputShape {
        /** Raw HTML. */
        HTML,
        /** Text a scraper already flattened. */
        TEXT
    }

    /** The host of {@link #url()} in lower case, or {@code null}. @return the host */
    public String host() {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
