package dev.winnow.segment;

import dev.winnow.internal.Urls;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves the links of one page against its base URI, as {@link org.jsoup.nodes.Node#absUrl} does,
 * but parses the base URI once per page instead of once per link and returns links that are already
 * absolute HTTP(S) URLs as they are; each distinct link is resolved once. A link that cannot be
 * resolved is returned unchanged, and so is a link with a {@linkplain Urls#hasForeignScheme scheme
 * java.net.URL has no handler for} ({@code javascript:}, {@code tel:} …), without asking
 * {@link URL} (which would search the class path for a handler on every such link), and so is a
 * link with more than {@value Urls#MAX_DOT_SEGMENTS} dot segments. One instance per page; not
 * thread-safe.
 */
final class LinkResolver {
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
        if (base.isEmpty() || baseInvalid || Urls.hasForeignScheme(h)) {
            return href;
        }
        return resolved.computeIfAbsent(href, this::resolveRelative);
    }

    /** The absolute form of a link that is not an absolute HTTP(S) URL, or {@code href} when there is none. */
    private String resolveRelative(String href) {
        String h = href.strip();
        try {
            if (baseUrl == null) {
                baseUrl = Urls.url(base);
            }
            String absolute = Urls.resolve(baseUrl, h).toExternalForm();
            return absolute.isEmpty() ? href : absolute;
        } catch (MalformedURLException | IllegalArgumentException e) {
            baseInvalid = baseUrl == null;
            return href;
        }
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
