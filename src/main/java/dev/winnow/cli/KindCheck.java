package dev.winnow.cli;

import dev.winnow.model.Article;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether {@code --kind} contradicts the media type detected from the bytes: {@code --kind text}
 * on HTML ({@code text/html}, {@code application/xhtml+xml}), {@code --kind html} on plain text
 * ({@code text/plain}), or either on a type that is not text at all (binary data, an image, an
 * archive: without {@code --kind} it would be skipped as unsupported). The page is cleaned as told
 * either way; the command line warns. An empty input has no type to contradict.
 */
final class KindCheck {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private KindCheck() {}

    /**
     * The warning, or {@code null} when the kind agrees with the detected type or none was forced
     * or detected.
     *
     * @param kind    the {@code --kind} value: auto, html or text
     * @param article the cleaned page
     * @return the warning, or {@code null}
     */
    static @Nullable String warning(String kind, Article article) {
        String type = article.input().mediaType();
        if (type == null || kind.equals("auto") || article.input().bytes() == 0) {
            return null;
        }
        if (!type.startsWith("text/") && !HTML_TYPES.contains(type)) {
            return "--kind " + kind + ", but the input is " + type + ", not HTML or text: it was read as " + kind;
        }
        if (kind.equals("text") && HTML_TYPES.contains(type)) {
            return "--kind text, but the input looks like HTML (" + type + "): its markup was cleaned as text";
        }
        if (kind.equals("html") && type.equals("text/plain")) {
            return "--kind html, but the input looks like plain text (" + type + "): it was parsed as HTML";
        }
        return null;
    }
}
