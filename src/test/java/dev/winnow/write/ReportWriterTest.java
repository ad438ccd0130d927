package dev.winnow.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.Report;
import dev.winnow.TestFiles;
import dev.winnow.model.Article;
import dev.winnow.model.Ending;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Kind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The explain report's structure, read back with Jsoup. */
class ReportWriterTest {
    private static final String HTML_PAGE = "html-cases/en-comments-section-after-article/input.html";

    private static Report explain(String relative) {
        return Cleaner.standard().explain(Input.path(TestFiles.TESTDATA.resolve(relative)));
    }

    private static Document render(Report report) {
        return Jsoup.parse(new ReportWriter().render(report, "page.html"));
    }

    @Test
    void everyBlockIsOneSectionInPageOrderAndEveryRemovedOneCarriesRoleRuleAndReason() {
        for (String page : List.of(HTML_PAGE, "xi-russia.txt")) {
            Report report = explain(page);
            Elements blocks = render(report).select("section.block");
            assertThat(blocks).as(page).hasSize(report.blocks().size()).hasSizeGreaterThan(10);
            for (int i = 0; i < blocks.size(); i++) {
                Element section = blocks.get(i);
                Report.Segment segment = report.blocks().get(i);
                assertThat(section.attr("data-index")).isEqualTo(String.valueOf(i));
                assertThat(section.selectFirst(".text").wholeText()).isEqualTo(segment.text());
                if (segment.kept()) {
                    assertThat(section.hasClass("kept")).isTrue();
                    assertThat(section.hasAttr("style")).isFalse();
                    assertThat(section.select(".badge, .rule")).isEmpty();
                } else {
                    assertThat(section.hasClass("removed")).isTrue();
                    assertThat(section.hasClass("role-" + segment.role().label())).isTrue();
                    assertThat(section.attr("data-role")).isEqualTo(segment.role().label());
                    assertThat(section.attr("data-rule")).isEqualTo(segment.rule()).isNotEmpty();
                    assertThat(section.attr("style")).startsWith("background:#");
                    assertThat(section.selectFirst(".badge").text()).isEqualTo(segment.role().label());
                    assertThat(section.selectFirst(".rule").text()).isEqualTo(segment.rule());
                    String reason = section.selectFirst(".reason").text();
                    assertThat(report.trace()).as(page + " block " + i).contains(
                            new Decision(segment.rule(), i, "role=" + segment.role().label(), reason));
                }
            }
            assertThat(blocks.stream().filter(b -> b.hasClass("removed")).count()).as(page)
                    .isEqualTo(report.article().removed().size());
        }
    }

    @Test
    void theReportIsSelfContained() {
        Document doc = render(explain(HTML_PAGE));
        assertThat(doc.select("script, link, img, iframe, object, embed, video, audio, source, base, form")).isEmpty();
        for (Element e : doc.select("[src], [href], [srcset], [style*=url], [action], [poster]")) {
            assertThat(e.tagName()).as(e.outerHtml()).isEqualTo("a");
        }
        assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(doc.select("[on*]").stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
    }

    @Test
    void itShowsTheContentRootTheEndingTheRelatedItemsAndTheMetadataWithProvenance() {
        Document html = render(explain(HTML_PAGE));
        assertThat(html.selectFirst("#content-root").text()).contains("div.entry-content — score 50.5");
        assertThat(html.select("section.block.kept .path mark")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.text()).isEqualTo("div.entry-content"));
        Element title = html.select("#metadata tr").stream().filter(r -> r.child(0).text().equals("title"))
                .findFirst().orElseThrow();
        assertThat(title.child(1).text()).isEqualTo("Town library to open on Sundays from next month");
        assertThat(title.child(2).text()).isEqualTo("og");
        assertThat(html.selectFirst("#ending").text()).contains("complete").contains("ends with terminal punctuation");

        Document xi = render(explain("xi-russia.txt"));
        assertThat(xi.selectFirst("#ending").text()).contains("truncated").contains("mid-sentence")
                .contains("from being entirely").contains("last paragraph stops mid-sentence");
        Elements related = xi.select("#related li");
        assertThat(related).hasSize(5);
        assertThat(related.get(0).text()).isEqualTo("LMZH Academy Sports: Your Guide To Southside Blvd Location "
                + "Alex Braham · 2025-11-12 · 58 views");   // the flattened page has no URLs
        assertThat(related.get(0).selectFirst(".details").text()).isEqualTo("Alex Braham · 2025-11-12 · 58 views");
        assertThat(xi.selectFirst("#content-root").text()).isEqualTo("Content root None chosen (flattened text has no elements; or no element held the article).");
        assertThat(xi.select("section.block .path")).allSatisfy(p -> assertThat(p.text()).startsWith("line "));
    }

    @Test
    void textIsEscapedAndUnsafeLinksAreNotLinks() {
        Article article = new Article(Metadata.empty(), List.of(), Ending.unknown(),
                List.of(new RelatedItem("<b>bold</b>", "javascript:alert(1)", null, LocalDate.of(2025, 1, 2), 3L),
                        new RelatedItem("Safe", "https://news.example/a?b=1&c=2", "Jo", null, null)),
                List.of(), 0);
        Report report = new Report(article, List.of(new Decision("r", 0, "role=boilerplate", "<i>why</i>")),
                List.of(new Report.Segment(0, "<script>alert(1)</script> it's", Kind.PARAGRAPH, 0, Role.BOILERPLATE, "r",
                        "")));
        String out = new ReportWriter().render(report, "<stdin>");
        Document doc = Jsoup.parse(out);
        assertThat(doc.select("script, b, i")).isEmpty();
        assertThat(doc.select("a")).hasSize(1);
        assertThat(doc.selectFirst("a").attr("href")).isEqualTo("https://news.example/a?b=1&c=2");
        assertThat(doc.select("#related li").get(1).selectFirst(".url").text()).isEqualTo("https://news.example/a?b=1&c=2");
        assertThat(doc.select("#related li").get(0).selectFirst(".url").text()).isEqualTo("javascript:alert(1)");
        assertThat(doc.selectFirst("section.block .text").text()).isEqualTo("<script>alert(1)</script> it's");
        assertThat(doc.selectFirst("section.block .reason").text()).isEqualTo("<i>why</i>");
        assertThat(doc.selectFirst("#related li").text()).contains("<b>bold</b>").contains("2025-01-02 · 3 views");
        assertThat(out).doesNotContain("&apos;");
        assertThat(doc.title()).isEqualTo("Winnow report: <stdin>");
    }

    @Test
    void aReportWithoutBlocksSaysSo() {
        Report unsupported = Cleaner.standard().explain(Input.path(Path.of("testdata/cli/binary.dat")));
        assertThat(unsupported.blocks()).isEmpty();
        Document doc = render(unsupported);
        assertThat(doc.select("section.block")).isEmpty();
        assertThat(doc.selectFirst("header").text()).contains("status unsupported").contains("0 of 0 blocks kept");
        assertThat(Map.of("bytes", "2048", "media type", "application/octet-stream")).allSatisfy((k, v) ->
                assertThat(doc.select("#input tr").stream().anyMatch(r -> r.text().equals(k + " " + v))).isTrue());
    }
}
