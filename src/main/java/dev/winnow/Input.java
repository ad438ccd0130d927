package dev.winnow;

import dev.winnow.rule.Source.InputShape;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * One page to clean: its content, its shape (HTML or flattened text, or "detect"), and optionally
 * its URL (used to resolve links and to pick site-scoped rules). Immutable.
 */
public final class Input {
    private final String content;
    private final Document document;
    private final InputShape shape;
    private final String url;

    private Input(String content, Document document, InputShape shape, String url) {
        this.content = content;
        this.document = document;
        this.shape = shape;
        this.url = url;
    }

    /**
     * Flattened text.
     *
     * @param text the text
     * @return the input
     */
    public static Input text(String text) {
        return text(text, null);
    }

    /**
     * Flattened text with the URL it was scraped from.
     *
     * @param text the text
     * @param url  the page URL, or {@code null}
     * @return the input
     */
    public static Input text(String text, String url) {
        return new Input(Objects.requireNonNull(text, "text"), null, InputShape.TEXT, url);
    }

    /**
     * Raw HTML.
     *
     * @param html the markup
     * @param url  the page URL, or {@code null}; relative links are resolved against it
     * @return the input
     */
    public static Input html(String html, String url) {
        return new Input(Objects.requireNonNull(html, "html"), null, InputShape.HTML, url);
    }

    /**
     * A page of unknown shape: the cleaner sniffs whether it is HTML or text.
     *
     * @param content the page
     * @param url     the page URL, or {@code null}
     * @return the input
     */
    public static Input detect(String content, String url) {
        return new Input(Objects.requireNonNull(content, "content"), null, null, url);
    }

    /**
     * A page the caller already parsed with Jsoup. The cleaner does not modify it.
     *
     * @param document the parsed page; its location is taken as the URL
     * @return the input
     */
    public static Input document(Document document) {
        Objects.requireNonNull(document, "document");
        String location = document.location();
        return new Input(null, document, InputShape.HTML, location == null || location.isEmpty() ? null : location);
    }

    /** The raw content, or {@code null} for a parsed document. @return the content */
    public String content() { return content; }

    /** The parsed document, or {@code null}. @return the document */
    public Document document() { return document; }

    /** The declared shape, or {@code null} to detect. @return the shape */
    public InputShape shape() { return shape; }

    /** The page URL, or {@code null}. @return the URL */
    public String url() { return url; }
}
