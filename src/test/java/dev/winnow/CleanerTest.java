package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.model.Article;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Decision;
import dev.winnow.rule.DocumentDraft;
import dev.winnow.rule.DocumentRule;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source;
import dev.winnow.rule.Source.InputShape;
import dev.winnow.rules.StandardRules;
import dev.winnow.segment.InputSniffer;
import dev.winnow.write.JsonWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static final String XI = TestFiles.read("xi-russia.txt");

    private static final String PROSE = "The regional council approved the new transport budget on Tuesday after a long "
            + "debate about the cost of the planned tram line and the bus lanes in the city centre.";
    private static final String PROSE2 = "Officials said construction would start next spring and that the first "
            + "trams should carry passengers within three years if the national government keeps its promises.";

    private static final String HTML = "<!DOCTYPE html><html lang=\"en\"><head><title>Council approves budget</title>"
            + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a></nav>"
            + "<article><h1>Council approves budget</h1><p>" + PROSE + "</p><p>" + PROSE2
            + " <a href=\"/more\">details</a></p></article><script>var tracking = 'never in output';</script>"
            + "</body></html>";

    /** A user rule that always throws. */
    record ThrowingRule(String id) implements Rule {
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public void apply(Draft draft) { throw new IllegalStateException("boom from " + id); }
    }

    /** A user rule that marks lines starting with a prefix as boilerplate. */
    record PrefixRule(String id, String prefix) implements Rule {
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public void apply(Draft draft) {
            for (Block b : draft.blocks()) {
                if (b.isBody() && b.text().startsWith(prefix)) {
                    draft.mark(b, Role.BOILERPLATE, "prefix " + prefix);
                }
            }
        }
    }

    private static String json(Article article) {
        return new JsonWriter().render(article);
    }

    // --- build-time validation ------------------------------------------------------------------

    @Test
    void siteProfileNamingAnUnknownRuleFailsAtBuild() {
        Cleaner.Builder builder = Cleaner.builder().site(SiteProfile.forHost("news.example").without("no-such-rule"));
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-rule");
    }

    @Test
    void siteProfileAddingADuplicateRuleFailsAtBuild() {
        Cleaner.Builder builder = Cleaner.builder()
                .site(SiteProfile.forHost("news.example").with(new PrefixRule(StandardRules.BYLINE, "x")));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StandardRules.BYLINE);
    }

    @Test
    void siteProfileRejectsThingsThatAreNotHostNames() {
        assertThatThrownBy(() -> SiteProfile.forHost("https://news.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteProfile.forHost("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SiteProfile.forHost(" News.Example ").host()).isEqualTo("news.example");
    }

    // --- site profiles --------------------------------------------------------------------------

    @Test
    void siteProfileAppliesToItsHostAndSubdomainsOnly() {
        Cleaner cleaner = Cleaner.builder()
                .site(SiteProfile.forHost("news.example").without(StandardRules.RELATED_LISTS))
                .build();

        for (String url : List.of("https://news.example/world/xi", "http://www.news.example/a?b=c",
                "https://m.eu.news.example:8443/x", "HTTPS://NEWS.EXAMPLE/upper")) {
            assertThat(cleaner.rulesFor(url).contains(StandardRules.RELATED_LISTS)).as(url).isFalse();
        }
        for (String url : List.of("https://othernews.example/x", "https://news.example.org/x",
                "https://example/x", "not a url")) {
            assertThat(cleaner.rulesFor(url).contains(StandardRules.RELATED_LISTS)).as(url).isTrue();
        }
        assertThat(cleaner.rulesFor(null).ids()).isEqualTo(cleaner.rules().ids());
        assertThat(cleaner.rules().contains(StandardRules.RELATED_LISTS)).isTrue();

        Article matching = cleaner.clean(Input.text(XI, "https://www.news.example/xi"));
        Article other = cleaner.clean(Input.text(XI, "https://othernews.example/xi"));
        Article noUrl = cleaner.clean(Input.text(XI));
        assertThat(matching.related()).isEmpty();
        assertThat(other.related()).extracting(RelatedItem::title)
                .contains("LMZH Academy Sports: Your Guide To Southside Blvd Location");
        assertThat(json(noUrl)).isEqualTo(json(other));
        assertThat(json(other)).isEqualTo(json(Cleaner.standard().clean(Input.text(XI))));
    }

    @Test
    void aHostLongerThanDnsAllowsMatchesNoSiteProfile() {
        Cleaner cleaner = Cleaner.builder()
                .site(SiteProfile.forHost("news.example").without(StandardRules.RELATED_LISTS)).build();
        String longest = "a.".repeat(121) + "news.example"; // 254 characters
        assertThat(cleaner.rulesFor("https://" + longest + "/x").contains(StandardRules.RELATED_LISTS)).isFalse();
        assertThat(cleaner.rulesFor("https://aa." + longest + "/x").contains(StandardRules.RELATED_LISTS)).isTrue();
        assertThat(new Source(InputShape.HTML, "https://aa." + longest + "/x", null).host()).isNull();
    }

    @Test
    void firstMatchingSiteProfileWins() {
        Cleaner cleaner = Cleaner.builder()
                .site(SiteProfile.forHost("www.news.example").without(StandardRules.COMMENTS_TAIL))
                .site(SiteProfile.forHost("news.example").without(StandardRules.RELATED_LISTS))
                .build();
        RuleSet www = cleaner.rulesFor("https://www.news.example/a");
        assertThat(www.contains(StandardRules.COMMENTS_TAIL)).isFalse();
        assertThat(www.contains(StandardRules.RELATED_LISTS)).isTrue();
        RuleSet bare = cleaner.rulesFor("https://news.example/a");
        assertThat(bare.contains(StandardRules.COMMENTS_TAIL)).isTrue();
        assertThat(bare.contains(StandardRules.RELATED_LISTS)).isFalse();
    }

    @Test
    void siteProfileAppliesToInternationalisedHosts() {
        Cleaner cleaner = Cleaner.builder()
                .site(SiteProfile.forHost("türkiye.example").without(StandardRules.RELATED_LISTS))
                .site(SiteProfile.forHost("news.example").without(StandardRules.COMMENTS_TAIL))
                .build();
        assertThat(cleaner.rulesFor("https://haber.türkiye.example/x").contains(StandardRules.RELATED_LISTS))
                .isFalse();
        assertThat(cleaner.rulesFor("https://news.example/a b").contains(StandardRules.COMMENTS_TAIL)).isFalse();
    }

    // --- failure policy -------------------------------------------------------------------------

    @Test
    void failPolicyTurnsAThrowingRuleIntoRuleFailedException() {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new ThrowingRule("acme.boom"))).build();
        assertThatThrownBy(() -> cleaner.clean(Input.text(PROSE, "https://news.example/a")))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("acme.boom");
                    assertThat(e.getMessage()).contains("acme.boom").contains("https://news.example/a");
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("boom from acme.boom");
                });
        // FAIL is the default
        Cleaner defaultPolicy = Cleaner.builder().rules(RuleSet.standard().with(new ThrowingRule("acme.boom"))).build();
        assertThatThrownBy(() -> defaultPolicy.explain(Input.text(PROSE)))
                .isInstanceOf(RuleFailedException.class);
    }

    @Test
    void skipRulePolicyRecordsTheFailureAndStillReturnsAnArticle() {
        Cleaner cleaner = Cleaner.builder()
                .rules(RuleSet.standard().insertBefore(StandardRules.BOILERPLATE_LINES, new ThrowingRule("acme.boom")))
                .onRuleFailure(FailurePolicy.SKIP_RULE)
                .build();
        Report report = cleaner.explain(Input.text(PROSE + "\n" + PROSE2));
        assertThat(report.article().bodyText()).contains("regional council").contains("first trams");
        assertThat(report.trace()).anySatisfy(d -> {
            assertThat(d.action()).contains("acme.boom");
            assertThat(d.reason()).contains("boom from acme.boom");
        });
        // the rules after the failing one still ran
        assertThat(report.trace()).extracting(Decision::rule).contains(StandardRules.TRUNCATED_ENDING);
        assertThat(report.article().ending().status()).isEqualTo(dev.winnow.model.Ending.Status.COMPLETE);
        // clean() under SKIP_RULE does not throw either
        assertThat(cleaner.clean(Input.text(PROSE)).isEmpty()).isFalse();
    }

    @Test
    void skippedRuleDecisionIsAttributedToTheFailingRule() {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new ThrowingRule("acme.boom")))
                .onRuleFailure(FailurePolicy.SKIP_RULE).build();
        Report report = cleaner.explain(Input.text(PROSE));
        assertThat(report.trace()).filteredOn(d -> d.action().contains("acme.boom"))
                .singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("acme.boom"));
    }

    /** A {@link PrefixRule} that does its work on another thread. */
    record OtherThreadRule(String id, String prefix) implements Rule {
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public void apply(Draft draft) {
            CompletableFuture.runAsync(() -> new PrefixRule(id, prefix).apply(draft)).join();
        }
    }

    @Test
    void decisionsARuleRecordsOnAnotherThreadAreTracedUnderItsId() {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.of(List.of(new OtherThreadRule("acme.async", "Officials"))))
                .build();
        Report report = cleaner.explain(Input.text(PROSE + "\n\n" + PROSE2));
        assertThat(report.trace()).filteredOn(d -> d.action().equals("role=boilerplate"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.rule()).isEqualTo("acme.async"));
        assertThat(report.article().removed()).anySatisfy(r -> assertThat(r.rule()).isEqualTo("acme.async"));
    }

    /** A {@link PrefixRule} for text input only. */
    record TextOnlyRule(String id, String prefix) implements Rule {
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public boolean appliesTo(InputShape shape) { return shape == InputShape.TEXT; }
        @Override public void apply(Draft draft) {
            new PrefixRule(id, prefix).apply(draft);
        }
    }

    @Test
    void aRuleIsAppliedOnlyToTheShapesItAppliesTo() {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new TextOnlyRule("acme.text-only", "Officials")))
                .build();
        Report html = cleaner.explain(Input.html(HTML, null));
        assertThat(html.trace()).noneMatch(d -> d.rule().equals("acme.text-only"));
        assertThat(html.article().bodyText()).contains("Officials said");
        Report text = cleaner.explain(Input.text(PROSE + "\n\n" + PROSE2));
        assertThat(text.trace()).anyMatch(d -> d.rule().equals("acme.text-only"));
        assertThat(text.article().bodyText()).doesNotContain("Officials said");
    }

    /** A user document rule that drops the element with id {@code drop} and names the site. */
    record DropRule(String id) implements DocumentRule {
        @Override public void edit(DocumentDraft draft) {
            draft.document().select("#drop").remove();
            draft.metadata(MetadataField.SITE_NAME, "Acme News", "acme");
            draft.note("dropped #drop", "test");
        }
    }

    @Test
    void documentRulesEditACopyOfTheDocumentBeforeSegmentationAndWhatTheyFoundCarriesOver() {
        String dropped = "The mayor also promised a new bicycle path along the river before the summer holidays begin"
                + " next year, and the council agreed to pay for it.";
        Document doc = Jsoup.parse("<html><body><article><p>" + PROSE + "</p><p id=\"drop\">" + dropped + "</p><p>"
                + PROSE2 + "</p></article></body></html>");
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new DropRule("acme.drop"))).build();
        Report report = cleaner.explain(Input.document(doc));
        assertThat(report.article().bodyText()).contains("Officials said").doesNotContain("bicycle path");
        assertThat(report.article().metadata().siteName()).isEqualTo("Acme News");
        assertThat(report.trace()).anyMatch(d -> d.rule().equals("acme.drop") && d.action().equals("dropped #drop"));
        assertThat(doc.select("#drop")).hasSize(1);
        assertThat(Cleaner.standard().clean(Input.document(doc)).bodyText()).contains("bicycle path");
        assertThat(cleaner.explain(Input.text(PROSE)).trace()).noneMatch(d -> d.rule().equals("acme.drop"));
    }

    // --- explain --------------------------------------------------------------------------------

    @Test
    void explainTraceHasTheDecisionsOfTheRulesThatFired() {
        Report report = Cleaner.standard().explain(Input.text(XI));
        Set<String> rules = report.trace().stream().map(Decision::rule).collect(Collectors.toSet());
        assertThat(rules).contains(StandardRules.HEADING_LINES, StandardRules.RELATED_LISTS,
                StandardRules.TRUNCATED_ENDING, StandardRules.LANGUAGE);
        assertThat(RuleSet.standard().ids()).containsAll(rules);
        assertThat(report.trace()).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo(StandardRules.RELATED_LISTS);
            assertThat(d.action()).startsWith("related+");
        });
        assertThat(report.trace()).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo(StandardRules.TRUNCATED_ENDING);
            assertThat(d.block()).isEqualTo(-1);
            assertThat(d.action()).startsWith("ending=");
        });
        // every removed segment names a rule that appears in the trace
        for (Removed r : report.article().removed()) {
            assertThat(rules).as("rule of removed %s", r.text()).contains(r.rule());
        }
        // explain and clean agree
        assertThat(json(report.article())).isEqualTo(json(Cleaner.standard().clean(Input.text(XI))));
        assertThatThrownBy(() -> report.trace().add(new Decision("x", -1, "a", "b")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- inputs ---------------------------------------------------------------------------------

    @Test
    void detectSniffsHtmlAndText() {
        assertThat(InputSniffer.sniff(HTML)).isEqualTo(InputShape.HTML);
        assertThat(InputSniffer.sniff("<div><p>one</p><p>two</p></div>")).isEqualTo(InputShape.HTML);
        assertThat(InputSniffer.sniff(XI)).isEqualTo(InputShape.TEXT);
        assertThat(InputSniffer.sniff("If a < b and b > c then a < c.\nThat is <b>all</b>.")).isEqualTo(InputShape.TEXT);
        assertThat(InputSniffer.sniff(" \n".repeat(40_000) + HTML)).as("after 80 KB of white space").isEqualTo(InputShape.HTML);

        Input html = Input.detect(HTML, "https://news.example/budget");
        assertThat(html.shape()).isNull();
        Article fromDetect = Cleaner.standard().clean(html);
        assertThat(json(fromDetect)).isEqualTo(json(Cleaner.standard().clean(Input.html(HTML, "https://news.example/budget"))));
        assertThat(fromDetect.bodyText()).contains("regional council").doesNotContain("<p>").doesNotContain("tracking");
        assertThat(fromDetect.metadata().title()).isEqualTo("Council approves budget");

        String text = PROSE + "\nIt is <b>not</b> markup: a < b.\n" + PROSE2;
        Article textDetect = Cleaner.standard().clean(Input.detect(text, null));
        assertThat(json(textDetect)).isEqualTo(json(Cleaner.standard().clean(Input.text(text))));
    }

    @Test
    void documentInputIsCleanedAndNotModified() {
        Document doc = Jsoup.parse(HTML, "https://news.example/budget");
        String before = doc.outerHtml();
        Input input = Input.document(doc);
        assertThat(input.url()).isEqualTo("https://news.example/budget");
        assertThat(((Input.Parsed) input).document()).isSameAs(doc);

        Report report = Cleaner.standard().explain(input);
        Article article = report.article();

        assertThat(doc.outerHtml()).isEqualTo(before);
        assertThat(article.bodyText()).contains("regional council").contains("first trams");
        assertThat(withoutInput(json(article)))
                .isEqualTo(withoutInput(json(Cleaner.standard().clean(Input.html(HTML, "https://news.example/budget")))));
        // cleaning the same document twice gives the same result
        assertThat(json(Cleaner.standard().clean(Input.document(doc)))).isEqualTo(json(article));
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void documentWithoutLocationHasNoUrl() {
        Document doc = Jsoup.parse(HTML);
        assertThat(Input.document(doc).url()).isNull();
        assertThat(Cleaner.standard().clean(Input.document(doc)).bodyText()).contains("regional council");
    }

    // --- rule packs -----------------------------------------------------------------------------

    @Test
    void rulePackAppliedWithUseChangesTheRules() {
        RulePack pack = new RulePack() {
            @Override public String name() { return "acme-sites"; }
            @Override public void extend(Cleaner.Builder builder) {
                builder.rules(builder.rules().with(new PrefixRule("acme.podcast-promo", "Listen to our podcast")))
                        .site(SiteProfile.forHost("acme.example").without(StandardRules.COMMENTS_TAIL));
            }
        };
        Cleaner cleaner = Cleaner.builder().use(pack).build();
        assertThat(cleaner.rules().contains("acme.podcast-promo")).isTrue();
        assertThat(cleaner.rulesFor("https://www.acme.example/x").contains(StandardRules.COMMENTS_TAIL)).isFalse();
        assertThat(Cleaner.standard().rules().contains("acme.podcast-promo")).isFalse();

        String text = PROSE + "\nListen to our podcast on every platform\n" + PROSE2;
        Article article = cleaner.clean(Input.text(text));
        assertThat(article.removed()).contains(new Removed("Listen to our podcast on every platform",
                Role.BOILERPLATE, "acme.podcast-promo"));
        assertThat(article.bodyText()).doesNotContain("podcast");
    }

    @Test
    void discoverRulePacksFindsTheRegisteredTestPack() {
        Cleaner discovered = Cleaner.builder().discoverRulePacks().build();
        assertThat(discovered.rules().contains(DiscoveredTestPack.RULE_ID)).isTrue();
        // nothing is discovered unless asked for
        assertThat(Cleaner.builder().build().rules().contains(DiscoveredTestPack.RULE_ID)).isFalse();
        assertThat(Cleaner.standard().rules().contains(DiscoveredTestPack.RULE_ID)).isFalse();

        String text = PROSE + "\n" + DiscoveredTestPack.MARKER_LINE + "\n" + PROSE2;
        assertThat(discovered.clean(Input.text(text)).removed())
                .contains(new Removed(DiscoveredTestPack.MARKER_LINE, Role.BOILERPLATE, DiscoveredTestPack.RULE_ID));
    }

    // --- misc -----------------------------------------------------------------------------------

    @Test
    void emptyAndBlankInputsGiveAnEmptyArticle() {
        for (String s : List.of("", "   \n\n  ", "----\n***")) {
            Article a = Cleaner.standard().clean(Input.text(s));
            assertThat(a.isEmpty()).as("'%s'", s).isTrue();
            assertThat(a.confidence()).isZero();
            assertThat(a.ending().status()).isEqualTo(dev.winnow.model.Ending.Status.UNKNOWN);
        }
        assertThat(Cleaner.standard().clean(Input.html("", null)).isEmpty()).isTrue();
    }

    @Test
    void cleanerWithoutRulesKeepsEveryLine() {
        Article a = Cleaner.builder().rules(RuleSet.empty()).build().clean(Input.text("Share\n" + PROSE));
        assertThat(a.removed()).isEmpty();
        assertThat(a.bodyText()).isEqualTo("Share\n\n" + PROSE);
    }

    /** The JSON without its "input" member, which says how the input was given (string or document). */
    private static String withoutInput(String json) {
        return json.replaceFirst("(?s)\"input\": \\{.*?\\},\n", "");
    }
}
