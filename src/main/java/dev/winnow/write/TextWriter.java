package dev.winnow.write;

import dev.winnow.model.Article;
import java.io.IOException;

/**
 * Writes the article body as plain text: headings and blocks each on their own, separated by one
 * blank line; list items and table rows one per line. No title, byline, figure captions or related
 * items.
 */
public final class TextWriter implements ArticleWriter {
    /** Creates a writer. */
    public TextWriter() {}

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        String body = article.bodyText();
        out.append(body);
        if (!body.isEmpty()) {
            out.append('\n');
        }
    }
}
