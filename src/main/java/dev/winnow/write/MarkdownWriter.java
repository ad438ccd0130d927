package dev.winnow.write;

import dev.winnow.internal.Texts;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Inline;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Section;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CommonMark: the title as a level-1 heading, a line with authors and date, the body
 * (headings at their levels, paragraphs with their links and emphasis, lists, quotes, fenced code,
 * pipe tables, figure captions in italics), a note when the ending was truncated, and the related items
 * as a list of links with their author, date and views. Text is
 * escaped so that it never turns into markup by accident; a link or image whose URL has a scheme
 * other than http, https and mailto ({@code javascript:}, {@code data:} ...) is written as its
 * text alone (see {@link LinkTargets}).
 */
public final class MarkdownWriter implements ArticleWriter {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");
    private static final Pattern BULLET_START = Pattern.compile("^(\\s*)([-+=])(\\s|$)");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern NUMBER_START = Pattern.compile("^(\\s*\\d+)([.)])(\\s|$)");

    private static final InlineRenderer.Markup MARKUP = new InlineRenderer.Markup() {
        @Override
        public String open(Inline i) {
            return switch (i.type()) {
                case LINK -> LinkTargets.unsafe(i.href()) ? "" : "[";
                case EMPHASIS -> "*";
                case STRONG -> "**";
                case CODE -> "";
            };
        }

        @Override
        public String close(Inline i) {
            return switch (i.type()) {
                case LINK -> LinkTargets.unsafe(i.href()) ? "" : "](<" + url(i.href() == null ? "" : i.href()) + ">)";
                case EMPHASIS -> "*";
                case STRONG -> "**";
                case CODE -> "";
            };
        }

        @Override
        public String code(String text) {
            String fence = text.contains("`") ? "``" : "`";
            return fence + (text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text) + fence;
        }
    };

    private final boolean inlines;

    /** Creates a writer that keeps links and emphasis. */
    public MarkdownWriter() {
        this(true);
    }

    /**
     * Creates a writer.
     *
     * @param inlines whether to write links and emphasis, or plain text only
     */
    public MarkdownWriter(boolean inlines) {
        this.inlines = inlines;
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        Metadata m = article.metadata();
        StringBuilder sb = new StringBuilder();
        if (m.title() != null) {
            sb.append("# ").append(escape(m.title())).append("\n\n");
        }
        String byline = byline(m);
        if (!byline.isEmpty()) {
            sb.append('*').append(escape(byline)).append("*\n\n");
        }
        for (Section s : article.sections()) {
            if (s.heading() != null) {
                sb.append("#".repeat(s.heading().level())).append(' ').append(escape(s.heading().text())).append("\n\n");
            }
            for (BodyBlock b : s.blocks()) {
                block(sb, b);
                sb.append('\n');
            }
        }
        String truncation = Notes.truncation(article.ending());
        if (truncation != null) {
            sb.append("> *").append(escape(truncation)).append("*\n\n");
        }
        if (!article.related().isEmpty()) {
            sb.append("## Related\n\n");
            for (RelatedItem r : article.related()) {
                sb.append("- ").append(r.url() == null || LinkTargets.unsafe(r.url()) ? escape(r.title())
                        : "[" + escape(r.title()) + "](<" + url(r.url()) + ">)");
                List<String> details = Notes.details(r);
                if (!details.isEmpty()) {
                    sb.append(" — ").append(escape(String.join(", ", details)));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }

    private void block(StringBuilder sb, BodyBlock b) {
        if (b instanceof BodyBlock.Paragraph p) {
            sb.append(text(p.text(), p.inlines())).append('\n');
        } else if (b instanceof BodyBlock.Quote q) {
            sb.append("> ").append(text(q.text(), q.inlines())).append('\n');
        } else if (b instanceof BodyBlock.Preformatted p) {
            String fence = p.text().contains("```") ? "~~~~" : "```";
            sb.append(fence).append('\n').append(p.text()).append('\n').append(fence).append('\n');
        } else if (b instanceof BodyBlock.ItemList l) {
            int n = 1;
            for (String item : l.items()) {
                sb.append(l.ordered() ? (n++) + ". " : "- ").append(escape(item)).append('\n');
            }
        } else if (b instanceof BodyBlock.Table t) {
            table(sb, t.rows());
        } else if (b instanceof BodyBlock.Figure f) {
            if (f.src() != null && !LinkTargets.unsafe(f.src())) {
                sb.append("![").append(escape(f.caption() == null ? "" : f.caption())).append("](<")
                        .append(url(f.src())).append(">)\n");
            } else if (f.caption() != null) {
                sb.append('*').append(escape(f.caption())).append("*\n");
            }
        }
    }

    private static void table(StringBuilder sb, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r < rows.size(); r++) {
            sb.append('|');
            for (int c = 0; c < width; c++) {
                List<String> row = rows.get(r);
                sb.append(' ').append(c < row.size() ? escape(row.get(c)) : "").append(" |");
            }
            sb.append('\n');
            if (r == 0) {
                sb.append('|').append(" --- |".repeat(width)).append('\n');
            }
        }
    }

    private static String byline(Metadata m) {
        StringBuilder sb = new StringBuilder(String.join(", ", m.authors()));
        if (m.published() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append(m.published());
        }
        return sb.toString();
    }

    private String text(String text, List<Inline> marks) {
        return escapeLineStart(InlineRenderer.render(text, inlines ? marks : List.of(), MarkdownWriter::escapeInline, MARKUP));
    }

    /** Escapes inline markup characters and entity references. */
    private static String escapeInline(String text) {
        return ENTITY.matcher(SPECIAL.matcher(text).replaceAll("\\\\$1")).replaceAll("\\\\&");
    }

    /**
     * Whether a text is a thematic break of dashes: three or more {@code -} and nothing else but
     * ASCII white space. A scan: the pattern it replaces recursed once per dash and overflowed the
     * stack on a text of thousands of {@code "- "}.
     */
    private static boolean isDashRule(String s) {
        int dashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dashes++;
            } else if (!Texts.isAsciiSpace(c)) {
                return false;
            }
        }
        return dashes >= 3;
    }

    /**
     * A URL for a {@code <...>} link destination: angle brackets, spaces, line breaks and backslashes
     * (which would escape the closing bracket) percent-encoded.
     */
    static String url(String url) {
        return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20").replace("\\", "%5C")
                .replace("\n", "%0A").replace("\r", "%0D");
    }

    /** Escapes inline markup characters, entity references and block markers at the start of the text. */
    static String escape(String text) {
        return escapeLineStart(escapeInline(text));
    }

    /** Escapes what would start a list, a rule or an ordered list at the start of a line. */
    private static String escapeLineStart(String s) {
        if (isDashRule(s)) {
            int dash = s.indexOf('-');
            s = s.substring(0, dash) + '\\' + s.substring(dash);
        }
        s = BULLET_START.matcher(s).replaceFirst("$1\\\\$2$3");
        return NUMBER_START.matcher(s).replaceFirst("$1\\\\$2$3");
    }
}
