package dev.winnow.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.Heading;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.model.Section;
import dev.winnow.model.TruncationKind;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Article article() {
        Metadata metadata = new Metadata("Council approves *the* budget", List.of("Jane Doe", "John Roe"),
                "2025-11-12", "2025-11-13T08:00:00Z", "News Example", "en",
                "https://news.example/budget", "https://news.example/tram.jpg", "The tram line is coming.",
                "https://news.example/budget?page=2", null, false, Map.of("title", "json-ld"));
        Section lead = new Section(null, List.of(
                new BodyBlock.Paragraph("The council approved the budget on Tuesday."),
                new BodyBlock.Figure("The planned tram", "https://news.example/tram.jpg")));
        Section details = new Section(new Heading("What it costs", 2), List.of(
                new BodyBlock.ItemList(false, List.of("Trams: 40 million", "Buses: 5 million")),
                new BodyBlock.ItemList(true, List.of("Vote", "Build")),
                new BodyBlock.Table(List.of(List.of("Party", "Seats"), List.of("Greens", "12"))),
                new BodyBlock.Quote("We will build it."),
                new BodyBlock.Preformatted("code  line 1\n  line 2"),
                new BodyBlock.Figure("A caption only", null)));
        Section deep = new Section(new Heading("Small print", 4), List.of(
                new BodyBlock.Paragraph("The last sentence.")));
        return new Article(metadata, List.of(lead, details, deep),
                Ending.truncated(TruncationKind.CHAR_COUNT, "[+120 chars]", 120),
                List.of(new RelatedItem("Bus lanes open", "https://news.example/bus", "Alex Braham",
                        LocalDate.of(2025, 11, 12), 58L), RelatedItem.titled("Tram delays")),
                List.of(new Removed("Share on Facebook", Role.BOILERPLATE, "boilerplate-lines")),
                0.87);
    }

    static Article bodyOnly(List<BodyBlock> blocks) {
        return new Article(Metadata.empty(), List.of(new Section(null, blocks)), Ending.unknown(), List.of(),
                List.of(), 0.5);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    // --- JSON -----------------------------------------------------------------------------------

    @Test
    void jsonHasEveryMemberOfTheSchema() throws IOException {
        String json = new JsonWriter().render(article());
        JsonNode root = JSON.readTree(json);

        assertThat(names(root)).containsExactly("schemaVersion", "status", "warnings", "input", "title", "authors", "published", "modified",
                "siteName", "language", "canonicalUrl", "image", "description", "nextPageUrl", "singlePageUrl", "sponsored",
                "provenance", "sections", "ending",
                "related", "removed",
                "confidence");
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(JsonWriter.SCHEMA_VERSION).isEqualTo(1);
        assertThat(root.get("title").asText()).isEqualTo("Council approves *the* budget");
        assertThat(root.get("authors")).extracting(JsonNode::asText).containsExactly("Jane Doe", "John Roe");
        assertThat(root.get("published").asText()).isEqualTo("2025-11-12");
        assertThat(root.get("modified").asText()).isEqualTo("2025-11-13T08:00:00Z");
        assertThat(root.get("siteName").asText()).isEqualTo("News Example");
        assertThat(root.get("language").asText()).isEqualTo("en");
        assertThat(root.get("canonicalUrl").asText()).isEqualTo("https://news.example/budget");
        assertThat(root.get("description").asText()).isEqualTo("The tram line is coming.");
        assertThat(root.get("confidence").asDouble()).isEqualTo(0.87);

        JsonNode sections = root.get("sections");
        assertThat(sections).hasSize(3);
        for (JsonNode s : sections) {
            assertThat(names(s)).containsExactly("heading", "level", "blocks");
        }
        assertThat(sections.get(0).get("heading").isNull()).isTrue();
        assertThat(sections.get(0).get("level").isNull()).isTrue();
        assertThat(sections.get(1).get("heading").asText()).isEqualTo("What it costs");
        assertThat(sections.get(1).get("level").asInt()).isEqualTo(2);
        assertThat(sections.get(2).get("level").asInt()).isEqualTo(4);

        JsonNode lead = sections.get(0).get("blocks");
        assertThat(names(lead.get(0))).containsExactly("type", "text");
        assertThat(lead.get(0).get("type").asText()).isEqualTo("paragraph");
        assertThat(names(lead.get(1))).containsExactly("type", "caption", "src");
        assertThat(lead.get(1).get("type").asText()).isEqualTo("figure");
        assertThat(lead.get(1).get("src").asText()).isEqualTo("https://news.example/tram.jpg");

        JsonNode blocks = sections.get(1).get("blocks");
        assertThat(blocks).extracting(b -> b.get("type").asText())
                .containsExactly("list", "list", "table", "quote", "preformatted", "figure");
        assertThat(names(blocks.get(0))).containsExactly("type", "ordered", "items");
        assertThat(blocks.get(0).get("ordered").asBoolean()).isFalse();
        assertThat(blocks.get(0).get("items")).extracting(JsonNode::asText)
                .containsExactly("Trams: 40 million", "Buses: 5 million");
        assertThat(blocks.get(1).get("ordered").asBoolean()).isTrue();
        assertThat(names(blocks.get(2))).containsExactly("type", "rows");
        assertThat(blocks.get(2).get("rows").get(1)).extracting(JsonNode::asText).containsExactly("Greens", "12");
        assertThat(names(blocks.get(3))).containsExactly("type", "text");
        assertThat(blocks.get(4).get("text").asText()).isEqualTo("code  line 1\n  line 2");
        assertThat(names(blocks.get(5))).containsExactly("type", "caption", "src");
        assertThat(blocks.get(5).get("src").isNull()).isTrue();

        JsonNode ending = root.get("ending");
        assertThat(names(ending)).containsExactly("status", "truncated", "kind", "evidence", "missingChars");
        assertThat(ending.get("status").asText()).isEqualTo("truncated");
        assertThat(ending.get("truncated").asBoolean()).isTrue();
        assertThat(ending.get("kind").asText()).isEqualTo("char-count");
        assertThat(ending.get("evidence").asText()).isEqualTo("[+120 chars]");
        assertThat(ending.get("missingChars").asInt()).isEqualTo(120);

        JsonNode related = root.get("related");
        assertThat(related).hasSize(2);
        assertThat(names(related.get(0))).containsExactly("title", "url", "author", "date", "views");
        assertThat(related.get(0).get("date").asText()).isEqualTo("2025-11-12");
        assertThat(related.get(0).get("views").asLong()).isEqualTo(58L);
        assertThat(names(related.get(1))).containsExactly("title", "url", "author", "date", "views");
        assertThat(related.get(1).get("url").isNull()).isTrue();
        assertThat(related.get(1).get("views").isNull()).isTrue();

        JsonNode removed = root.get("removed");
        assertThat(names(removed.get(0))).containsExactly("text", "role", "rule");
        assertThat(removed.get(0).get("role").asText()).isEqualTo("boilerplate");
        assertThat(removed.get(0).get("rule").asText()).isEqualTo("boilerplate-lines");
    }

    @Test
    void jsonOfAnEmptyArticleStillHasEveryMember() throws IOException {
        Article empty = new Article(Metadata.empty(), List.of(), Ending.unknown(), List.of(), List.of(), 0);
        String json = new JsonWriter().render(empty);
        JsonNode root = JSON.readTree(json);
        assertThat(names(root)).hasSize(22);
        for (String key : List.of("title", "published", "modified", "siteName", "language", "canonicalUrl",
                "description")) {
            assertThat(root.get(key).isNull()).as(key).isTrue();
        }
        assertThat(root.get("authors").isArray()).isTrue();
        assertThat(root.get("sections")).isEmpty();
        assertThat(names(root.get("ending"))).containsExactly("status", "truncated", "kind", "evidence", "missingChars");
        assertThat(root.get("ending").get("status").asText()).isEqualTo("unknown");
        assertThat(root.get("ending").get("kind").isNull()).isTrue();
        assertThat(root.get("ending").get("missingChars").isNull()).isTrue();
    }

    @Test
    void jsonIsCanonicallyFormatted() throws IOException {
        String json = new JsonWriter().render(article());
        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n").endsWith("}\n").doesNotContain("\r");
        assertThat(json).contains("\"authors\": [\n    \"Jane Doe\",");
        StringWriter w = new StringWriter();
        new JsonWriter().write(article(), w);
        assertThat(w.toString()).isEqualTo(json);
        assertThat(new JsonWriter().render(article())).isEqualTo(json);
        assertThat(new JsonWriter().render(bodyOnly(List.of(new BodyBlock.Paragraph("Quote \" and \\ and \u2028")))))
                .contains("\"Quote \\\" and \\\\ and ");
    }

    // --- Markdown -------------------------------------------------------------------------------

    @Test
    void markdownHasTitleHeadingsListsAndRelated() {
        String md = new MarkdownWriter().render(article());
        List<String> lines = md.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# Council approves \\*the\\* budget");
        assertThat(lines).contains("## What it costs", "#### Small print", "- Trams: 40 million",
                "- Buses: 5 million", "1. Vote", "2. Build", "> We will build it.", "| Party | Seats |",
                "| Greens | 12 |", "*A caption only*", "## Related");
        assertThat(md).contains("```\ncode  line 1\n  line 2\n```");
        assertThat(md).contains("- [Bus lanes open](<https://news.example/bus>) — Alex Braham, 2025-11-12, 58 views");
        assertThat(lines).contains("- Tram delays");
        assertThat(md).contains("> *Truncated (char-count, 120 characters missing)*");
        assertThat(md).endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void markdownEscapesTextSoItNeverBecomesMarkup() {
        Article a = bodyOnly(List.of(
                new BodyBlock.Paragraph("# Not a heading"),
                new BodyBlock.Paragraph("*not emphasis* and _not either_ and 2*3*4"),
                new BodyBlock.Paragraph("1. Not a list"),
                new BodyBlock.Paragraph("- Not a bullet"),
                new BodyBlock.Paragraph("+ Not a bullet either"),
                new BodyBlock.Paragraph("> Not a quote"),
                new BodyBlock.Paragraph("[not](a link) and <b>not html</b> and `not code`"),
                new BodyBlock.ItemList(false, List.of("# item", "1. item"))));
        String md = new MarkdownWriter().render(a);
        List<String> lines = md.lines().filter(l -> !l.isEmpty()).toList();
        assertThat(lines.get(0)).startsWith("\\#").doesNotStartWith("# ");
        assertThat(lines.get(1)).isEqualTo("\\*not emphasis\\* and \\_not either\\_ and 2\\*3\\*4");
        assertThat(lines.get(2)).doesNotStartWith("1. ").contains("Not a list");
        assertThat(lines.get(3)).isEqualTo("\\- Not a bullet");
        assertThat(lines.get(4)).isEqualTo("\\+ Not a bullet either");
        assertThat(lines.get(5)).isEqualTo("\\> Not a quote");
        assertThat(lines.get(6)).isEqualTo("\\[not\\](a link) and \\<b\\>not html\\</b\\> and \\`not code\\`");
        assertThat(lines.get(7)).isEqualTo("- \\# item");
        assertThat(lines.get(8)).startsWith("- ").doesNotStartWith("- 1. ");
        assertThat(md).doesNotContain("\n# ").doesNotContain("\n1. ");
    }

    @Test
    void markdownEscapesOrderedListMarkersWithoutVisibleBackslash() {
        String md = new MarkdownWriter().render(bodyOnly(List.of(new BodyBlock.Paragraph("1. Not a list"),
                new BodyBlock.Paragraph("2024. A year to forget"))));
        assertThat(md.lines()).contains("1\\. Not a list", "2024\\. A year to forget");
    }

    @Test
    void markdownEscapesThematicBreaksAndTildeFences() {
        String md = new MarkdownWriter().render(bodyOnly(List.of(new BodyBlock.Paragraph("---"),
                new BodyBlock.Paragraph("~~~ fenced"), new BodyBlock.Paragraph("Last words."))));
        assertThat(md.lines()).doesNotContain("---").noneMatch(l -> l.startsWith("~~~"));
    }

    // --- Text -----------------------------------------------------------------------------------

    @Test
    void textBodyOnlyHasTheBodyWithOneBlankLineBetweenBlocks() {
        String text = TextWriter.bodyOnly().render(article());
        assertThat(text).doesNotContain("Council approves").doesNotContain("Bus lanes open")
                .doesNotContain("Tram delays").doesNotContain("Share on Facebook").doesNotContain("Jane Doe")
                .doesNotContain("The planned tram").doesNotContain("A caption only").doesNotContain("Truncated");
        assertThat(text).startsWith("The council approved the budget on Tuesday.\n\nWhat it costs\n\n"
                + "Trams: 40 million\nBuses: 5 million\n\nVote\nBuild\n\nParty\tSeats\nGreens\t12\n\n");
        assertThat(text).isEqualTo(article().bodyText() + "\n");
        assertThat(text).doesNotContain("\n\n\n");
        assertThat(text).doesNotContain("#").doesNotContain("*");
    }

    @Test
    void textEndsWithTheTruncationNoteAndTheRelatedItemsWithAllTheirFields() {
        String text = new TextWriter().render(article());
        assertThat(text).isEqualTo(article().bodyText() + "\n\n"
                + "[Truncated (char-count, 120 characters missing)]\n\n"
                + "Related:\n"
                + "- Bus lanes open — Alex Braham, 2025-11-12, 58 views\n"
                + "  https://news.example/bus\n"
                + "- Tram delays\n");
    }

    @Test
    void textOfAnEmptyBodyIsEmpty() {
        Article empty = new Article(Metadata.empty(), List.of(), Ending.unknown(), List.of(), List.of(), 0);
        assertThat(new TextWriter().render(empty)).isEmpty();
        assertThat(TextWriter.bodyOnly().render(empty)).isEmpty();
        assertThat(new TextWriter().render(bodyOnly(List.of(new BodyBlock.Figure(null, "x.jpg"),
                new BodyBlock.Paragraph("Only text."))))).isEqualTo("Only text.\n");
    }

    @Test
    void textOfRelatedItemsAloneHasNoLeadingBlankLine() {
        Article related = new Article(Metadata.empty(), List.of(), Ending.unknown(),
                List.of(RelatedItem.titled("Tram delays")), List.of(), 0);
        assertThat(new TextWriter().render(related)).isEqualTo("Related:\n- Tram delays\n");
    }

    // --- every format -----------------------------------------------------------------------------

    @Test
    void everyFormatShowsTheTruncatedEndingAndEveryFieldOfTheRelatedItems() {
        for (String format : List.of("json", "markdown", "text", "html")) {
            String out = ArticleWriter.forFormat(format).render(article());
            assertThat(out).as(format).contains("Bus lanes open", "https://news.example/bus", "Alex Braham",
                    "2025-11-12", "58", "Tram delays");
            assertThat(out).as(format).containsPattern("(?i)truncated");
        }
    }

    // --- HTML -----------------------------------------------------------------------------------

    @Test
    void htmlEscapesTextAndKeepsHeadingLevels() {
        Article a = new Article(new Metadata("<script>alert('title')</script>", List.of(), null, null, null, "en",
                null, null, null, null, null, false, Map.of()), List.of(new Section(null, List.of(new BodyBlock.Paragraph(
                        "Use <script>alert(1)</script> & \"quotes\""))),
                new Section(new Heading("Level three", 3), List.of(new BodyBlock.Paragraph("Text."))),
                new Section(new Heading("Level five <b>", 5), List.of())),
                Ending.complete(), List.of(new RelatedItem("Rel <i>", "https://e.example/?a=1&b=\"2\"", null, null,
                        null)), List.of(), 0.5);
        String html = new HtmlWriter().render(a);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html).contains("<h3>Level three</h3>").contains("<h5>Level five &lt;b&gt;</h5>");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");

        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("b, i")).isEmpty();
        assertThat(doc.selectFirst("article p").text()).isEqualTo("Use <script>alert(1)</script> & \"quotes\"");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("<script>alert('title')</script>");
        assertThat(doc.selectFirst("aside a").attr("href")).isEqualTo("https://e.example/?a=1&b=\"2\"");
        assertThat(doc.selectFirst("aside a").text()).isEqualTo("Rel <i>");
    }

    @Test
    void htmlRendersEveryBlockType() {
        Document doc = Jsoup.parse(new HtmlWriter().render(article()));
        assertThat(doc.select("h1").text()).isEqualTo("Council approves *the* budget");
        assertThat(doc.select("h2").text()).isEqualTo("What it costs");
        assertThat(doc.select("h4").text()).isEqualTo("Small print");
        assertThat(doc.select("ul").first().select("li")).hasSize(2);
        assertThat(doc.select("ol li")).extracting(e -> e.text()).containsExactly("Vote", "Build");
        assertThat(doc.select("table tr")).hasSize(2);
        assertThat(doc.select("blockquote").text()).isEqualTo("We will build it.");
        assertThat(doc.select("pre").first().wholeText()).isEqualTo("code  line 1\n  line 2");
        assertThat(doc.select("figure img").attr("src")).isEqualTo("https://news.example/tram.jpg");
        assertThat(doc.select("aside.related li")).hasSize(2);
        assertThat(doc.select("time").attr("datetime")).isEqualTo("2025-11-12");
    }

    @Test
    void htmlShowsTheTruncatedEndingAndRelatedItemsWithAuthorDateAndViews() {
        Document doc = Jsoup.parse(new HtmlWriter().render(article()));
        assertThat(doc.select("article p.ending").text()).isEqualTo("Truncated (char-count, 120 characters missing)");
        Element first = doc.selectFirst("aside.related li");
        assertThat(first.text()).isEqualTo("Bus lanes open — Alex Braham, 2025-11-12, 58 views");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("https://news.example/bus");
        assertThat(first.selectFirst(".author").text()).isEqualTo("Alex Braham");
        assertThat(first.selectFirst("time").attr("datetime")).isEqualTo("2025-11-12");
        assertThat(first.selectFirst(".views").text()).isEqualTo("58 views");
        assertThat(doc.select("aside.related li").get(1).html()).isEqualTo("Tram delays");
    }

    @Test
    void htmlEscapesOnlyWhatHtmlNeeds() {
        Article a = new Article(new Metadata("Let's go \"now\" – café", List.of(), null, null, null, null, null, null,
                null, null, null, false, Map.of()), List.of(new Section(null, List.of(new BodyBlock.Paragraph(
                        "It's 5 < 6 & 7 > 3, \"quoted\", 'single', non\u00a0breaking, ü and 中文.")))),
                Ending.complete(), List.of(new RelatedItem("Rel", "https://e.example/?a=1&b='2'", null, null, null)),
                List.of(), 0.5);
        String html = new HtmlWriter().render(a);
        assertThat(html).doesNotContain("&apos;").doesNotContain("&#39;").doesNotContain("&nbsp;")
                .doesNotContain("&uuml;");
        assertThat(html).contains("<title>Let's go \"now\" – café</title>")
                .contains("<p>It's 5 &lt; 6 &amp; 7 &gt; 3, \"quoted\", 'single', non\u00a0breaking, ü and 中文.</p>")
                .contains("<a href=\"https://e.example/?a=1&amp;b='2'\">");
        assertThat(Jsoup.parse(html).selectFirst("aside a").attr("href")).isEqualTo("https://e.example/?a=1&b='2'");
    }

    @Test
    void htmlWritesNoEmptyElements() {
        Article untitled = new Article(Metadata.empty(), List.of(new Section(null, List.of(
                new BodyBlock.Paragraph("Only a paragraph."), new BodyBlock.Figure(null, "javascript:alert(1)")))),
                Ending.complete(), List.of(), List.of(), 0.5);
        String html = new HtmlWriter().render(untitled);
        assertThat(html).doesNotContain("<title>").doesNotContain("<figure>");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("body *")).allSatisfy(e -> assertThat(e.hasText() || e.tagName().equals("img"))
                .as(e.outerHtml()).isTrue());
        assertThat(new HtmlWriter().render(new Article(Metadata.empty(), List.of(), Ending.unknown(), List.of(),
                List.of(), 0))).doesNotContain("<article>").doesNotContain("<title>");
    }

    @Test
    void htmlTitleFallsBackToTheSiteName() {
        Metadata site = new Metadata(null, List.of(), null, null, "News Example", null, null, null, null, null, null,
                false, Map.of());
        String html = new HtmlWriter().render(new Article(site, List.of(new Section(null,
                List.of(new BodyBlock.Paragraph("Text.")))), Ending.complete(), List.of(), List.of(), 0.5));
        assertThat(html).contains("<title>News Example</title>").doesNotContain("<h1>");
    }

    // --- lookup ---------------------------------------------------------------------------------

    @Test
    void forFormatKnowsTheFormats() {
        assertThat(ArticleWriter.forFormat("json")).isInstanceOf(JsonWriter.class);
        assertThat(ArticleWriter.forFormat("markdown")).isInstanceOf(MarkdownWriter.class);
        assertThat(ArticleWriter.forFormat("md")).isInstanceOf(MarkdownWriter.class);
        assertThat(ArticleWriter.forFormat("text")).isInstanceOf(TextWriter.class);
        assertThat(ArticleWriter.forFormat("txt")).isInstanceOf(TextWriter.class);
        assertThat(ArticleWriter.forFormat("html")).isInstanceOf(HtmlWriter.class);
        assertThat(List.of("json", "md", "txt", "html")).isEqualTo(List.of(
                ArticleWriter.forFormat("json").extension(), ArticleWriter.forFormat("markdown").extension(),
                ArticleWriter.forFormat("text").extension(), ArticleWriter.forFormat("html").extension()));
        assertThatThrownBy(() -> ArticleWriter.forFormat("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> ArticleWriter.forFormat("JSON")).isInstanceOf(IllegalArgumentException.class);
    }
}
