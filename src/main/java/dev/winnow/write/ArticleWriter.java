package dev.winnow.write;

import dev.winnow.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders an {@link Article} in one output format. Implementations are stateless and thread-safe. */
public interface ArticleWriter {

    /**
     * Writes an article.
     *
     * @param article the article
     * @param out     where to write
     * @throws IOException if {@code out} fails
     */
    void write(Article article, Appendable out) throws IOException;

    /**
     * Renders an article to a string.
     *
     * @param article the article
     * @return the rendering
     */
    default String render(Article article) {
        StringBuilder sb = new StringBuilder();
        try {
            write(article, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * The writer for a format name.
     *
     * @param format {@code json}, {@code markdown}, {@code text} or {@code html}
     * @return the writer
     * @throws IllegalArgumentException for an unknown name
     */
    static ArticleWriter forFormat(String format) {
        return forFormat(format, true);
    }

    /**
     * The writer for a format name.
     *
     * @param format  {@code json}, {@code markdown}, {@code text} or {@code html}
     * @param inlines whether Markdown and HTML keep links and emphasis
     * @return the writer
     * @throws IllegalArgumentException for an unknown name
     */
    static ArticleWriter forFormat(String format, boolean inlines) {
        return switch (format) {
            case "json" -> new JsonWriter();
            case "markdown", "md" -> new MarkdownWriter(inlines);
            case "text", "txt" -> new TextWriter();
            case "html" -> new HtmlWriter(inlines);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (json, markdown, text, html)");
        };
    }

    /** The usual file extension of this format, without the dot. @return the extension */
    String extension();
}
