package dev.winnow;

import dev.winnow.rule.Source.InputShape;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>An input is one of a closed set of kinds, each with only the fields it has: {@link Chars} (a
 * string), {@link Parsed} (a Jsoup document) or a {@link Binary} input to decode ({@link Bytes},
 * {@link Streamed}, {@link FromFile}).
 */
public sealed interface Input permits Input.Chars, Input.Parsed, Input.Binary {

    /** The declared shape, or {@code null} to detect it. @return the shape */
    @Nullable InputShape shape();

    /** The page URL, or {@code null}. @return the URL */
    @Nullable String url();

    /**
     * This input with its shape forced (no detection). A parsed document is always HTML.
     *
     * @param newShape HTML or TEXT
     * @return a new input
     */
    Input as(InputShape newShape);

    /**
     * This input with a page URL.
     *
     * @param newUrl the URL, or {@code null}
     * @return a new input
     */
    Input withUrl(@Nullable String newUrl);

    /**
     * Flattened text.
     *
     * @param text the text
     * @return the input
     */
    static Input text(String text) {
        return text(text, null);
    }

    /**
     * Flattened text with the URL it was scraped from.
     *
     * @param text the text
     * @param url  the page URL, or {@code null}
     * @return the input
     */
    static Input text(String text, @Nullable String url) {
        return new Chars(Objects.requireNonNull(text, "text"), InputShape.TEXT, url);
    }

    /**
     * Raw HTML.
     *
     * @param html the markup
     * @param url  the page URL, or {@code null}; relative links are resolved against it
     * @return the input
     */
    static Input html(String html, @Nullable String url) {
        return new Chars(Objects.requireNonNull(html, "html"), InputShape.HTML, url);
    }

    /**
     * A page of unknown shape: the cleaner sniffs whether it is HTML or text.
     *
     * @param content the page
     * @param url     the page URL, or {@code null}
     * @return the input
     */
    static Input detect(String content, @Nullable String url) {
        return new Chars(Objects.requireNonNull(content, "content"), null, url);
    }

    /**
     * A page the caller already parsed with Jsoup. The cleaner does not modify it.
     *
     * @param document the parsed page; its location is taken as the URL
     * @return the input
     */
    static Input document(Document document) {
        Objects.requireNonNull(document, "document");
        String location = document.location();
        return new Parsed(document, location == null || location.isEmpty() ? null : location);
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
    static Input bytes(byte[] bytes, @Nullable String url, @Nullable String contentType) {
        return new Bytes(Objects.requireNonNull(bytes, "bytes"), null, url, contentType);
    }

    /**
     * Raw bytes without URL or headers.
     *
     * @param bytes the bytes
     * @return the input
     */
    static Input bytes(byte[] bytes) {
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
    static Input stream(InputStream stream, @Nullable String url, @Nullable String contentType) {
        return new Streamed(Objects.requireNonNull(stream, "stream"), null, url, contentType);
    }

    /**
     * A file, read by the cleaner up to its input limit; its name helps detect the media type.
     *
     * @param path the file
     * @return the input
     */
    static Input path(Path path) {
        return new FromFile(Objects.requireNonNull(path, "path"), null, null);
    }

    /**
     * A page as a string: flattened text, HTML, or either (shape {@code null}: detect).
     *
     * @param content the page
     * @param shape   the shape, or {@code null} to detect it
     * @param url     the page URL, or {@code null}
     */
    record Chars(String content, @Nullable InputShape shape, @Nullable String url) implements Input {
        /** Checks the content. */
        public Chars {
            Objects.requireNonNull(content, "content");
        }

        @Override public Chars as(InputShape newShape) {
            return new Chars(content, Objects.requireNonNull(newShape, "shape"), url);
        }

        @Override public Chars withUrl(@Nullable String newUrl) {
            return new Chars(content, shape, newUrl);
        }
    }

    /**
     * A page the caller parsed with Jsoup; always HTML. The cleaner does not modify the document.
     *
     * @param document the parsed page
     * @param url      the page URL, or {@code null}
     */
    record Parsed(Document document, @Nullable String url) implements Input {
        /** Checks the document. */
        public Parsed {
            Objects.requireNonNull(document, "document");
        }

        /** HTML. @return {@link InputShape#HTML} */
        @Override public InputShape shape() {
            return InputShape.HTML;
        }

        /** This input: a parsed document is always HTML. @param newShape ignored @return this input */
        @Override public Parsed as(InputShape newShape) {
            Objects.requireNonNull(newShape, "shape");
            return this;
        }

        @Override public Parsed withUrl(@Nullable String newUrl) {
            return new Parsed(document, newUrl);
        }
    }

    /**
     * A page that comes as bytes, which the cleaner decodes: it detects the media type and, unless
     * the shape is forced, the shape.
     */
    sealed interface Binary extends Input permits Bytes, Streamed, FromFile {
        /** The HTTP {@code Content-Type}, or {@code null}. @return the header value */
        @Nullable String contentType();
    }

    /**
     * Bytes in memory (not copied; do not change them while cleaning).
     *
     * @param bytes       the bytes
     * @param shape       the shape, or {@code null} to detect it
     * @param url         the page URL, or {@code null}
     * @param contentType the HTTP {@code Content-Type}, or {@code null}
     */
    record Bytes(byte[] bytes, @Nullable InputShape shape, @Nullable String url, @Nullable String contentType)
            implements Binary {
        /** Checks the bytes. */
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override public Bytes as(InputShape newShape) {
            return new Bytes(bytes, Objects.requireNonNull(newShape, "shape"), url, contentType);
        }

        @Override public Bytes withUrl(@Nullable String newUrl) {
            return new Bytes(bytes, shape, newUrl, contentType);
        }
    }

    /**
     * Bytes the cleaner reads from a stream, up to its input limit, without closing it; cleaned once.
     *
     * @param stream      the stream
     * @param shape       the shape, or {@code null} to detect it
     * @param url         the page URL, or {@code null}
     * @param contentType the HTTP {@code Content-Type}, or {@code null}
     */
    record Streamed(InputStream stream, @Nullable InputShape shape, @Nullable String url,
            @Nullable String contentType) implements Binary {
        /** Checks the stream. */
        public Streamed {
            Objects.requireNonNull(stream, "stream");
        }

        @Override public Streamed as(InputShape newShape) {
            return new Streamed(stream, Objects.requireNonNull(newShape, "shape"), url, contentType);
        }

        @Override public Streamed withUrl(@Nullable String newUrl) {
            return new Streamed(stream, shape, newUrl, contentType);
        }
    }

    /**
     * A file the cleaner reads up to its input limit; its name helps detect the media type.
     *
     * @param path  the file
     * @param shape the shape, or {@code null} to detect it
     * @param url   the page URL, or {@code null}
     */
    record FromFile(Path path, @Nullable InputShape shape, @Nullable String url) implements Binary {
        /** Checks the path. */
        public FromFile {
            Objects.requireNonNull(path, "path");
        }

        /** None: a file has no headers. @return {@code null} */
        @Override public @Nullable String contentType() {
            return null;
        }

        @Override public FromFile as(InputShape newShape) {
            return new FromFile(path, Objects.requireNonNull(newShape, "shape"), url);
        }

        @Override public FromFile withUrl(@Nullable String newUrl) {
            return new FromFile(path, shape, newUrl);
        }
    }
}
