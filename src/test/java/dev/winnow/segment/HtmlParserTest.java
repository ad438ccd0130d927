package dev.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlParserTest {
    private static final String ARTICLE = "<p>The council voted on Thursday to close the bridge to lorries from March.</p>"
            + "<p>Repairs are expected to take at least eighteen months.</p>";

    @Test
    void leavesAWellFormedPageAlone() {
        HtmlParser.Parsed p = HtmlParser.parse("<html><head><title>Bridge</title></head><body>" + ARTICLE + "</body></html>", "", 512);
        assertThat(p.warning()).isNull();
        assertThat(p.document().title()).isEqualTo("Bridge");
    }

    @Test
    void closesATitleThatSwallowedThePage() {
        HtmlParser.Parsed p = HtmlParser.parse("<html><head><title>Bridge closes\n<meta charset=utf-8></head><body>"
                + ARTICLE + "</body></html>", "", 512);
        assertThat(p.warning()).contains("<title>");
        assertThat(p.document().title()).isEqualTo("Bridge closes");
        assertThat(p.document().select("p")).hasSize(2);
    }

    @Test
    void closesATextareaOrStyleThatSwallowedThePage() {
        for (String tag : new String[] {"textarea", "style", "xmp", "noembed"}) {
            HtmlParser.Parsed p = HtmlParser.parse("<html><body><" + tag + " class=x>" + ARTICLE + "</body></html>", "", 512);
            assertThat(p.warning()).as(tag).contains("<" + tag + ">");
            assertThat(p.document().select("p")).as(tag).hasSize(2);
        }
    }

    @Test
    void repairsOnlyWhenMostOfThePageWasSwallowed() {
        String page = "<html><body>" + ARTICLE.repeat(20) + "<textarea>a<b>c</body></html>";
        assertThat(HtmlParser.parse(page, "", 512).warning()).isNull();
    }

    @Test
    void closesTheStartTagAfterTheLastEndTag() {
        String html = "<title>a</title><p>x</p><title>b<meta x><p>y</p>";
        assertThat(HtmlParser.closeUnclosed(html, "title")).isEqualTo("<title>a</title><p>x</p><title>b</title><meta x><p>y</p>");
        assertThat(HtmlParser.closeUnclosed("<titles>a", "title")).isNull();
        assertThat(HtmlParser.closeUnclosed("<title>a</title>", "title")).isNull();
    }

    @Test
    void tagLimitCountsTagsAndAttributesAndCutsAtATag() {
        assertThat(HtmlParser.tagLimit("<p>a</p><p>b</p>", 4)).isEqualTo(-1);
        assertThat(HtmlParser.tagLimit("<p>a</p><p>b</p>", 3)).isEqualTo(12);
        assertThat(HtmlParser.tagLimit("<a href=x class=y>a</a>", 2)).isEqualTo(0);
        assertThat(HtmlParser.tagLimit("<a href=x class=y>a</a>", 4)).isEqualTo(-1);
        assertThat(HtmlParser.tagLimit("if a < b then <p>x</p>", 1)).as("a < that starts no tag").isEqualTo(18);
        assertThat(HtmlParser.tagLimit("<a <b <c", 2)).as("tags left open").isEqualTo(6);
    }

    @Test
    void closesANoscriptThatSwallowedThePage() {
        String page = "<html><body><noscript><img src=pixel.gif><div><h1>Bridge</h1>" + ARTICLE.repeat(4) + "</div></body></html>";
        HtmlParser.Parsed p = HtmlParser.parse(page, "", 512);
        assertThat(p.warning()).contains("<noscript>");
        assertThat(p.document().select("noscript p")).isEmpty();
        assertThat(p.document().select("p")).hasSize(8);

        String small = "<html><body><noscript><img src=pixel.gif></noscript>" + ARTICLE + "</body></html>";
        assertThat(HtmlParser.parse(small, "", 512).warning()).isNull();
    }
}
