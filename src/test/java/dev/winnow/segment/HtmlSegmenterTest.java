package dev.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.winnow.rule.Block;
import dev.winnow.rule.Kind;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlSegmenterTest {
    private static final String BASE = "https://news.example/world/story.html";
    private final HtmlSegmenter segmenter = new HtmlSegmenter();

    private List<Block> segment(String bodyHtml) {
        return segmenter.segment(Jsoup.parse("<html><head><title>T</title></head><body>" + bodyHtml
                + "</body></html>", BASE));
    }

    private static Block find(List<Block> blocks, String text) {
        return blocks.stream().filter(b -> b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no block '" + text + "' in " + blocks));
    }

    @Test
    void headingsKeepTheirLevels() {
        List<Block> blocks = segment("<h1>One</h1><h2>Two</h2><h3>Three <em>and</em> a bit</h3><h4>Four</h4>"
                + "<h5>Five</h5><h6>Six</h6><p>Para</p>");
        assertThat(blocks).extracting(Block::text)
                .containsExactly("One", "Two", "Three and a bit", "Four", "Five", "Six", "Para");
        for (int i = 0; i < 6; i++) {
            assertThat(blocks.get(i).kind()).isEqualTo(Kind.HEADING);
            assertThat(blocks.get(i).level()).isEqualTo(i + 1);
        }
        assertThat(blocks.get(6).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(blocks.get(6).level()).isZero();
        assertThat(blocks).extracting(Block::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void listItemsOfOneListShareAnId() {
        List<Block> blocks = segment("<ul><li>Apples</li><li>Pears</li></ul><p>Between</p>"
                + "<ol><li>First</li><li>Second</li><li>Third</li></ol><ul><li>Other</li></ul>");
        Block apples = find(blocks, "Apples");
        Block pears = find(blocks, "Pears");
        Block first = find(blocks, "First");
        Block third = find(blocks, "Third");
        Block other = find(blocks, "Other");
        assertThat(List.of(apples, pears, first, third, other)).allSatisfy(b ->
                assertThat(b.kind()).isEqualTo(Kind.LIST_ITEM));
        assertThat(apples.listId()).isEqualTo(pears.listId()).isNotNegative();
        assertThat(apples.ordered()).isFalse();
        assertThat(first.listId()).isEqualTo(third.listId()).isNotEqualTo(apples.listId());
        assertThat(first.ordered()).isTrue();
        assertThat(third.ordered()).isTrue();
        assertThat(other.listId()).isNotEqualTo(apples.listId()).isNotEqualTo(first.listId());
        assertThat(find(blocks, "Between").kind()).isEqualTo(Kind.PARAGRAPH);
    }

    @Test
    void tableRowsBecomeTabSeparatedRows() {
        List<Block> blocks = segment("<table><thead><tr><th>Party</th><th>Seats</th></tr></thead>"
                + "<tbody><tr><td>Greens</td><td>12</td></tr><tr><td>Liberals</td><td>9</td></tr></tbody></table>"
                + "<table><tr><td>Other</td><td>1</td></tr></table>");
        assertThat(blocks).extracting(Block::text)
                .containsExactly("Party\tSeats", "Greens\t12", "Liberals\t9", "Other\t1");
        assertThat(blocks).allSatisfy(b -> assertThat(b.kind()).isEqualTo(Kind.TABLE_ROW));
        assertThat(blocks.get(0).listId()).isEqualTo(blocks.get(1).listId()).isEqualTo(blocks.get(2).listId());
        assertThat(blocks.get(3).listId()).isNotEqualTo(blocks.get(0).listId());
    }

    @Test
    void cellsOfPrettyPrintedTablesAreTrimmed() {
        List<Block> blocks = segment("<table>\n  <tr>\n    <td>Greens</td>\n    <td> 12 </td>\n  </tr>\n</table>");
        assertThat(blocks).extracting(Block::text).containsExactly("Greens\t12");
    }

    @Test
    void blockquoteIsAQuoteAndFigcaptionACaption() {
        List<Block> blocks = segment("<blockquote><p>We will build it.</p></blockquote>"
                + "<figure><img src=\"/tram.jpg\"><figcaption>The new tram</figcaption></figure>");
        assertThat(find(blocks, "We will build it.").kind()).isEqualTo(Kind.QUOTE);
        assertThat(find(blocks, "The new tram").kind()).isEqualTo(Kind.CAPTION);
    }

    @Test
    void preKeepsNewlinesAndSpaces() {
        List<Block> blocks = segment("<pre>line one\n  indented two\nline three</pre><p>After   the   code</p>");
        Block pre = blocks.get(0);
        assertThat(pre.kind()).isEqualTo(Kind.PREFORMATTED);
        assertThat(pre.text()).isEqualTo("line one\n  indented two\nline three");
        assertThat(find(blocks, "After the code").kind()).isEqualTo(Kind.PARAGRAPH);
    }

    @Test
    void scriptStyleAndFormControlsNeverAppear() {
        List<Block> blocks = segment("<p>Visible <script>var secret = 'script text';</script>text</p>"
                + "<style>.x { color: red }</style><noscript>Enable JavaScript</noscript>"
                + "<template><p>Template text</p></template><button>Click me</button>"
                + "<select><option>Option text</option></select><p>End</p>");
        String all = String.join("\n", blocks.stream().map(Block::text).toList());
        assertThat(all).contains("Visible text").contains("End")
                .doesNotContain("secret").doesNotContain("color").doesNotContain("JavaScript")
                .doesNotContain("Template text").doesNotContain("Click me").doesNotContain("Option text");
    }

    @Test
    void brSplitsBlocks() {
        List<Block> blocks = segment("<p>First line<br>Second line</p>");
        assertThat(blocks).extracting(Block::text).containsExactly("First line", "Second line");
    }

    @Test
    void blockThatIsOneLinkHasAnAbsoluteHrefAndFullLinkDensity() {
        List<Block> blocks = segment("<ul><li><a href=\"/politics/budget.html\">Council approves the budget</a></li>"
                + "</ul><p><a href=\"other.html\">A relative link</a></p>"
                + "<p>A paragraph with <a href=\"/x\">one link</a> among many plain words around it.</p>"
                + "<p>No links at all here.</p>");
        Block item = find(blocks, "Council approves the budget");
        assertThat(item.origin().href()).isEqualTo("https://news.example/politics/budget.html");
        assertThat(item.origin().linkDensity()).isCloseTo(1.0, within(0.01));

        Block relative = find(blocks, "A relative link");
        assertThat(relative.origin().href()).isEqualTo("https://news.example/world/other.html");

        Block mixed = find(blocks, "A paragraph with one link among many plain words around it.");
        assertThat(mixed.origin().href()).isNull();
        assertThat(mixed.origin().linkDensity()).isGreaterThan(0.0).isLessThan(0.5);

        Block plain = find(blocks, "No links at all here.");
        assertThat(plain.origin().href()).isNull();
        assertThat(plain.origin().linkDensity()).isZero();
    }

    @Test
    void blockOfTwoLinksHasNoHref() {
        List<Block> blocks = segment("<p><a href=\"/a\">First</a> <a href=\"/b\">Second</a></p>");
        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.origin().href()).isNull();
            assertThat(b.origin().linkDensity()).isGreaterThan(0.9);
        });
    }

    @Test
    void hiddenElementsAreMarkedHidden() {
        List<Block> blocks = segment("<p style=\"display:none\">Display none</p>"
                + "<div style=\"color: red; DISPLAY: NONE\"><p>Inside hidden div</p></div>"
                + "<p hidden>Hidden attribute</p><p aria-hidden=\"true\">Aria hidden</p>"
                + "<p style=\"visibility:hidden\">Visibility hidden</p><p>Shown</p>");
        for (String t : List.of("Display none", "Inside hidden div", "Hidden attribute", "Aria hidden",
                "Visibility hidden")) {
            assertThat(find(blocks, t).origin().hidden()).as(t).isTrue();
        }
        assertThat(find(blocks, "Shown").origin().hidden()).isFalse();
    }

    @Test
    void originHasTagPathAndTokens() {
        List<Block> blocks = segment("<nav id=\"Menu\"><div class=\"links Top\"><p>Home</p></div></nav>"
                + "<article class=\"story\"><p>Text</p></article>");
        Block home = find(blocks, "Home");
        assertThat(home.origin().tagPath()).endsWith("nav>div.links>p");
        assertThat(home.origin().tokens()).contains("menu", "links", "top", "<nav>");
        assertThat(home.origin().line()).isZero();
        assertThat(find(blocks, "Text").origin().tagPath()).endsWith("article.story>p");
    }

    @Test
    void emptyDocumentGivesNoBlocks() {
        assertThat(segmenter.segment(Jsoup.parse(""))).isEmpty();
        assertThat(segment("<div> </div><p>&nbsp;</p><hr>")).isEmpty();
    }

    @Test
    void deeplyNestedDivsDoNotOverflowTheStack() {
        int depth = 20_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append("<p>Deep text</p>").append("</div>".repeat(depth));
        html.append("<p>After the divs</p></body></html>");
        List<Block> blocks = segmenter.segment(Jsoup.parse(html.toString()));
        assertThat(blocks).extracting(Block::text).contains("Deep text", "After the divs");
    }

    @Test
    void deeplyNestedInlineElementsDoNotOverflowTheStack() {
        int depth = 20_000;
        String html = "<p>" + "<span>".repeat(depth) + "Deep inline" + "</span>".repeat(depth) + "</p>";
        assertThat(segment(html)).extracting(Block::text).contains("Deep inline");
    }

    @Test
    void aTextNodeLongerThanTheBudgetIsKeptUpToIt() {
        String huge = "Boats wait in the channel. ".repeat(10_000);
        Segmented s = segmenter.segment(Jsoup.parse("<p>Lead paragraph here.</p><p>" + huge + "</p><p>After.</p>"),
                1_000, 1_000, 1_000);
        assertThat(s.blocks()).hasSize(2);
        assertThat(s.blocks().get(0).text()).isEqualTo("Lead paragraph here.");
        assertThat(s.blocks().get(1).text().length()).isBetween(900, 1_000);
        assertThat(s.warning()).isEqualTo("more than 1000 characters of text: the rest of the page was not cleaned");
    }
}
