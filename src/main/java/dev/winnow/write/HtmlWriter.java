package dev.winnow.write;

import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Inline;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a clean, self-contained HTML5 document: title, byline, the body with its original
 * heading levels, paragraphs with their links and emphasis, lists, quotes, pre, tables and figures,
 * a {@code <p class="ending">} note when the ending was truncated, and the related items (title
 * linked to its URL, author, {@code <time>} date, views) as an {@code <aside>}. The document's
 * {@code <title>} is the article title, else the site name, and is left out when neither is known;
 * no element is written empty. Text is escaped with only what HTML needs ({@code &}, {@code <},
 * {@code >}, and {@code "} in attributes; see {@link HtmlText}); a link or image
 * whose URL has a scheme other than http, https and mailto ({@code javascript:}, {@code data:} ...)
 * keeps its text but loses its URL (see {@link LinkTargets}).
 */
public final class HtmlWriter implements ArticleWriter {
    private static final InlineRenderer.Markup MARKUP = new InlineRenderer.Markup() {
        @Override
        public String open(Inline i) {
            return switch (i.type()) {
                case LINK -> i.href() == null || LinkTargets.unsafe(i.href()) ? "<a>" : "<a href=\"" + HtmlText.attribute(i.href()) + "\">";
                case EMPHASIS -> "<em>";
                case STRONG -> "<strong>";
                case CODE -> "<code>";
            };
        }

        @Override
        public String close(Inline i) {
            return switch (i.type()) {
                case LINK -> "</a>";
                case EMPHASIS -> "</em>";
                case STRONG -> "</strong>";
                case CODE -> "</code>";
            };
        }

        @Override
        public String code(String text) {
            return HtmlText.text(text);
        }
    };

    private final boolean inlines;

    /** Creates a writer that keeps links and emphasis. */
    public HtmlWriter() {
        this(true);
    }

    /**
     * Creates a writer.
     *
     * @param inlines whether to write links and emphasis, or plain text only
     */
    public HtmlWriter(boolean inlines) {
        this.inlines = inlines;
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        Metadata m = article.metadata();
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html");
        if (m.language() != null) {
            sb.append(" lang=\"").append(HtmlText.attribute(m.language())).append('"');
        }
        sb.append(">\n<head>\n<meta charset=\"utf-8\">\n");
        String documentTitle = m.title() != null ? m.title() : m.siteName();
        if (documentTitle != null) {
            sb.append("<title>").append(esc(documentTitle)).append("</title>\n");
        }
        sb.append("</head>\n<body>\n");
        StringBuilder body = new StringBuilder();
        if (m.title() != null) {
            body.append("<h1>").append(esc(m.title())).append("</h1>\n");
        }
        if (!m.authors().isEmpty() || m.published() != null) {
            body.append("<p class=\"byline\">").append(esc(String.join(", ", m.authors())));
            if (m.published() != null) {
                body.append(m.authors().isEmpty() ? "" : " · ").append(time(m.published()));
            }
            body.append("</p>\n");
        }
        for (Section s : article.sections()) {
            if (s.heading() != null) {
                int l = s.heading().level();
                body.append("<h").append(l).append('>').append(esc(s.heading().text())).append("</h").append(l).append(">\n");
            }
            for (BodyBlock b : s.blocks()) {
                block(body, b);
            }
        }
        String truncation = Notes.truncation(article.ending());
        if (truncation != null) {
            body.append("<p class=\"ending\"><em>").append(esc(truncation)).append("</em></p>\n");
        }
        if (body.length() > 0) {
            sb.append("<article>\n").append(body).append("</article>\n");
        }
        if (!article.related().isEmpty()) {
            sb.append("<aside class=\"related\">\n<ul>\n");
            for (RelatedItem r : article.related()) {
                sb.append("<li>").append(related(r)).append("</li>\n");
            }
            sb.append("</ul>\n</aside>\n");
        }
        sb.append("</body>\n</html>\n");
        out.append(sb);
    }

    /** A related item: its title (a link when its URL is safe), then author, date and views. */
    private static String related(RelatedItem r) {
        StringBuilder sb = new StringBuilder();
        if (r.url() != null && !LinkTargets.unsafe(r.url())) {
            sb.append("<a href=\"").append(HtmlText.attribute(r.url())).append("\">").append(esc(r.title())).append("</a>");
        } else {
            sb.append(esc(r.title()));
        }
        List<String> details = new ArrayList<>(3);
        if (r.author() != null) {
            details.add("<span class=\"author\">" + esc(r.author()) + "</span>");
        }
        if (r.date() != null) {
            details.add(time(r.date().toString()));
        }
        if (r.views() != null) {
            details.add("<span class=\"views\">" + r.views() + " views</span>");
        }
        if (!details.isEmpty()) {
            sb.append(" — ").append(String.join(", ", details));
        }
        return sb.toString();
    }

    private static String time(String date) {
        return "<time datetime=\"" + HtmlText.attribute(date) + "\">" + esc(date) + "</time>";
    }

    private void block(StringBuilder sb, BodyBlock b) {
        if (b instanceof BodyBlock.Paragraph p) {
            sb.append("<p>").append(text(p.text(), p.inlines())).append("</p>\n");
        } else if (b instanceof BodyBlock.Quote q) {
            sb.append("<blockquote><p>").append(text(q.text(), q.inlines())).append("</p></blockquote>\n");
        } else if (b instanceof BodyBlock.Preformatted p) {
            sb.append("<pre>").append(esc(p.text())).append("</pre>\n");
        } else if (b instanceof BodyBlock.ItemList l) {
            String tag = l.ordered() ? "ol" : "ul";
            sb.append('<').append(tag).append(">\n");
            for (String item : l.items()) {
                sb.append("<li>").append(esc(item)).append("</li>\n");
            }
            sb.append("</").append(tag).append(">\n");
        } else if (b instanceof BodyBlock.Table t) {
            sb.append("<table>\n");
            for (List<String> row : t.rows()) {
                sb.append("<tr>");
                for (String cell : row) {
                    sb.append("<td>").append(esc(cell)).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        } else if (b instanceof BodyBlock.Figure f) {
            boolean image = f.src() != null && !LinkTargets.unsafe(f.src());
            if (!image && f.caption() == null) {
                return; // an unsafe image without a caption: nothing to show
            }
            sb.append("<figure>");
            if (image) {
                sb.append("<img src=\"").append(HtmlText.attribute(f.src())).append("\" alt=\"\">");
            }
            if (f.caption() != null) {
                sb.append("<figcaption>").append(esc(f.caption())).append("</figcaption>");
            }
            sb.append("</figure>\n");
        }
    }

    private String text(String text, List<Inline> marks) {
        return InlineRenderer.render(text, inlines ? marks : List.of(), HtmlWriter::esc, MARKUP);
    }

    private static String esc(String s) {
        return HtmlText.text(s);
    }
}
