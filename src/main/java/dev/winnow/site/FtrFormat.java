package dev.winnow.site;

import dev.winnow.SiteProfile.Scope;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one file of the FiveFilters ftr-site-config format: {@code directive: value} lines,
 * {@code #} comments, multi-valued directives accumulating. The file name gives the host:
 * {@code example.com.txt} applies to {@code example.com} and {@code www.example.com},
 * {@code .example.com.txt} to the subdomains of {@code example.com} only.
 *
 * <p>Supported: {@code body}, {@code title}, {@code author}, {@code date}, {@code strip},
 * {@code strip_id_or_class}, {@code strip_image_src}, {@code strip_attr}, {@code prune},
 * {@code dissolve}, {@code wrap_in(tag)}, {@code find_string} / {@code replace_string} and
 * {@code replace_string(find)} (literal), {@code convert_double_br_tags} (Winnow already cuts
 * blocks at every {@code <br>}), {@code skip_json_ld}, {@code autodetect_on_failure},
 * {@code native_ad_clue}, {@code single_page_link} and {@code next_page_link} (exposed, never
 * fetched), {@code test_url} and {@code test_contains} (kept as data). Every other directive
 * (HTTP headers, login, parser and tidy switches, and unknown names) is ignored with a warning; so
 * is a directive whose XPath does not compile.
 */
public final class FtrFormat {
    private static final Pattern LINE = Pattern.compile("([A-Za-z_]+)\\s*(?:\\((.*?)\\))?\\s*:\\s?(.*)");
    private static final Map<String, String> IGNORED = Map.ofEntries(
            Map.entry("http_header", "fetch-side: Winnow does not fetch pages"),
            Map.entry("login_uri", "site login is not supported"),
            Map.entry("login_username_field", "site login is not supported"),
            Map.entry("login_password_field", "site login is not supported"),
            Map.entry("login_extra_fields", "site login is not supported"),
            Map.entry("requires_login", "site login is not supported"),
            Map.entry("not_logged_in_xpath", "site login is not supported"),
            Map.entry("tidy", "Jsoup already normalises the HTML"),
            Map.entry("parser", "Winnow always parses with Jsoup"),
            Map.entry("autodetect_next_page", "fetch-side: Winnow does not fetch pages"),
            Map.entry("single_page_link_in_feed", "fetch-side: Winnow does not read feeds"),
            Map.entry("insert_detected_image", "not supported"),
            Map.entry("footnotes", "not supported"),
            Map.entry("move_into", "not supported"),
            Map.entry("if_page_contains", "not supported"),
            Map.entry("strip_comments", "not supported (HTML comments never reach the text)"),
            Map.entry("skip_id_or_class", "not supported"),
            Map.entry("src_lazy_load_attr", "not supported"),
            Map.entry("post_strip_attr", "not supported"));
    private static final Set<String> BOOLEANS = Set.of("prune", "skip_json_ld", "autodetect_on_failure",
            "convert_double_br_tags");

    private FtrFormat() {}

    /**
     * The host and scope a file name stands for.
     *
     * @param fileName the file name, such as {@code .example.com.txt}
     * @return the scope, or {@code null} if the name is not a site file name (a host name with at
     *         least one dot, then {@code .txt})
     */
    static @Nullable Scope scope(String fileName) {
        if (!fileName.endsWith(".txt") || fileName.equals("global.txt")) {
            return null;
        }
        boolean subdomains = fileName.startsWith(".");
        String host = fileName.substring(subdomains ? 1 : 0, Math.max(subdomains ? 1 : 0, fileName.length() - 4));
        if (host.indexOf('.') < 0 || !isHostName(host)) {
            return null;
        }
        return subdomains ? Scope.SUBDOMAINS_ONLY : Scope.HOST_AND_WWW;
    }

    /**
     * Whether a name is a host name: at most 253 characters, labels of 1 to 63 letters, digits,
     * hyphens and underscores parted by single dots.
     */
    private static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= host.length(); i++) {
            if (i == host.length() || host.charAt(i) == '.') {
                if (i == labelStart || i - labelStart > 63) {
                    return false;
                }
                labelStart = i + 1;
            } else if (!isHostChar(host.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /**
     * Parses one site file.
     *
     * @param fileName the file name (gives the host)
     * @param text     the file's text
     * @param tally    where uses and warnings go
     * @return the builder with every supported directive applied
     * @throws IllegalArgumentException if the file name is not a host name
     */
    static SiteConfig.Builder parse(String fileName, String text, Tally tally) {
        Scope scope = scope(fileName);
        if (scope == null) {
            throw new IllegalArgumentException("not a site file name (host.txt)");
        }
        String host = fileName.substring(fileName.startsWith(".") ? 1 : 0, fileName.length() - 4);
        SiteConfig.Builder b = SiteConfig.forHost(host, scope).origin(fileName);
        parseInto(b, fileName, text, tally);
        return b;
    }

    /**
     * Applies the directives of a text to a builder ({@code global.txt} is read this way into every
     * site).
     */
    static void parseInto(SiteConfig.Builder b, String fileName, String text, Tally tally) {
        Deque<String> finds = new ArrayDeque<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = fileName + ":" + (i + 1);
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                tally.ignored("(unparsable)", where, "not a 'directive: value' line");
                continue;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String arg = m.group(2);
            String value = m.group(3).strip();
            try {
                if (apply(b, name, arg, value, finds, where, tally)) {
                    tally.supported(name);
                }
            } catch (IllegalArgumentException e) {
                tally.ignored(name, where, e.getMessage());
            }
        }
        if (!finds.isEmpty()) {
            tally.warn(fileName, finds.size() + " find_string without replace_string ignored");
        }
    }

    /** Applies one directive; false when it was ignored (and reported). */
    private static boolean apply(SiteConfig.Builder b, String name, String arg, String value, Deque<String> finds,
            String where, Tally tally) {
        if (IGNORED.containsKey(name)) {
            tally.ignored(name, where, IGNORED.get(name));
            return false;
        }
        if (BOOLEANS.contains(name)) {
            boolean yes = bool(value);
            switch (name) {
                case "prune" -> b.prune(yes);
                case "skip_json_ld" -> b.skipJsonLd(yes);
                case "autodetect_on_failure" -> b.autodetectOnFailure(yes);
                default -> { } // convert_double_br_tags: Winnow cuts blocks at every <br> already
            }
            return true;
        }
        BiConsumer<SiteConfig.Builder, Selector> selectorDirective = switch (name) {
            case "body" -> SiteConfig.Builder::body;
            case "title" -> SiteConfig.Builder::title;
            case "author" -> SiteConfig.Builder::author;
            case "date" -> SiteConfig.Builder::date;
            case "strip" -> SiteConfig.Builder::strip;
            case "next_page_link" -> SiteConfig.Builder::nextPageLink;
            case "single_page_link" -> SiteConfig.Builder::singlePageLink;
            case "native_ad_clue" -> SiteConfig.Builder::nativeAdClue;
            default -> null;
        };
        if (selectorDirective != null) {
            selectorDirective.accept(b, Selector.xpath(value));
            return true;
        }
        switch (name) {
            case "strip_id_or_class" -> b.stripIdOrClass(unquote(value));
            case "strip_image_src" -> b.stripImageSrc(unquote(value));
            case "strip_attr" -> b.stripAttr(value);
            case "dissolve" -> b.dissolve(Selector.xpath(value));
            case "wrap_in" -> b.wrapIn(arg == null ? "" : arg, Selector.xpath(value));
            case "find_string" -> {
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("empty find string");
                }
                finds.add(value);
            }
            case "replace_string" -> {
                String find = arg != null ? arg : finds.poll();
                if (find == null) {
                    throw new IllegalArgumentException("no find_string before it");
                }
                b.replace(find, value);
            }
            case "test_url" -> b.test(value, java.util.List.of());
            case "test_contains" -> b.testContains(value);
            default -> {
                tally.ignored(name, where, "unknown directive");
                return false;
            }
        }
        return true;
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> true;
            case "no", "false", "0" -> false;
            default -> throw new IllegalArgumentException("not yes or no: '" + value + "'");
        };
    }

    private static String unquote(String value) {
        String v = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'")) ? value.substring(1, value.length() - 1) : value;
        if (v.isBlank()) {
            throw new IllegalArgumentException("empty value");
        }
        return v;
    }
}
