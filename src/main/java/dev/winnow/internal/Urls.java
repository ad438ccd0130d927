package dev.winnow.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URL resolution giving exactly what jsoup's {@code StringUtil.resolve} (and so
 * {@link org.jsoup.nodes.Node#absUrl}) gives, step by step, but without its regular expressions
 * on the common path: jsoup removes control characters with a pattern that matches the empty
 * string at every position (a string builder per character), and trims leading dot segments with
 * another; here both are plain loops that return the string itself when there is nothing to
 * remove. Nor does it ask {@link URL} about a link with a {@link #hasForeignScheme foreign scheme}
 * (which would search the class path for a handler on every such link), or about one with more
 * than {@value #MAX_DOT_SEGMENTS} dot segments (which it would take quadratic time to remove): such
 * a link cannot be made absolute. Stateless and thread-safe.
 */
public final class Urls {
    /** A URI scheme, as jsoup recognises one for a link it cannot resolve. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");
    /**
     * The schemes {@link URL} has built-in handlers for, and {@code url}, the prefix it skips before
     * a scheme.
     */
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "ftp", "file", "jar", "jmod", "jrt", "mailto",
            "url");

    /** The most dot segments ({@code ./}, {@code ../}) of a URL that is resolved; real links have a few. */
    public static final int MAX_DOT_SEGMENTS = 100;

    private Urls() {}

    /**
     * Resolves a URL against a base URL, as jsoup's {@code StringUtil.resolve(String, String)} does.
     *
     * @param base the base URL
     * @param rel  the URL to resolve
     * @return the absolute URL; {@code rel} when the base is not a URL and {@code rel} has a
     *         non-HTTP scheme; "" when it cannot be made absolute
     */
    public static String resolve(String base, String rel) {
        base = withoutControlChars(base);
        rel = withoutControlChars(rel);
        if (hasForeignScheme(rel)) {
            return rel; // what the fallback below gives once URL has failed twice
        }
        try {
            return resolve(url(base), rel).toExternalForm();
        } catch (MalformedURLException e) {
            try {
                URL url = url(rel);
                validateHttpUrl(url);
                return url.toExternalForm();
            } catch (MalformedURLException e2) {
                return SCHEME.matcher(rel).find() && !hasHttpScheme(rel) ? rel : "";
            }
        }
    }

    /**
     * Resolves a URL against a base URL, as jsoup's {@code StringUtil.resolve(URL, String)} does.
     *
     * @param base the base URL
     * @param rel  the URL to resolve
     * @return the absolute URL
     * @throws MalformedURLException if it cannot be made absolute
     */
    public static URL resolve(URL base, String rel) throws MalformedURLException {
        rel = withoutControlChars(rel);
        checkDotSegments(rel);
        if (rel.startsWith("?")) {
            rel = base.getPath() + rel; // as jsoup: java.net.URL would drop the base's last path segment
        }
        URL url = new URL(base, rel);
        String file = withoutLeadingDotSegments(url.getFile());
        if (url.getRef() != null) {
            file = file + "#" + url.getRef();
        }
        URL resolved = new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
        validateHttpUrl(resolved);
        return resolved;
    }

    /**
     * Parses an absolute URL, as {@code new URL(spec)} does, unless it has more than
     * {@value #MAX_DOT_SEGMENTS} dot segments.
     *
     * @param spec the URL
     * @return the URL
     * @throws MalformedURLException if it is not a URL, or has too many dot segments
     */
    public static URL url(String spec) throws MalformedURLException {
        checkDotSegments(spec);
        return new URL(spec);
    }

    /**
     * Refuses a URL with more than {@value #MAX_DOT_SEGMENTS} dot segments ({@code ./} or
     * {@code ../}): {@link URL} removes them one at a time, each time copying the rest of the path,
     * so a link of many thousands of {@code ../} would take quadratic time. Real links have a few.
     */
    private static void checkDotSegments(String url) throws MalformedURLException {
        int segments = 0;
        for (int i = url.indexOf("./"); i >= 0; i = url.indexOf("./", i + 2)) {
            if (++segments > MAX_DOT_SEGMENTS) {
                throw new MalformedURLException("more than " + MAX_DOT_SEGMENTS + " dot segments");
            }
        }
    }

    /**
     * Whether a link starts with a scheme (an ASCII letter, then ASCII letters, digits, {@code +},
     * {@code -} or {@code .}, then {@code :}) that {@link URL} has no built-in handler for, such as
     * {@code javascript:}, {@code tel:} or {@code data:}: {@link URL} cannot make such a link
     * absolute (unless a handler for the scheme was installed in the JVM).
     *
     * @param link the link, without leading white space
     * @return true for a scheme other than http, https, ftp, file, jar, jmod, jrt and mailto
     */
    public static boolean hasForeignScheme(String link) {
        if (link.isEmpty() || !isAsciiLetter(link.charAt(0))) {
            return false;
        }
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return !URL_SCHEMES.contains(link.substring(0, i).toLowerCase(Locale.ROOT));
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

    /** The string without its characters U+0000 to U+001F; the string itself when it has none. */
    static String withoutControlChars(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) >= 0x20) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A path with a leading run of {@code ./} and {@code ../} segments after its first slash
     * collapsed into that slash ({@code /../../a} gives {@code /a}); the path itself otherwise.
     */
    static String withoutLeadingDotSegments(String file) {
        if (!file.startsWith("/.")) {
            return file;
        }
        int end = 1;
        while (true) {
            if (file.startsWith("./", end)) {
                end += 2;
            } else if (file.startsWith("../", end)) {
                end += 3;
            } else {
                break;
            }
        }
        return end == 1 ? file : "/" + file.substring(end);
    }

    private static void validateHttpUrl(URL url) throws MalformedURLException {
        if (isHttpScheme(url.getProtocol()) && url.getHost().isEmpty()) {
            throw new MalformedURLException("Invalid URL: host is missing");
        }
    }

    private static boolean isHttpScheme(String scheme) {
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    }

    private static boolean hasHttpScheme(String url) {
        int colon = url.indexOf(':');
        return colon > 0 && isHttpScheme(url.substring(0, colon));
    }
}
