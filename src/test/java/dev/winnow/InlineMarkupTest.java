package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Inline;
import dev.winnow.write.HtmlWriter;
import dev.winnow.write.MarkdownWriter;
import java.util.List;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Inline links and emphasis: kept from HTML with their positions, and written by Markdown and HTML. */
class InlineMarkupTest {
    private static final String PAGE = "<html><body><article><h1>Title here</h1>"
            + "<p>See <a href=\"/reports/x\">the <em>annual</em> report</a>  and <strong>this</strong> "
            + "with <code>a*b</code>, plus more prose so that this paragraph, with its commas, counts.</p>"
            + "<p>A second paragraph of prose, long enough to count, with commas, and more words in it.</p>"
            + "</article></body></html>";

    private static Article article() {
        return Cleaner.standard().clean(Input.html(PAGE, "https://news.example/world/story"));
    }

    private static BodyBlock.Paragraph first(Article a) {
        return (BodyBlock.Paragraph) a.sections().get(0).blocks().get(0);
    }

    @Test
    void spansPointIntoTheNormalisedText() {
        BodyBlock.Paragraph p = first(article());
        assertThat(p.text()).startsWith("See the annual report and this with a*b, plus");
        assertThat(p.inlines()).extracting(Inline::type, i -> p.text().substring(i.start(), i.end()), Inline::href)
                .containsExactly(
                        tuple(Inline.Type.LINK, "the annual report", "https://news.example/reports/x"),
                        tuple(Inline.Type.EMPHASIS, "annual", null),
                        tuple(Inline.Type.STRONG, "this", null),
                        tuple(Inline.Type.CODE, "a*b", null));
    }

    @Test
    void markdownRendersLinksAndEmphasisAsCommonMark() {
        String md = new MarkdownWriter().render(article());
        assertThat(md).contains("See [the *annual* report](<https://news.example/reports/x>) and **this** with `a*b`,");
        Node doc = Parser.builder().build().parse(md);
        List<Class<?>> found = new java.util.ArrayList<>();
        doc.accept(new org.commonmark.node.AbstractVisitor() {
            @Override public void visit(Link link) { found.add(Link.class); visitChildren(link); }
            @Override public void visit(Emphasis e) { found.add(Emphasis.class); visitChildren(e); }
            @Override public void visit(StrongEmphasis e) { found.add(StrongEmphasis.class); visitChildren(e); }
        });
        assertThat(found).containsExactly(Link.class, Emphasis.class, StrongEmphasis.class);
    }

    @Test
    void writersCanLeaveInlineMarkupOut() {
        assertThat(new MarkdownWriter(false).render(article())).contains("See the annual report and this with a\\*b,");
        assertThat(new HtmlWriter(false).render(article())).contains("<p>See the annual report and this with a*b,");
        assertThat(new HtmlWriter().render(article()))
                .contains("<a href=\"https://news.example/reports/x\">the <em>annual</em> report</a>");
    }

    @Test
    void crossingSpansAreNotRendered() {
        BodyBlock.Paragraph p = new BodyBlock.Paragraph("abcdef", List.of(
                new Inline(0, 4, Inline.Type.EMPHASIS, null), new Inline(2, 6, Inline.Type.STRONG, null)));
        Article a = new Article(dev.winnow.model.Metadata.empty(),
                List.of(new dev.winnow.model.Section(null, List.of(p))), dev.winnow.model.Ending.unknown(),
                List.of(), List.of(), 0.5);
        assertThat(new HtmlWriter().render(a)).contains("<p><em>abcd</em>ef</p>");
    }
}
