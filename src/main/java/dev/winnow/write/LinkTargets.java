package dev.winnow.write;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Which link targets the HTML and Markdown writers may write: {@code http}, {@code https} and
 * {@code mailto} URLs and relative references. A URL with any other scheme ({@code javascript:},
 * {@code vbscript:}, {@code data:}, {@code file:} ...) is dropped, so that rendered output never
 * runs script a scraped page smuggled into a link. The scheme is read as a browser or a Markdown
 * renderer would read it: in any case, after character references ({@code &#106;avascript:}) and
 * backslash escapes are decoded, and with white space and control characters removed. A target
 * with a colon before its first {@code /}, {@code ?} or {@code #} that does not name one of the
 * three schemes is dropped too. Stateless.
 */
final class LinkTargets {
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    /** How many times references are decoded before the scheme is read (a renderer may decode twice). */
    private static final int DECODINGS = 3;

    private LinkTargets() {}

    /**
     * Whether a target must not be written as a link.
     *
     * @param url the target, or {@code null}
     * @return true if it is not {@code null} and has a scheme other than http, https and mailto
     */
    static boolean unsafe(@Nullable String url) {
        if (url == null) {
            return false;
        }
        String scheme = schemeOf(url);
        return scheme != null && !SAFE_SCHEMES.contains(scheme);
    }

    /**
     * The lower-cased text before the first colon of a decoded target, when that colon comes before
     * any {@code /}, {@code ?} or {@code #}; {@code null} for a relative reference.
     */
    private static @Nullable String schemeOf(String url) {
        String decoded = url;
        for (int i = 0; i < DECODINGS && decoded.indexOf('&') >= 0; i++) {
            decoded = Parser.unescapeEntities(decoded, false);
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            }
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
            if (c > ' ' && c != '\\' && c != 0x7F) {
                scheme.append(c);
            }
        }
        return null;
    }
}
