package dev.winnow;

import dev.winnow.rule.Source.InputShape;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * One page to clean: its content (a string, bytes, a stream, a file or a parsed Jsoup document), its
 * shape (HTML or flattened text, or "detect"), and optionally its URL (used to resolve links and to
 * pick site-scoped rules) and its HTTP {@code Content-Type} (MIME type and charset, used to decode
 * bytes). Immutable; a stream input can be cleaned once.
 *
 * <pre>{@code
 * Input.text(scraped)                                      // flattened text
 * Input.html(html, "https://news.example/a")               // raw HTML as a string
 * Input.bytes(body, url, "text/html; charset=iso-8859-1")  // bytes from a crawler
 * Input.path(Path.of("page.html")).as(InputShape.HTML)     // a file, shape forced
 * }</pre>
 */
public final class Input {
    private final String content;
    private final Document document;
    private final byte[] bytes;
    private final InputStream stream;
    private final Path path;
    private final InputShape shape;
    private final String url;
    private final String contentType;

    private Input(String content, Document document, byte[] bytes, InputStream stream, Path path, InputShape shape,
            String url, String contentType) {
        this.content = content;
        this.document = document;
        this.bytes = bytes;
        this.stream = stream;
        this.path = path;
        this.shape = shape;
        this.url = url;
        this.contentType = contentType;
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
        return new Input(Objects.requireNonNull(text, "text"), null, null, null, null, InputShape.TEXT, url, null);
    }

    /**
     * Raw HTML.
     *
     * @param html the markup
     * @param url  the page URL, or {@code null}; relative links are resolved against it
     * @return the input
     */
    public static Input html(String html, String url) {
        return new Input(Objects.requireNonNull(html, "html"), null, null, null, null, InputShape.HTML, url, null);
    }

    /**
     * A page of unknown shape: the cleaner sniffs whether it is HTML or text.
     *
     * @param content the page
     * @param url     the page URL, or {@code null}
     * @return the input
     */
    public static Input detect(String content, String url) {
        return new Input(Objects.requireNonNull(content, "content"), null, null, null, null, null, url, null);
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
        return new Input(null, document, null, null, null, InputShape.HTML,
                location == null || location.isEmpty() ? null : location, null);
    }

    /**
     * Raw bytes, for example a crawler's response body. The cleaner detects the media type and the
     * charset (BOM, then the {@code Content-Type} charset, then the HTML meta prescan, then
     * statistical detection).
     *
     * @param bytes       the bytes (not copied; do not change them while cleaning)
     * @param url         the page URL, or {@code null}
     * @param contentType the HTTP {@code Content-Type} header, e.g. {@code text/html; charset=utf-8}, or {@code null}
     * @return the input
     */
    public static Input bytes(byte[] bytes, String url, String contentType) {
        return new Input(null, null, Objects.requireNonNull(bytes, "bytes"), null, null, null, url, contentType);
    }

    /**
     * Raw bytes without URL or headers.
     *
     * @param bytes the bytes
     * @return the input
     */
    public static Input bytes(byte[] bytes) {
        return bytes(bytes, null, null);
    }

    /**
     * Bytes read from a stream by the cleaner, up to its input limit. The cleaner does not close
     * the stream.
     *
     * @param stream      the stream
     * @param url         the page URL, or {@code null}
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}
     * @return the input
     */
    public static Input stream(InputStream stream, String url, String contentType) {
        return new Input(null, null, null, Objects.requireNonNull(stream, "stream"), null, null, url, contentType);
    }

    /**
     * A file, read by the cleaner up to its input limit; its name helps detect the media type.
     *
     * @param path the file
     * @return the input
     */
    public static Input path(Path path) {
        return new Input(null, null, null, null, Objects.requireNonNull(path, "path"), null, null, null);
    }

    /**
     * This input with its shape forced (no detection).
     *
     * @param newShape HTML or TEXT
     * @return a new input
     */
    public Input as(InputShape newShape) {
        return new Input(content, document, bytes, stream, path, Objects.requireNonNull(newShape, "shape"), url,
                contentType);
    }

    /**
     * This input with a page URL.
     *
     * @param newUrl the URL, or {@code null}
     * @return a new input
     */
    public Input withUrl(String newUrl) {
        return new Input(content, document, bytes, stream, path, shape, newUrl, contentType);
    }

    /** The string content, or {@code null} for other kinds of input. @return the content */
    public String content() { return content; }

    /** The parsed document, or {@code null}. @return the document */
    public Document document() { return document; }

    /** The raw bytes, or {@code null}. @return the bytes (not a copy) */
    byte[] bytes() { return bytes; }

    /** The stream, or {@code null}. @return the stream */
    InputStream stream() { return stream; }

    /** The file, or {@code null}. @return the path */
    public Path path() { return path; }

    /** The declared shape, or {@code null} to detect. @return the shape */
    public InputShape shape() { return shape; }

    /** The page URL, or {@code null}. @return the URL */
    public String url() { return url; }

    /** The HTTP {@code Content-Type}, or {@code null}. @return the header value */
    public String contentType() { return contentType; }

    /** Whether the content comes as bytes (bytes, stream or file) and must be decoded. @return true for byte input */
    public boolean isBinary() {
        return bytes != null || stream != null || path != null;
    }
}
