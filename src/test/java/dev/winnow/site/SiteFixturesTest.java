package dev.winnow.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.Report;
import dev.winnow.TestFiles;
import dev.winnow.model.Article;
import dev.winnow.model.Metadata;
import dev.winnow.rule.Decision;
import dev.winnow.rules.StandardRules;
import dev.winnow.write.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real ftr-site-config files (a snapshot in {@code ../shared/ftr-site-config}, never copied into the
 * project) applied to hand-written pages in the shape of five sites ({@code testdata/sites/<host>/}):
 * each {@code article.html} is built so the site's config changes the result compared with
 * {@link Cleaner#standard()}, and each {@code changed-layout.html} is the same article after a
 * redesign that the config's body XPath no longer matches, where the generic rules must take over.
 * Skipped when the snapshot is absent.
 */
class SiteFixturesTest {
    /** The ftr-site-config snapshot, relative to the project root. */
    static final Path CONFIGS = Path.of("../shared/ftr-site-config");

    static final String GUARDIAN_URL =
            "https://www.theguardian.com/environment/2024/mar/14/tidal-lagoon-severn-estuary-councils-backing";
    static final String CNN_URL = "https://www.cnn.com/2024/05/22/travel/baltic-night-ferries-bridge-works";
    static final String WSJ_URL = "https://www.wsj.com/finance/banking/regional-banks-farm-loans-office-lending-3f9a2c71";
    static final String BBC_URL = "https://www.bbc.com/news/articles/c9x2k4m7e1lo";
    static final String ATLANTIC_URL =
            "https://www.theatlantic.com/sponsored/harbor-mutual-2024/the-quiet-economics-of-tool-libraries/4012/";

    /** Opening words of the main paragraphs of each article (free of quote marks, which a site may rewrite). */
    static final List<String> GUARDIAN_PARAGRAPHS = List.of(
            "Five councils along the Severn estuary have backed a scaled-down plan",
            "The proposal, drawn up by a community energy cooperative",
            "Earlier lagoon schemes in the region stalled",
            "Conservation groups were more cautious.",
            "A public consultation on the plan opens in May");
    static final List<String> CNN_PARAGRAPHS = List.of(
            "Three ferry companies will add overnight crossings",
            "The bridge, which carries the main coastal line",
            "a spokesperson for one of the operators told CNN",
            "Port authorities said they expected the extra sailings",
            "The rail company has said the new bridge");
    static final List<String> WSJ_PARAGRAPHS = List.of(
            "Regional banks in the Midwest are expanding their farm lending",
            "Agricultural loans at the group rose about 6%",
            "Executives described farm borrowers as steady customers",
            "Analysts said the shift reflects limited alternatives",
            "Bank regulators have asked lenders with large property exposures");
    static final List<String> BBC_PARAGRAPHS = List.of(
            "Volunteers surveying a restored fen in Cambridgeshire",
            "The birds are counted by listening for the low, foghorn-like call",
            "The site manager said the result showed",
            "Bitterns were close to disappearing from the UK",
            "The survey team plans to repeat the count");
    static final List<String> ATLANTIC_PARAGRAPHS = List.of(
            "In a converted fire station on the edge of town",
            "Tool libraries have spread quietly over the past decade",
            "Organizers say the economics are simple.",
            "The harder part is keeping the shelves in order.",
            "For some members, the biggest change is a habit");

    static SiteRules snapshot;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadSnapshot() throws IOException {
        if (Files.isDirectory(CONFIGS)) {
            snapshot = SiteRules.loadFtr(CONFIGS);
        }
    }

    // ---------------------------------------------------------------- theguardian.com

    @Test
    void guardianStripsTheInlineNewsletterStraightensQuotesAndReadsTheAuthor() throws IOException {
        Report site = siteCleaner("theguardian.com.txt").explain(page("theguardian.com/article.html", GUARDIAN_URL));
        Report standard = Cleaner.standard().explain(page("theguardian.com/article.html", GUARDIAN_URL));

        String body = site.article().bodyText();
        assertThat(body).contains(GUARDIAN_PARAGRAPHS);
        // strip: //figure[contains(@data-spacefinder-type, "NewsletterSignup")] removes the sign-up box
        // that sits inside the article-body container
        assertThat(body).doesNotContain("Down to Earth").doesNotContain("important stories, every Thursday");
        // find_string / replace_string turn typographic quotes into plain ones
        assertThat(body).contains("\"a power station you can set your watch by\"", "'years, not months'")
                .doesNotContain("\u201c", "\u201d", "\u2018", "\u2019");
        Metadata meta = site.article().metadata();
        assertThat(meta.authors()).containsExactly("Maren Holt"); // author: //a[@rel='author']
        assertThat(meta.provenance()).containsEntry("authors", "site-rules");
        assertThat(meta.published()).isEqualTo("2024-03-14T06:00:00.000Z");
        assertThat(actions(site, SiteRules.REPLACE)).anyMatch(a -> a.startsWith("replace_string in <body>"));
        assertThat(actions(site, SiteRules.STRIP)).anyMatch(a -> a.startsWith("strip xpath://figure[contains(@data-spacefinder-type, \"NewsletterSignup\")]"))
                .anyMatch(a -> a.startsWith("strip_id_or_class submeta"));
        assertThat(actions(site, SiteRules.BODY)).contains("zone settled"); // prune: no
        assertThat(decisions(site, SiteRules.METADATA)).anyMatch(d -> d.action().equals("authors=[Maren Holt]"));

        // The standard cleaner keeps the newsletter box (its classes are opaque), keeps the curly
        // quotes and finds no author.
        String plain = standard.article().bodyText();
        assertThat(plain).contains(GUARDIAN_PARAGRAPHS);
        assertThat(plain).contains("Down to Earth", "The planet\u2019s most important stories, every Thursday.")
                .contains("\u201ca power station you can set your watch by\u201d");
        assertThat(standard.article().metadata().authors()).isEmpty();
        assertThat(standard.trace()).noneMatch(d -> d.rule().startsWith("site."));
    }

    @Test
    void guardianRedesignFallsBackToTheGenericRules() throws IOException {
        Report site = siteCleaner("theguardian.com.txt")
                .explain(page("theguardian.com/changed-layout.html", GUARDIAN_URL));

        assertThat(site.article().bodyText()).contains(GUARDIAN_PARAGRAPHS).doesNotContain("Most viewed");
        assertBodyRuleDidNotMatch(site);
        // the document edits still apply: the quotes are straightened, the newsletter box is gone
        assertThat(site.article().bodyText()).contains("'years, not months'").doesNotContain("Down to Earth");
        assertThat(actions(site, SiteRules.REPLACE)).anyMatch(a -> a.startsWith("replace_string in <body>"));
    }

    // ---------------------------------------------------------------- cnn.com

    @Test
    void cnnStripsTheHighlightsBoxAndReadsBothBylineNames() throws IOException {
        Report site = siteCleaner("cnn.com.txt").explain(page("cnn.com/article.html", CNN_URL));
        Report standard = Cleaner.standard().explain(page("cnn.com/article.html", CNN_URL));

        String body = site.article().bodyText();
        assertThat(body).contains(CNN_PARAGRAPHS);
        // strip_id_or_class: highlights removes the box at the top of the article__content container
        assertThat(body).doesNotContain("Story highlights").doesNotContain("Catch up on the week in travel");
        Metadata meta = site.article().metadata();
        // author: //span[contains(concat(' ',normalize-space(@class),' '),' byline__name ')]
        assertThat(meta.authors()).containsExactly("Lena Korhonen", "Tomas Berg");
        assertThat(meta.provenance()).containsEntry("authors", "site-rules").containsEntry("title", "site-rules");
        assertThat(meta.title()).isEqualTo("Ferry operators across the Baltic add night routes as rail works close bridge");
        assertThat(actions(site, SiteRules.STRIP)).anyMatch(a -> a.startsWith("strip_id_or_class highlights"));
        assertThat(decisions(site, SiteRules.BODY)).anyMatch(d -> d.action().equals("site body found")
                && d.reason().contains("article__content"));

        // The standard cleaner keeps the highlights box as the start of the article and finds no author.
        String plain = standard.article().bodyText();
        assertThat(plain).contains(CNN_PARAGRAPHS);
        assertThat(plain).contains("Story highlights", "Catch up on the week in travel with our quiz and photo galleries.");
        assertThat(plain.indexOf("Story highlights")).isLessThan(plain.indexOf(CNN_PARAGRAPHS.get(0)));
        assertThat(standard.article().metadata().authors()).isEmpty();
    }

    @Test
    void cnnRedesignFallsBackToTheGenericRules() throws IOException {
        Report site = siteCleaner("cnn.com.txt").explain(page("cnn.com/changed-layout.html", CNN_URL));

        assertThat(site.article().bodyText()).contains(CNN_PARAGRAPHS)
                .doesNotContain("Most read").doesNotContain("Inspectors step up safety checks");
        assertBodyRuleDidNotMatch(site);
        assertThat(site.article().metadata().authors()).containsExactly("Lena Korhonen", "Tomas Berg");
    }

    // ---------------------------------------------------------------- wsj.com

    @Test
    void wsjStripsTheNewsletterInsetAndReadsTheDateFromTheMetaTag() throws IOException {
        Report site = siteCleaner("wsj.com.txt").explain(page("wsj.com/article.html", WSJ_URL));
        Report standard = Cleaner.standard().explain(page("wsj.com/article.html", WSJ_URL));

        String body = site.article().bodyText();
        assertThat(body).contains(WSJ_PARAGRAPHS);
        // strip: //div[@data-inset_type='newsletterinset'] removes the promo inside the crawler div
        assertThat(body).doesNotContain("The Morning Money Brief");
        // date: //meta[@itemprop="dateCreated"]/@content gives the full time stamp
        Metadata meta = site.article().metadata();
        assertThat(meta.published()).isEqualTo("2024-04-09T09:30:00.000Z");
        assertThat(meta.provenance()).containsEntry("published", "site-rules").containsEntry("title", "site-rules");
        assertThat(actions(site, SiteRules.STRIP))
                .anyMatch(a -> a.startsWith("strip xpath://div[@data-inset_type='newsletterinset'] (1 elements)"));
        assertThat(decisions(site, SiteRules.BODY)).anyMatch(d -> d.action().equals("zone settled")
                && d.reason().contains(" crawler "));

        // The standard cleaner keeps the promo paragraph and reads only the day from the byline's time line.
        assertThat(standard.article().bodyText()).contains(WSJ_PARAGRAPHS).contains("The Morning Money Brief");
        assertThat(standard.article().metadata().published()).isEqualTo("2024-04-09");
    }

    @Test
    void wsjRedesignSkipsTheStaleBylineStripAndFallsBackToTheGenericRules() throws IOException {
        Report site = siteCleaner("wsj.com.txt").explain(page("wsj.com/changed-layout.html", WSJ_URL));

        assertThat(site.article().bodyText()).contains(WSJ_PARAGRAPHS).doesNotContain("The Morning Money Brief");
        assertBodyRuleDidNotMatch(site);
        // In the redesign the byline's parent div is the whole story: the config's
        // strip //div[contains(@class, 'article-byline')]/parent::div would take the article with it.
        assertThat(decisions(site, SiteRules.STRIP)).anyMatch(d ->
                d.action().equals("skipped strip xpath://div[contains(@class, 'article-byline')]/parent::div")
                && d.reason().startsWith("stale"));
        // with the byline left in place, author: //a[contains(@class, 'AuthorLink')] finds the name
        assertThat(site.article().metadata().authors()).containsExactly("Priya Raman");
        assertThat(site.article().metadata().provenance()).containsEntry("authors", "site-rules");
    }

    @Test
    void wsjAuthorIsReadBeforeTheBylineIsStripped() throws IOException {
        Report site = siteCleaner("wsj.com.txt").explain(page("wsj.com/article.html", WSJ_URL));

        assertThat(site.article().metadata().authors()).containsExactly("Priya Raman");
        assertThat(site.article().metadata().provenance()).containsEntry("authors", "site-rules");
    }

    // ---------------------------------------------------------------- bbc.com

    @Test
    void bbcDropsEverythingFromTheTopicTagsOn() throws IOException {
        Report site = siteCleaner("bbc.com.txt").explain(page("bbc.com/article.html", BBC_URL));
        Report standard = Cleaner.standard().explain(page("bbc.com/article.html", BBC_URL));

        String body = site.article().bodyText();
        assertThat(body).contains(BBC_PARAGRAPHS);
        // strip: //section[@data-component='tags']/self::* | ...following-sibling::* removes the tags,
        // the external links box and the follow-us paragraph at the end of the <article>
        assertThat(body).doesNotContain("Related internet links").doesNotContain("Follow BBC East")
                .doesNotContain("not responsible for the content of external sites");
        assertThat(body.strip()).endsWith("flooded this winter.");
        assertThat(site.article().metadata().title()).isEqualTo("Volunteers count record number of bitterns on restored fen");
        assertThat(site.article().metadata().provenance()).containsEntry("title", "site-rules");
        assertThat(actions(site, SiteRules.STRIP))
                .anyMatch(a -> a.startsWith("strip xpath://section[@data-component='tags']/self::*"))
                .anyMatch(a -> a.startsWith("dissolve xpath://h2"));
        assertThat(decisions(site, SiteRules.BODY)).anyMatch(d -> d.action().equals("zone settled")
                && d.reason().contains("//main[1]//article[1]"));

        // The standard cleaner keeps the external-links heading and the follow-us paragraph as the
        // end of the article.
        String plain = standard.article().bodyText();
        assertThat(plain).contains(BBC_PARAGRAPHS).contains("Related internet links")
                .contains("Follow BBC East on Facebook and X");
        assertThat(plain.strip()).endsWith("shown on our contact page.");
    }

    @Test
    void bbcRedesignSkipsTheStaleTagsStripAndFallsBackToTheGenericRules() throws IOException {
        Report site = siteCleaner("bbc.com.txt").explain(page("bbc.com/changed-layout.html", BBC_URL));

        assertThat(site.article().bodyText()).contains(BBC_PARAGRAPHS).doesNotContain("More from BBC News");
        assertBodyRuleDidNotMatch(site);
        // the tags moved above the text: "everything after the tags" would now be the whole story
        assertThat(decisions(site, SiteRules.STRIP)).anyMatch(d ->
                d.action().startsWith("skipped strip xpath://section[@data-component='tags']")
                && d.reason().startsWith("stale"));
    }

    // ---------------------------------------------------------------- theatlantic.com

    @Test
    void atlanticFlagsSponsoredContentAndIgnoresTheJsonLd() throws IOException {
        Report site = siteCleaner("theatlantic.com.txt").explain(page("theatlantic.com/article.html", ATLANTIC_URL));
        Report standard = Cleaner.standard().explain(page("theatlantic.com/article.html", ATLANTIC_URL));

        assertThat(site.article().bodyText()).contains(ATLANTIC_PARAGRAPHS).doesNotContain("Sponsored by Harbor Mutual");
        Metadata meta = site.article().metadata();
        // native_ad_clue: //meta[@property="og:url" and contains(@content, '/sponsored/')]
        assertThat(meta.sponsored()).isTrue();
        assertThat(meta.provenance()).containsEntry("sponsored", "site-rules");
        assertThat(actions(site, SiteRules.METADATA)).anyMatch(a -> a.startsWith("sponsored=\"native_ad_clue"));
        // skip_json_ld: yes; title from og:title, author from the author meta tag
        assertThat(meta.title()).isEqualTo("The Quiet Economics of Tool Libraries");
        assertThat(meta.authors()).containsExactly("Noor Castellanos");
        assertThat(meta.published()).isNull();
        assertThat(site.trace()).noneMatch(d -> d.rule().equals(StandardRules.JSON_LD_METADATA));
        assertThat(actions(site, SiteRules.BODY)).contains("zone settled");

        // The standard cleaner does not flag the page and takes the sponsor's JSON-LD at its word.
        Metadata plain = standard.article().metadata();
        assertThat(plain.sponsored()).isFalse();
        assertThat(plain.title()).isEqualTo("Sponsor Content: The Quiet Economics of Tool Libraries");
        assertThat(plain.authors()).containsExactly("Harbor Mutual Brand Studio");
        assertThat(plain.published()).isEqualTo("2024-06-03T10:00:00Z");
        assertThat(plain.provenance()).containsEntry("title", "json-ld").containsEntry("authors", "json-ld");
    }

    @Test
    void atlanticRedesignFallsBackToTheGenericRulesAndStillFlagsSponsoredContent() throws IOException {
        Report site = siteCleaner("theatlantic.com.txt")
                .explain(page("theatlantic.com/changed-layout.html", ATLANTIC_URL));

        assertThat(site.article().bodyText()).contains(ATLANTIC_PARAGRAPHS).doesNotContain("Popular Links");
        assertBodyRuleDidNotMatch(site);
        assertThat(site.article().metadata().sponsored()).isTrue();
    }

    // ---------------------------------------------------------------- host scoping

    /** Every article under a host that no config names comes out exactly as with the standard cleaner. */
    @ParameterizedTest
    @ValueSource(strings = {"theguardian.com", "cnn.com", "wsj.com", "bbc.com", "theatlantic.com"})
    void unrelatedHostGetsTheStandardResult(String site) {
        requireSnapshot();
        Cleaner withSites = Cleaner.builder().use(snapshot).build();
        String url = "https://news.winnow-fixtures.example/2024/06/story.html";

        Report scoped = withSites.explain(page(site + "/article.html", url));
        Article plain = Cleaner.standard().clean(page(site + "/article.html", url));

        assertThat(scoped.trace()).noneMatch(d -> d.rule().startsWith("site."));
        assertThat(json(scoped.article())).isEqualTo(json(plain));
    }

    /**
     * {@code theguardian.com.txt} applies to the host and its www name only: not to another
     * subdomain, a look-alike name or a host that merely starts with it (whole snapshot loaded).
     */
    @ParameterizedTest
    @ValueSource(strings = {"amp.theguardian.com", "nottheguardian.com", "theguardian.com.example.net"})
    void guardianConfigIsScopedToItsHost(String host) {
        requireSnapshot();
        Cleaner withSites = Cleaner.builder().use(snapshot).build();
        String url = "https://" + host + "/environment/2024/mar/14/tidal-lagoon-severn-estuary-councils-backing";

        Report scoped = withSites.explain(page("theguardian.com/article.html", url));

        assertThat(scoped.trace()).noneMatch(d -> d.rule().startsWith("site."));
        assertThat(json(scoped.article()))
                .isEqualTo(json(Cleaner.standard().clean(page("theguardian.com/article.html", url))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://theguardian.com/environment/2024/mar/14/tidal-lagoon",
            "https://www.theguardian.com/environment/2024/mar/14/tidal-lagoon"})
    void guardianConfigAppliesToTheBareAndWwwHost(String url) {
        requireSnapshot();
        Report scoped = Cleaner.builder().use(snapshot).build().explain(page("theguardian.com/article.html", url));

        assertThat(decisions(scoped, SiteRules.STRIP)).anyMatch(d -> d.reason().contains("theguardian.com.txt"));
        assertThat(scoped.article().bodyText()).doesNotContain("Down to Earth");
        assertThat(scoped.article().metadata().authors()).containsExactly("Maren Holt");
    }

    // ---------------------------------------------------------------- helpers

    /** A cleaner with only one config of the snapshot (copied into a temporary folder). */
    private Cleaner siteCleaner(String configFile) throws IOException {
        requireSnapshot();
        Path dir = Files.createDirectory(temp.resolve("config-" + configFile));
        Files.copy(CONFIGS.resolve(configFile), dir.resolve(configFile));
        SiteRules rules = SiteRules.loadFtr(dir);
        assertThat(rules.report().sites()).isEqualTo(1);
        assertThat(rules.report().failed()).isZero();
        return Cleaner.builder().use(rules).build();
    }

    private static void requireSnapshot() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(CONFIGS),
                "no ftr-site-config snapshot at " + CONFIGS.toAbsolutePath());
    }

    private static Input page(String fixture, String url) {
        return Input.html(TestFiles.read("sites/" + fixture), url);
    }

    private static List<Decision> decisions(Report report, String rule) {
        return report.trace().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    private static List<String> actions(Report report, String rule) {
        return decisions(report, rule).stream().map(Decision::action).toList();
    }

    /** The body XPath matched nothing: site.body made no decision at all, so the generic rules decided. */
    private static void assertBodyRuleDidNotMatch(Report report) {
        assertThat(report.trace()).noneMatch(d -> d.action().equals("site body found"));
        assertThat(decisions(report, SiteRules.BODY)).isEmpty();
        assertThat(report.article().isEmpty()).isFalse();
    }

    private static String json(Article article) {
        return new JsonWriter().render(article);
    }
}
