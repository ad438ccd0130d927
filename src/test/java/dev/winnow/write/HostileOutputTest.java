package dev.winnow.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.Inline;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML and Markdown writers on articles built to attack what renders their output: links with
 * script schemes (also obfuscated), URLs that try to break out of their attribute or link
 * destination, and text that made the Markdown writer recurse once per character.
 */
class HostileOutputTest {
    private static final String TEXT = "Read the harbour notice here.";
    private static final int LINK_START = 9;
    private static final int LINK_END = 28;

    /** An article whose inline link, related item and figure all point to {@code url}. */
    private static Article linkingTo(String url) {
        BodyBlock paragraph = new BodyBlock.Paragraph(TEXT,
                List.of(new Inline(LINK_START, LINK_END, Inline.Type.LINK, url)));
        return new Article(Metadata.empty(), List.of(new Section(null, List.of(paragraph,
                new BodyBlock.Figure("The harbour", url)))), Ending.unknown(),
                List.of(new RelatedItem("Channel reopens", url, null, null, null)), List.of(), 0.5);
    }

    /** The page a browser would show for the Markdown: rendered by commonmark-java, parsed by Jsoup. */
    private static Document renderedMarkdown(Article article) {
        String markdown = new MarkdownWriter().render(article);
        return Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown)));
    }

    private static Document html(Article article) {
        return Jsoup.parse(new HtmlWriter().render(article));
    }

    private static List<String> targets(Document page) {
        List<String> targets = new ArrayList<>();
        for (Element e : page.select("[href], [src]")) {
            targets.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
        return targets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " \u0001javascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "&#106;avascript:alert(1)",
        "javascript&#58;alert(1)", "javascript&colon;alert(1)", "&amp;#106;avascript:alert(1)",
        "javascript\\:alert(1)", "file:///etc/passwd"})
    void linksWithOtherSchemesLoseTheirUrlButKeepTheirText(String url) {
        for (Document page : List.of(html(linkingTo(url)), renderedMarkdown(linkingTo(url)))) {
            assertThat(targets(page)).isEmpty();
            assertThat(page.text()).contains(TEXT).contains("Channel reopens");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/a?b=1&c=2", "http://news.example/", "mailto:desk@news.example",
        "/harbour/notice", "../notice", "#notice", "?page=2", "//cdn.example/harbour.jpg"})
    void httpMailtoAndRelativeLinksAreKept(String url) {
        Document page = html(linkingTo(url));
        assertThat(targets(page)).containsExactly(url, url, url);
        assertThat(targets(renderedMarkdown(linkingTo(url)))).hasSize(3);
    }

    @Test
    void urlsCannotBreakOutOfTheirAttributeOrDestination() {
        Document page = html(linkingTo("https://news.example/a\"onmouseover=\"alert(1)\"<b>"));
        assertThat(page.select("[onmouseover], b")).isEmpty();
        assertThat(targets(page)).containsOnly("https://news.example/a\"onmouseover=\"alert(1)\"<b>");

        Document markdown = renderedMarkdown(linkingTo("https://news.example/a\\> [x](javascript:alert(1))\n<b>"));
        assertThat(markdown.select("b")).isEmpty();
        assertThat(targets(markdown)).hasSize(3).allSatisfy(t -> assertThat(t).startsWith("https://news.example/"));
    }

    @Test
    void markdownOfThousandsOfDashesIsOneParagraph() {
        String text = "- ".repeat(20_000) + "end";
        Article article = new Article(Metadata.empty(), List.of(new Section(null,
                List.of(new BodyBlock.Paragraph(text), new BodyBlock.Paragraph("- - -")))), Ending.unknown(),
                List.of(), List.of(), 0.5);
        Document page = renderedMarkdown(article);
        assertThat(page.select("ul, hr")).isEmpty();
        assertThat(page.select("p")).extracting(Element::text).containsExactly(text.strip(), "- - -");
    }

    @Test
    void deeplyNestedInlinesRenderWithoutRecursion() {
        int depth = 20_000;
        String text = "x".repeat(2 * depth);
        List<Inline> nested = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            nested.add(new Inline(i, text.length() - i, i % 2 == 0 ? Inline.Type.EMPHASIS : Inline.Type.STRONG, null));
        }
        Article article = new Article(Metadata.empty(), List.of(new Section(null,
                List.of(new BodyBlock.Paragraph(text, nested)))), Ending.unknown(), List.of(), List.of(), 0.5);
        String html = new HtmlWriter().render(article);
        assertThat(html.contains("<p><em>x<strong>x<em>x") && html.contains("x</em>x</strong>x</em></p>")).isTrue();
        assertThat(html.replaceAll("</?(?:em|strong)>", "").contains("<p>" + text + "</p>")).isTrue();
        assertThat(new MarkdownWriter().render(article).startsWith("*x**x*x**x")).isTrue();
    }
}
