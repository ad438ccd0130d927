package dev.winnow.segment;

import dev.winnow.internal.Urls;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the links of one page against its base URI, as {@link org.jsoup.nodes.Node#absUrl} does,
 * but parses the base URI once per page instead of once per link and returns links that are already
 * absolute HTTP(S) URLs as they are; each distinct link is resolved once. A link that cannot be
 * resolved is returned unchanged, and so is a link with a scheme {@link URL} has no built-in handler
 * for ({@code javascript:}, {@code tel:}, {@code whatsapp:} …), without asking {@link URL} (which
 * would search the class path for a handler on every such link). One instance per page; not
 * thread-safe.
 */
final class LinkResolver {
    /**
     * The schemes {@link URL} has built-in handlers for, and {@code url}, the prefix it skips before
     * a scheme: links with these go through {@link URL}.
     */
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp", "file", "jar", "jmod", "jrt", "mailto",
            "url");

    private final String base;
    private URL baseUrl;
    private boolean baseInvalid;
    /** The links resolved so far (pages repeat their links). */
    private final Map<String, String> resolved = new HashMap<>();

    /** @param base the page's base URI ("" when unknown) */
    LinkResolver(String base) {
        this.base = base == null ? "" : base;
    }

    /**
     * The absolute form of a link.
     *
     * @param href the attribute value
     * @return the absolute URL, or {@code href} when it cannot be made absolute
     */
    String resolve(String href) {
        String h = href.strip();
        if (startsWithIgnoreCase(h, "https://") || startsWithIgnoreCase(h, "http://")) {
            return h;
        }
        if (base.isEmpty() || baseInvalid || hasForeignScheme(h)) {
            return href;
        }
        return resolved.computeIfAbsent(href, this::resolveRelative);
    }

    /** The absolute form of a link that is not an absolute HTTP(S) URL, or {@code href} when there is none. */
    private String resolveRelative(String href) {
        String h = href.strip();
        try {
            if (baseUrl == null) {
                baseUrl = new URL(base);
            }
            String absolute = Urls.resolve(baseUrl, h).toExternalForm();
            return absolute.isEmpty() ? href : absolute;
        } catch (MalformedURLException | IllegalArgumentException e) {
            baseInvalid = baseUrl == null;
            return href;
        }
    }

    /**
     * Whether a stripped link starts with a scheme (ASCII letter, then letters, digits, {@code +},
     * {@code -} or {@code .}, then {@code :}) that is not one of {@link #URL_SCHEMES}: {@link URL}
     * cannot make such a link absolute.
     */
    private static boolean hasForeignScheme(String h) {
        if (h.isEmpty() || !isAsciiLetter(h.charAt(0))) {
            return false;
        }
        for (int i = 1; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == ':') {
                return !URL_SCHEMES.contains(h.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
