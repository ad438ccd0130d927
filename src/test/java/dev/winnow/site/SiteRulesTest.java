package dev.winnow.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.Report;
import dev.winnow.SiteProfile;
import dev.winnow.SiteProfile.Scope;
import dev.winnow.model.Article;
import dev.winnow.model.TruncationKind;
import dev.winnow.rule.Decision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRulesTest {
    private static final String PAGE = """
            <html><head><title>Council approves tram | Acme News</title>
            <meta property="og:title" content="OG title"></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <div class="story" id="story">
              <h1 class="headline">Council approves the tram line</h1>
              <p class="meta">Written by <span class="writer">Jane Doe</span> on <span class="when">12 March 2024</span></p>
              <p>The city council approved the new tram line on Tuesday evening, after a debate that lasted more than six hours and drew a crowd.</p>
              <div class="promo-box"><p>Subscribe to the Acme daily briefing and get the news you need every morning, free of charge, with offers.</p></div>
              <p>Construction will start next spring, and the first trams are expected to run in 2027, the mayor said after the vote.</p>
              <p>Opponents argued that the cost, estimated at 400 million euros, would weigh on the budget for a decade or more.</p>
              <p>Subscribers read on</p>
            </div>
            <div class="more"><h2>More from Acme</h2>
              <ul><li><a href="/a">Bus fares rise again in the city centre</a></li>
              <li><a href="/b">New bike lanes open on the river bank</a></li></ul></div>
            <a class="next" href="/tram?page=2">Next page</a>
            <footer><p>Copyright Acme News. All rights reserved. Contact us for licensing and syndication requests.</p></footer>
            </body></html>
            """;

    private static SiteConfig acme() {
        return SiteConfig.forHost("acme.example")
                .body("div.story")
                .strip(".promo-box")
                .author("span.writer")
                .date("//span[@class='when']")
                .title("h1.headline")
                .relatedHeading("More from Acme")
                .paywallPhrase("Subscribers read on")
                .nextPageLink(Selector.css("a.next"))
                .nativeAdClue(Selector.xpath("//div[@class='sponsored']"))
                .build();
    }

    private static Report clean(Cleaner cleaner, String url) {
        return cleaner.explain(Input.html(PAGE, url));
    }

    @Test
    void javaSiteRulesChangeTheResultOnTheirHostOnly() {
        Cleaner cleaner = Cleaner.builder().use(SiteRules.of(List.of(acme()))).build();
        Report r = clean(cleaner, "https://www.acme.example/tram");
        Article a = r.article();
        assertThat(a.bodyText()).contains("approved the new tram line", "Opponents argued")
                .doesNotContain("Subscribe to the Acme daily briefing");
        assertThat(a.metadata().title()).isEqualTo("Council approves the tram line");
        assertThat(a.metadata().authors()).containsExactly("Jane Doe");
        assertThat(a.metadata().published()).isEqualTo("2024-03-12");
        assertThat(a.metadata().provenance()).containsEntry("title", "site-rules").containsEntry("authors", "site-rules");
        assertThat(a.metadata().nextPageUrl()).isEqualTo("https://www.acme.example/tram?page=2");
        assertThat(a.metadata().sponsored()).isFalse();
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.PAYWALL);
        assertThat(r.trace()).extracting(Decision::rule).contains(SiteRules.STRIP, SiteRules.BODY, SiteRules.METADATA);

        Article other = clean(cleaner, "https://other.example/tram").article();
        Article standard = clean(Cleaner.standard(), "https://other.example/tram").article();
        assertThat(new dev.winnow.write.JsonWriter().render(other))
                .isEqualTo(new dev.winnow.write.JsonWriter().render(standard));
        assertThat(standard.metadata().title()).isNotEqualTo("Council approves the tram line");
        assertThat(standard.metadata().nextPageUrl()).isNull();
    }

    @Test
    void aBodySelectorThatMatchesNothingLeavesThePageToTheGenericRules() {
        SiteConfig stale = SiteConfig.forHost("acme.example").body("div.article-body-v2").build();
        Cleaner cleaner = Cleaner.builder().use(SiteRules.of(List.of(stale))).build();
        Report r = clean(cleaner, "https://acme.example/tram");
        assertThat(r.article().bodyText()).isEqualTo(clean(Cleaner.standard(), "https://acme.example/tram").article().bodyText());
        assertThat(r.trace()).noneMatch(d -> d.rule().equals(SiteRules.BODY));

        SiteConfig strict = SiteConfig.forHost("acme.example").body("div.article-body-v2").autodetectOnFailure(false).build();
        Article empty = Cleaner.builder().use(SiteRules.of(List.of(strict))).build()
                .clean(Input.html(PAGE, "https://acme.example/tram"));
        assertThat(empty.sections()).isEmpty();
    }

    @Test
    void aStripThatWouldTakeTheArticleIsSkippedAsStale() {
        SiteConfig stale = SiteConfig.forHost("acme.example").strip("#story").build();
        Report r = Cleaner.builder().use(SiteRules.of(List.of(stale))).build()
                .explain(Input.html(PAGE, "https://acme.example/tram"));
        assertThat(r.article().bodyText()).contains("approved the new tram line");
        assertThat(r.trace()).anyMatch(d -> d.action().startsWith("skipped strip") && d.reason().startsWith("stale"));
    }

    @Test
    void sponsoredClueAndSkipJsonLd() {
        String page = PAGE.replace("<div class=\"more\">", "<div class=\"sponsored\">Paid post</div><div class=\"more\">")
                .replace("</head>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"LD headline\"}</script></head>");
        SiteConfig site = SiteConfig.forHost("acme.example").nativeAdClue(Selector.xpath("//div[@class='sponsored']"))
                .skipJsonLd(true).build();
        Article a = Cleaner.builder().use(SiteRules.of(List.of(site))).build().clean(Input.html(page, "https://acme.example/x"));
        assertThat(a.metadata().sponsored()).isTrue();
        assertThat(a.metadata().title()).isNotEqualTo("LD headline");
        assertThat(Cleaner.standard().clean(Input.html(page, "https://acme.example/x")).metadata().title())
                .isEqualTo("LD headline");
    }

    @Test
    void prepareEditsACopyOfTheCallersDocument() {
        Document doc = Jsoup.parse(PAGE, "https://acme.example/tram");
        String before = doc.outerHtml();
        SiteConfig site = SiteConfig.forHost("acme.example").strip(".promo-box").dissolve("div.story")
                .wrapIn("blockquote", "p.meta").stripIdOrClass("more").replace("Opponents", "Critics").build();
        Article a = Cleaner.builder().use(SiteRules.of(List.of(site))).build().clean(Input.document(doc));
        assertThat(doc.outerHtml()).isEqualTo(before);
        assertThat(a.bodyText()).contains("Critics argued").doesNotContain("Subscribe to the Acme", "Bus fares rise");
    }

    @Test
    void hostScopesFollowTheFtrFileNames() {
        SiteProfile exact = SiteProfile.forHost("example.com", Scope.HOST_AND_WWW);
        assertThat(exact.matches("example.com")).isTrue();
        assertThat(exact.matches("www.example.com")).isTrue();
        assertThat(exact.matches("news.example.com")).isFalse();
        SiteProfile subs = SiteProfile.forHost("example.com", Scope.SUBDOMAINS_ONLY);
        assertThat(subs.matches("news.example.com")).isTrue();
        assertThat(subs.matches("a.b.example.com")).isTrue();
        assertThat(subs.matches("example.com")).isFalse();
        assertThat(subs.matches("www.example.com")).isFalse();
        assertThat(subs.matches("badexample.com")).isFalse();
        SiteProfile all = SiteProfile.forHost("example.com");
        assertThat(all.matches("news.example.com")).isTrue();
        assertThat(all.matches("notexample.com")).isFalse();
    }

    @Test
    void badSelectorsFailWhenRulesAreMadeNeverWhenPagesAreCleaned() {
        assertThatThrownBy(() -> Selector.xpath("//div[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad XPath");
        assertThatThrownBy(() -> Selector.css("div[")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad CSS selector");
        assertThatThrownBy(() -> SiteConfig.forHost("a.example").wrapIn("not a tag", "p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Selector.of("//div").isXpath()).isTrue();
        assertThat(Selector.of("(//div)[1]").isXpath()).isTrue();
        assertThat(Selector.of("div.story > p").isXpath()).isFalse();
    }

    @Test
    void loadsAFolderReportingWhatItSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("acme.example.txt"), "body: //div[@id='story']\nstrip: //aside\nhttp_header(referer): x\n");
        Files.writeString(dir.resolve(".blogs.example.txt"), "title: //h1\n");
        Files.writeString(dir.resolve("global.txt"), "strip_id_or_class: promo-box\n");
        Files.writeString(dir.resolve("LICENSE.txt"), "Public domain.\n");
        Files.write(dir.resolve("broken.example.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        SiteRules rules = SiteRules.loadFtr(dir);
        LoadReport report = rules.report();
        assertThat(rules.sites()).extracting(SiteConfig::host).containsExactlyInAnyOrder("acme.example", "blogs.example");
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.ignored()).containsEntry("http_header", 1);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("LICENSE.txt: skipped"))
                .anyMatch(w -> w.startsWith("broken.example.txt: skipped: not UTF-8"));
        SiteConfig acme = rules.sites().stream().filter(s -> s.host().equals("acme.example")).findFirst().orElseThrow();
        assertThat(acme.stripIdOrClass()).containsExactly("promo-box");
        Article a = Cleaner.builder().use(rules).build().clean(Input.html(PAGE, "https://acme.example/tram"));
        assertThat(a.bodyText()).doesNotContain("Subscribe to the Acme daily briefing");
    }

    @Test
    void loadsJsonSiteRules(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("sites.json");
        Files.writeString(json, """
                {"sites": [
                  {"host": "acme.example", "scope": "host-and-www",
                   "body": "div.story", "strip": [".promo-box"], "author": "span.writer",
                   "relatedHeadings": ["More from Acme"], "paywallPhrases": "Subscribers read on",
                   "prune": true, "colour": "blue", "title": ["h1["]}
                ]}
                """);
        SiteRules rules = SiteRules.loadJson(json);
        assertThat(rules.sites()).hasSize(1);
        SiteConfig acme = rules.sites().get(0);
        assertThat(acme.scope()).isEqualTo(Scope.HOST_AND_WWW);
        assertThat(acme.body()).extracting(Selector::isXpath).containsExactly(false);
        assertThat(rules.report().ignored()).containsKeys("colour", "title");
        Article a = Cleaner.builder().use(rules).build().clean(Input.html(PAGE, "https://acme.example/tram"));
        assertThat(a.metadata().authors()).containsExactly("Jane Doe");
        assertThat(a.bodyText()).doesNotContain("Subscribe to the Acme daily briefing");

        Files.writeString(json, "{\"sites\": [ {\"host\": 3} ]}");
        assertThatThrownBy(() -> SiteRules.loadJson(json)).isInstanceOf(IOException.class).hasMessageContaining("host");
        Files.writeString(json, "{\"sites\": [ ");
        assertThatThrownBy(() -> SiteRules.loadJson(json)).isInstanceOf(IOException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void theDocumentedExampleLoadsCleanlyAndTheSchemaListsEveryMember() throws IOException {
        SiteRules example = SiteRules.loadJson(Path.of("docs/site-rules.example.json"));
        assertThat(example.sites()).extracting(SiteConfig::host).containsExactly("news.acme.example", "blogs.acme.example");
        assertThat(example.report().warnings()).isEmpty();
        com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("docs/site-rules.schema.json").toFile());
        List<String> documented = new java.util.ArrayList<>();
        schema.at("/$defs/site/properties").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(JsonFormat.members());
    }

    @Test
    void loadsAResourceFolderFromADirectoryOrAJar(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("site-config"));
        Files.writeString(classes.resolve("site-config/acme.example.txt"), "author: //span[@class='writer']\n");
        Path jar = dir.resolve("sites.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("site-config/"));
            out.putNextEntry(new java.util.jar.JarEntry("site-config/acme.example.txt"));
            out.write("author: //span[@class='writer']\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Path root : List.of(classes, jar)) {
            try (var loader = new java.net.URLClassLoader(new java.net.URL[] {root.toUri().toURL()}, null)) {
                SiteRules rules = SiteRules.loadFtrResources(loader, "site-config");
                assertThat(rules.sites()).extracting(SiteConfig::host).as(root.toString()).containsExactly("acme.example");
                assertThat(Cleaner.builder().use(rules).build().clean(Input.html(PAGE, "https://acme.example/t"))
                        .metadata().authors()).containsExactly("Jane Doe");
            }
        }
        try (var empty = new java.net.URLClassLoader(new java.net.URL[0], null)) {
            assertThatThrownBy(() -> SiteRules.loadFtrResources(empty, "site-config")).isInstanceOf(IOException.class)
                    .hasMessageContaining("no resource folder");
        }
    }
}
