package dev.winnow.reading;

import dev.winnow.internal.Urls;
import dev.winnow.rule.Draft;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Normalises metadata values as the page gives them: language tags to their language code, URLs to
 * absolute URLs. Thread-safe.
 */
public final class MetaValues {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

    private MetaValues() {}

    /**
     * The ISO 639-1 (or -2) code of a language tag such as {@code de-DE} or {@code en_US}.
     *
     * @param tag the tag, or {@code null}
     * @return the lower-case code, or {@code null} if the tag has none
     */
    public static @Nullable String languageCode(@Nullable String tag) {
        if (tag == null) {
            return null;
        }
        String code = beforeSeparator(tag.strip());
        return LANGUAGE.matcher(code).matches() ? code.toLowerCase(Locale.ROOT) : null;
    }

    /** The part of a language tag before its first {@code -} or {@code _}, as {@code tag.split("[-_]", 2)[0]} gives it. */
    private static String beforeSeparator(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (tag.charAt(i) == '-' || tag.charAt(i) == '_') {
                return tag.substring(0, i);
            }
        }
        return tag;
    }

    /**
     * A URL made absolute against the page URL or {@code <base href>}.
     *
     * @param draft the draft
     * @param url   the URL, or {@code null}
     * @return the absolute URL, the URL as given if it cannot be resolved, or {@code null} for a
     *         blank one
     */
    public static @Nullable String absoluteUrl(Draft draft, @Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        Document doc = draft.source().document();
        String base = doc == null ? draft.source().url() : doc.baseUri();
        if (base == null || base.isEmpty()) {
            return url.strip();
        }
        String resolved = Urls.resolve(base, url.strip());
        return resolved.isEmpty() ? url.strip() : resolved;
    }
}
