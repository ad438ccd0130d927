package dev.winnow.rule;

import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * What the blocks of a draft were cut from.
 *
 * <p><b>The document is read-only for block rules.</b> A {@link Rule} may read {@link #document()}
 * and the elements of {@link Origin#element()}, and must never change them: the blocks are already
 * cut from the document, so a change would not reach the output but would mislead every later
 * rule; and when the caller passed its own parsed document and no document rule runs, it is the
 * caller's document. Jsoup has no read-only view, so this is a contract, held by a test over the
 * standard rules, not a run-time check. Only a {@link DocumentRule} edits the document, on the
 * cleaner's own copy, before segmentation.
 *
 * @param kind     the input shape
 * @param url      the page URL, or {@code null}
 * @param document the parsed page for HTML input (read it, never change it), {@code null} for text
 *                 input
 */
public record Source(InputShape kind, @Nullable String url, @Nullable Document document) {

    /** The two input shapes Winnow cleans. */
    public enum InputShape {
        /** Raw HTML. */
        HTML,
        /** Text a scraper already flattened. */
        TEXT
    }

    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "^\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//(?:[^/?#@\\s]*@)?(\\[[^]]*]|[^/?#:\\s]+)");

    /** The longest host name DNS allows (253 characters; 255 as an encoded name). */
    private static final int MAX_HOST_LENGTH = 255;

    /**
     * The host of {@link #url()}: lower case, internationalised names in their ASCII (punycode)
     * form, no trailing dot; {@code null} when there is no URL or it names no host, and for a host
     * longer than 255 characters (no DNS name is, and site lookup would otherwise try each of its
     * many suffixes).
     *
     * @return the host
     */
    public @Nullable String host() {
        if (url == null) {
            return null;
        }
        java.util.regex.Matcher m = HOST.matcher(url);
        return m.find() && m.end(1) - m.start(1) <= MAX_HOST_LENGTH ? normalizeHost(m.group(1)) : null;
    }

    /**
     * Normalises a host name for comparison: ASCII (punycode) form, lower case, no trailing dot.
     *
     * @param host the host
     * @return the normalised host, or {@code null} if empty
     */
    public static @Nullable String normalizeHost(String host) {
        String h = host.strip();
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty()) {
            return null;
        }
        try {
            h = java.net.IDN.toASCII(h, java.net.IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            // not a valid IDN (for example an underscore label): compare it as written
        }
        return h.toLowerCase(java.util.Locale.ROOT);
    }
}
