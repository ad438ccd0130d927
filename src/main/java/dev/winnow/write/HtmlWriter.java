package dev.winnow.write;

import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Inline;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Section;
import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Writes a clean, self-contained HTML5 document: title, byline, the body with its original
 * heading levels, paragraphs with their links and emphasis, lists, quotes, pre, tables and figures,
 * and the related items as an {@code <aside>}. All text and attributes are escaped; a link or image
 * whose URL has a scheme other than http, https and mailto ({@code javascript:}, {@code data:} ...)
 * keeps its text but loses its URL (see {@link LinkTargets}).
 */
public final class HtmlWriter implements ArticleWriter {
    private static final InlineRenderer.Markup MARKUP = new InlineRenderer.Markup() {
        @Override
        public String open(Inline i) {
            return switch (i.type()) {
                case LINK -> i.href() == null || LinkTargets.unsafe(i.href()) ? "<a>" : "<a href=\"" + esc(i.href()) + "\">";
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
            return esc(text);
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
            sb.append(" lang=\"").append(esc(m.language())).append('"');
        }
        sb.append(">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(m.title() == null ? "" : m.title()))
                .append("</title>\n</head>\n<body>\n<article>\n");
        if (m.title() != null) {
            sb.append("<h1>").append(esc(m.title())).append("</h1>\n");
        }
        if (!m.authors().isEmpty() || m.published() != null) {
            sb.append("<p class=\"byline\">").append(esc(String.join(", ", m.authors())));
            if (m.published() != null) {
                sb.append(m.authors().isEmpty() ? "" : " · ").append("<time datetime=\"").append(esc(m.published()))
                        .append("\">").append(esc(m.published())).append("</time>");
            }
            sb.append("</p>\n");
        }
        for (Section s : article.sections()) {
            if (s.heading() != null) {
                int l = s.heading().level();
                sb.append("<h").append(l).append('>').append(esc(s.heading().text())).append("</h").append(l).append(">\n");
            }
            for (BodyBlock b : s.blocks()) {
                block(sb, b);
            }
        }
        sb.append("</article>\n");
        if (!article.related().isEmpty()) {
            sb.append("<aside class=\"related\">\n<ul>\n");
            for (RelatedItem r : article.related()) {
                sb.append("<li>");
                if (r.url() != null && !LinkTargets.unsafe(r.url())) {
                    sb.append("<a href=\"").append(esc(r.url())).append("\">").append(esc(r.title())).append("</a>");
                } else {
                    sb.append(esc(r.title()));
                }
                sb.append("</li>\n");
            }
            sb.append("</ul>\n</aside>\n");
        }
        sb.append("</body>\n</html>\n");
        out.append(sb);
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
            sb.append("<figure>");
            if (f.src() != null && !LinkTargets.unsafe(f.src())) {
                sb.append("<img src=\"").append(esc(f.src())).append("\" alt=\"\">");
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
        return Entities.escape(s);
    }
}
