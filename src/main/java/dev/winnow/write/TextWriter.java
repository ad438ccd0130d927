package dev.winnow.write;

import dev.winnow.model.Article;
import dev.winnow.model.RelatedItem;
import java.io.IOException;
import java.util.List;

/**
 * Writes an article as plain text: the body (headings and blocks each on their own, separated by one
 * blank line; list items and table rows one per line; no title, byline or figure captions), then,
 * each after one blank line, {@code [Truncated (KIND)]} when the ending was truncated and a
 * {@code Related:} list, one item per line ({@code - TITLE — AUTHOR, DATE, N views}, its URL on the
 * next line, indented). {@link #bodyOnly()} writes the body alone.
 */
public final class TextWriter implements ArticleWriter {
    private final boolean bodyOnly;

    /** Creates a writer of the body, the truncation note and the related items. */
    public TextWriter() {
        this(false);
    }

    private TextWriter(boolean bodyOnly) {
        this.bodyOnly = bodyOnly;
    }

    /**
     * A writer of the body alone, {@link Article#bodyText()} and a line feed (nothing for an empty
     * body): what text benchmarks compare with a gold body.
     *
     * @return the writer
     */
    public static TextWriter bodyOnly() {
        return new TextWriter(true);
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        StringBuilder sb = new StringBuilder(article.bodyText());
        if (!bodyOnly) {
            String truncation = Notes.truncation(article.ending());
            if (truncation != null) {
                paragraphBreak(sb).append('[').append(truncation).append(']');
            }
            if (!article.related().isEmpty()) {
                paragraphBreak(sb).append("Related:");
                for (RelatedItem r : article.related()) {
                    sb.append("\n- ").append(r.title());
                    List<String> details = Notes.details(r);
                    if (!details.isEmpty()) {
                        sb.append(" — ").append(String.join(", ", details));
                    }
                    if (r.url() != null) {
                        sb.append("\n  ").append(r.url());
                    }
                }
            }
        }
        if (sb.length() > 0) {
            sb.append('\n');
        }
        out.append(sb);
    }

    /** Ends the text so far with one blank line, if there is any. */
    private static StringBuilder paragraphBreak(StringBuilder sb) {
        return sb.length() == 0 ? sb : sb.append("\n\n");
    }
}
