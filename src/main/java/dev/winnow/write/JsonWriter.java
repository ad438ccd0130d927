package dev.winnow.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.Inline;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Removed;
import dev.winnow.model.Section;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes the canonical JSON form of an article: fixed member order, two-space indent, LF line
 * ends, a trailing newline. Every member is always present ({@code null} or {@code []} when
 * empty), so consumers never test for missing keys. The schema is documented in the README and
 * versioned by {@link #SCHEMA_VERSION}.
 *
 * <pre>
 * { "schemaVersion", "status", "warnings"[], "input" {"mediaType", "charset", "charsetSource", "bytes"},
 *   "title", "authors"[], "published", "modified", "siteName", "language",
 *   "canonicalUrl", "image", "description", "nextPageUrl", "singlePageUrl", "sponsored", "provenance" {field: source},
 *   "sections"[ {"heading", "level", "blocks"[ {"type", "text", "inlines"[{"start", "end", "type", "href"}] (only when present)} | {"type":"list", "ordered", "items"[]}
 *                                              | {"type":"table", "rows"[[]]} | {"type":"figure", "caption", "src"} ]} ],
 *   "ending" {"status", "truncated", "kind", "evidence", "missingChars"},
 *   "related"[ {"title", "url", "author", "date", "views"} ],
 *   "removed"[ {"text", "role", "rule"} ],
 *   "confidence" }
 * </pre>
 */
public final class JsonWriter implements ArticleWriter {
    /** The version of the JSON schema; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** Creates a writer. */
    public JsonWriter() {}

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(Article article, Appendable out) throws IOException {
        write(article, null, out, true);
    }

    /**
     * Writes an article as one line of JSON lines: the same members on a single line, after a
     * first member {@code "source"} naming where the page came from, and a line feed.
     *
     * @param article the article
     * @param source  the page's file, URL or id
     * @param out     where to write
     * @throws IOException if {@code out} fails
     */
    public void writeLine(Article article, String source, Appendable out) throws IOException {
        write(article, source, out, false);
    }

    private void write(Article article, String source, Appendable out, boolean pretty) throws IOException {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        try (JsonGenerator g = FACTORY.createGenerator(writer)) {
            if (pretty) {
                g.setPrettyPrinter(PRINTER.createInstance());
            }
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Metadata m = article.metadata();
            g.writeStartObject();
            if (source != null) {
                g.writeStringField("source", source);
            }
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("status", article.status().label());
            strings(g, "warnings", article.warnings());
            g.writeObjectFieldStart("input");
            g.writeStringField("mediaType", article.input().mediaType());
            g.writeStringField("charset", article.input().charset());
            g.writeStringField("charsetSource", article.input().charsetSource());
            g.writeNumberField("bytes", article.input().bytes());
            g.writeEndObject();
            g.writeStringField("title", m.title());
            strings(g, "authors", m.authors());
            g.writeStringField("published", m.published());
            g.writeStringField("modified", m.modified());
            g.writeStringField("siteName", m.siteName());
            g.writeStringField("language", m.language());
            g.writeStringField("canonicalUrl", m.canonicalUrl());
            g.writeStringField("image", m.image());
            g.writeStringField("description", m.description());
            g.writeStringField("nextPageUrl", m.nextPageUrl());
            g.writeStringField("singlePageUrl", m.singlePageUrl());
            g.writeBooleanField("sponsored", m.sponsored());
            g.writeObjectFieldStart("provenance");
            for (Map.Entry<String, String> p : m.provenance().entrySet()) {
                g.writeStringField(p.getKey(), p.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("sections");
            for (Section s : article.sections()) {
                section(g, s);
            }
            g.writeEndArray();
            ending(g, article.ending());
            g.writeArrayFieldStart("related");
            for (RelatedItem r : article.related()) {
                g.writeStartObject();
                g.writeStringField("title", r.title());
                g.writeStringField("url", r.url());
                g.writeStringField("author", r.author());
                g.writeStringField("date", r.date() == null ? null : r.date().toString());
                if (r.views() == null) {
                    g.writeNullField("views");
                } else {
                    g.writeNumberField("views", r.views());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("removed");
            for (Removed r : article.removed()) {
                g.writeStartObject();
                g.writeStringField("text", r.text());
                g.writeStringField("role", r.role().label());
                g.writeStringField("rule", r.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("confidence", article.confidence());
            g.writeEndObject();
        }
        out.append('\n');
    }

    private static void section(JsonGenerator g, Section s) throws IOException {
        g.writeStartObject();
        g.writeStringField("heading", s.heading() == null ? null : s.heading().text());
        if (s.heading() == null) {
            g.writeNullField("level");
        } else {
            g.writeNumberField("level", s.heading().level());
        }
        g.writeArrayFieldStart("blocks");
        for (BodyBlock b : s.blocks()) {
            g.writeStartObject();
            g.writeStringField("type", b.type());
            if (b instanceof BodyBlock.Paragraph p) {
                g.writeStringField("text", p.text());
                inlines(g, p.inlines());
            } else if (b instanceof BodyBlock.Quote q) {
                g.writeStringField("text", q.text());
                inlines(g, q.inlines());
            } else if (b instanceof BodyBlock.Preformatted p) {
                g.writeStringField("text", p.text());
            } else if (b instanceof BodyBlock.ItemList l) {
                g.writeBooleanField("ordered", l.ordered());
                strings(g, "items", l.items());
            } else if (b instanceof BodyBlock.Table t) {
                g.writeArrayFieldStart("rows");
                for (List<String> row : t.rows()) {
                    g.writeStartArray();
                    for (String cell : row) {
                        g.writeString(cell);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            } else if (b instanceof BodyBlock.Figure f) {
                g.writeStringField("caption", f.caption());
                g.writeStringField("src", f.src());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The optional {@code inlines} member: written only when the block has inline markup. */
    private static void inlines(JsonGenerator g, List<Inline> inlines) throws IOException {
        if (inlines.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("inlines");
        for (Inline i : inlines) {
            g.writeStartObject();
            g.writeNumberField("start", i.start());
            g.writeNumberField("end", i.end());
            g.writeStringField("type", i.type().label());
            if (i.href() != null) {
                g.writeStringField("href", i.href());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void ending(JsonGenerator g, Ending e) throws IOException {
        g.writeObjectFieldStart("ending");
        g.writeStringField("status", e.status().label());
        g.writeBooleanField("truncated", e.truncated());
        g.writeStringField("kind", e.kind() == null ? null : e.kind().label());
        g.writeStringField("evidence", e.evidence());
        if (e.missingChars() == null) {
            g.writeNullField("missingChars");
        } else {
            g.writeNumberField("missingChars", e.missingChars());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Adapts an {@link Appendable} to a {@link Writer}. */
    private static final class AppendableWriter extends Writer {
        private final Appendable out;

        AppendableWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            out.append(java.nio.CharBuffer.wrap(cbuf, off, len));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
