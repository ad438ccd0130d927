package dev.winnow.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.SiteProfile.Scope;
import org.junit.jupiter.api.Test;

class FtrFormatTest {

    private static final String FILE = """
            # a comment
            body: //div[@id='story']
            body: //article
            title: //h1[@class='headline']
            author: //span[@class='byline']
            date: //time/@datetime
            strip: //aside
            strip_id_or_class: share-bar
            strip_image_src: doubleclick.net
            strip_attr: //img/@srcset
            dissolve: //div[@class='wrapper']
            wrap_in(blockquote): //p[@class='pullquote']
            find_string: <amp-img
            replace_string: <img
            replace_string(</amp-img>): <!-- x -->
            prune: no
            skip_json_ld: yes
            autodetect_on_failure: no
            convert_double_br_tags: yes
            native_ad_clue: //div[@class='sponsored']
            next_page_link: //a[@rel='next']
            single_page_link: //a[@class='print']
            test_url: https://news.example/a
            test_contains: the council voted
            http_header(user-agent): Mozilla/5.0
            login_uri: https://news.example/login
            tidy: no
            move_into(body): //div[@id='x']
            titel: //h1
            strip: //div[contains(@class, 'a', 'b')]
            prune: maybe
            """;

    @Test
    void readsEverySupportedDirective() {
        Tally tally = new Tally();
        SiteConfig c = FtrFormat.parse("news.example.txt", FILE, tally).build();
        assertThat(c.host()).isEqualTo("news.example");
        assertThat(c.scope()).isEqualTo(Scope.HOST_AND_WWW);
        assertThat(c.body()).extracting(Selector::expression).containsExactly("//div[@id='story']", "//article");
        assertThat(c.body()).allMatch(Selector::isXpath);
        assertThat(c.title()).hasSize(1);
        assertThat(c.author()).hasSize(1);
        assertThat(c.date()).extracting(Selector::expression).containsExactly("//time/@datetime");
        assertThat(c.strip()).extracting(Selector::expression).containsExactly("//aside");
        assertThat(c.stripIdOrClass()).containsExactly("share-bar");
        assertThat(c.stripImageSrc()).containsExactly("doubleclick.net");
        assertThat(c.stripAttr()).hasSize(1);
        assertThat(c.dissolve()).hasSize(1);
        assertThat(c.wrapIn()).extracting(SiteConfig.Wrap::tag).containsExactly("blockquote");
        assertThat(c.replacements()).containsExactly(new SiteConfig.Replacement("<amp-img", "<img"),
                new SiteConfig.Replacement("</amp-img>", "<!-- x -->"));
        assertThat(c.prune()).isFalse();
        assertThat(c.skipJsonLd()).isTrue();
        assertThat(c.autodetectOnFailure()).isFalse();
        assertThat(c.nativeAdClue()).hasSize(1);
        assertThat(c.nextPageLink()).hasSize(1);
        assertThat(c.singlePageLink()).hasSize(1);
        assertThat(c.tests()).containsExactly(new SiteConfig.TestUrl("https://news.example/a", java.util.List.of("the council voted")));
        assertThat(tally.supported).containsEntry("body", 2).containsEntry("replace_string", 2)
                .containsEntry("find_string", 1).containsEntry("convert_double_br_tags", 1);
    }

    @Test
    void reportsIgnoredDirectivesAndBadValuesWithFileAndLine() {
        Tally tally = new Tally();
        FtrFormat.parse("news.example.txt", FILE, tally);
        assertThat(tally.ignored).containsEntry("http_header", 1).containsEntry("login_uri", 1)
                .containsEntry("tidy", 1).containsEntry("move_into", 1).containsEntry("titel", 1)
                .containsEntry("strip", 1).containsEntry("prune", 1);
        assertThat(tally.warnings).anyMatch(w -> w.startsWith("news.example.txt:25: http_header ignored: fetch-side"))
                .anyMatch(w -> w.startsWith("news.example.txt:29: titel ignored: unknown directive"))
                .anyMatch(w -> w.startsWith("news.example.txt:30: strip ignored: bad XPath"))
                .anyMatch(w -> w.contains("not yes or no: 'maybe'"));
    }

    @Test
    void fileNamesGiveHostAndScope() {
        assertThat(FtrFormat.scope("example.com.txt")).isEqualTo(Scope.HOST_AND_WWW);
        assertThat(FtrFormat.scope(".example.com.txt")).isEqualTo(Scope.SUBDOMAINS_ONLY);
        assertThat(FtrFormat.scope("global.txt")).isNull();
        assertThat(FtrFormat.scope("LICENSE.txt")).isNull();
        assertThat(FtrFormat.scope("README.md")).isNull();
        assertThat(FtrFormat.parse(".blog.example.com.txt", "", new Tally()).build().host())
                .isEqualTo("blog.example.com");
    }

    @Test
    void unpairedFindStringIsReported() {
        Tally tally = new Tally();
        SiteConfig c = FtrFormat.parse("a.example.txt", "find_string: x\nreplace_string: y\nfind_string: z\n", tally).build();
        assertThat(c.replacements()).containsExactly(new SiteConfig.Replacement("x", "y"));
        assertThat(tally.warnings).anyMatch(w -> w.contains("1 find_string without replace_string"));
        Tally orphan = new Tally();
        FtrFormat.parse("a.example.txt", "replace_string: y\n", orphan);
        assertThat(orphan.warnings).anyMatch(w -> w.contains("no find_string before it"));
    }
}
