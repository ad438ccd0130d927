package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlMetadataRuleTest {
    private static Element h1(String text) {
        return new Element("h1").text(text);
    }

    @Test
    void dropsTheSiteNamePartOfATitle() {
        assertThat(HtmlMetadataRule.withoutSiteName("Bridge to close | Coastal Gazette", "Coastal Gazette", null))
                .isEqualTo("Bridge to close");
        assertThat(HtmlMetadataRule.withoutSiteName("Coastal Gazette - Bridge to close", "coastal gazette", null))
                .isEqualTo("Bridge to close");
        assertThat(HtmlMetadataRule.withoutSiteName("Bridge to close lorries – Gazette", null, h1("Bridge to close lorries")))
                .isEqualTo("Bridge to close lorries");
    }

    @Test
    void keepsTheTitleWhenNoPartIsKnownOrTheHeadingIsALogo() {
        assertThat(HtmlMetadataRule.withoutSiteName("Bridge to close | Coastal Gazette", null, null))
                .isEqualTo("Bridge to close | Coastal Gazette");
        assertThat(HtmlMetadataRule.withoutSiteName("Bridge to close to lorries for a year :: Gazette ::", null, h1("Gazette ::")))
                .isEqualTo("Bridge to close to lorries for a year :: Gazette ::");
        assertThat(HtmlMetadataRule.withoutSiteName("  ", "Gazette", null)).isNull();
    }

    @Test
    void cleansTheOpenGraphTitleToo() {
        String html = "<html><head><meta property=og:site_name content='Coastal Gazette'>"
                + "<meta property=og:title content='Harbour Road bridge to close | Coastal Gazette'></head>"
                + "<body><p>The council voted on Thursday to close the bridge to lorries from March next year.</p></body></html>";
        assertThat(Cleaner.standard().clean(Input.html(html, "https://example.org/a")).metadata().title())
                .isEqualTo("Harbour Road bridge to close");
    }

    // --- on drafts built directly ---

    private static final String ID = StandardRules.HTML_METADATA;
    private static final String BODY = "<p>" + SampleProse.FIRST + "</p>";

    private static Draft run(String head, String body) {
        return run("<html lang=\"de-DE\">", head, body);
    }

    private static Draft run(String htmlTag, String head, String body) {
        return Drafts.apply(new HtmlMetadataRule(), Drafts.html(htmlTag + "<head>" + head + "</head><body>" + body
                + "</body></html>"));
    }

    @Test
    void readsOpenGraphAndArticleProperties() {
        Draft d = run("<meta property=og:site_name content='Acme Gazette'>"
                + "<meta property=og:title content='Budget delayed again | Acme Gazette'>"
                + "<meta property=og:description content='The vote is put off until the spring.'>"
                + "<meta property=og:image content='/img/bridge.jpg'>"
                + "<meta property=og:url content='https://news.example.com/budget'>"
                + "<meta property=article:published_time content='2024-03-12T09:30:00Z'>"
                + "<meta property=article:modified_time content='2024-03-13T10:00:00Z'>"
                + "<meta name=author content='Jane Doe'>", BODY);
        assertThat(d.metadata(MetadataField.SITE_NAME)).isEqualTo("Acme Gazette");
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again");
        assertThat(d.metadata(MetadataField.DESCRIPTION)).isEqualTo("The vote is put off until the spring.");
        assertThat(d.metadata(MetadataField.IMAGE)).isEqualTo("https://news.example.com/img/bridge.jpg");
        assertThat(d.metadata(MetadataField.CANONICAL_URL)).isEqualTo("https://news.example.com/budget");
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2024-03-12T09:30:00Z");
        assertThat(d.metadata(MetadataField.MODIFIED)).isEqualTo("2024-03-13T10:00:00Z");
        assertThat(d.metadata(MetadataField.LANGUAGE)).isEqualTo("de");
        assertThat(d.authors()).containsExactly("Jane Doe");
        assertThat(d.provenance()).containsEntry("title", "og").containsEntry("siteName", "og")
                .containsEntry("language", "html-lang").containsEntry("authors", "meta");
    }

    @Test
    void fallsBackToTheTitleTagTheH1TimeAndTheCanonicalLink() {
        Draft d = run("<html>", "<title>Budget delayed again – Acme Gazette</title><meta name=description content='Put off.'>"
                + "<link rel=canonical href='/budget'>",
                "<h1>Budget delayed again</h1><time datetime='2024-03-12'>12 March</time>" + BODY);
        // the h1 names the longest part of the title
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again");
        assertThat(d.provenance()).containsEntry("title", "title-tag").containsEntry("published", "time")
                .containsEntry("description", "meta").containsEntry("canonicalUrl", "link");
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2024-03-12");
        assertThat(d.metadata(MetadataField.CANONICAL_URL)).isEqualTo("https://news.example.com/budget");
        assertThat(d.metadata(MetadataField.LANGUAGE)).isNull();
        // without a title tag the h1 is the title
        Draft h1 = run("<html>", "", "<h1>Budget delayed again</h1>" + BODY);
        assertThat(h1.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again");
        assertThat(h1.provenance()).containsEntry("title", "h1");
    }

    @Test
    void anAuthorMetaThatIsALinkIsNoName() {
        Draft d = run("<meta property=article:author content='https://facebook.com/acme'>", BODY);
        assertThat(d.authors()).isEmpty();
    }

    @Test
    void readsMetaTagsFromTheBodyWhenTheHeadHasNone() {
        Draft d = run("", "<meta name=description content='Put off until the spring.'>" + BODY);
        assertThat(d.metadata(MetadataField.DESCRIPTION)).isEqualTo("Put off until the spring.");
    }

    @Test
    void valuesFromJsonLdWin() {
        // Arrange: the JSON-LD rule (first in the METADATA phase) set the title.
        Draft d = Drafts.html("<html><head><meta property=og:title content='Budget delayed'></head><body>" + BODY
                + "</body></html>");
        Drafts.given(d, StandardRules.JSON_LD_METADATA, x -> x.metadata(MetadataField.TITLE, "Budget delayed again",
                JsonLdMetadataRule.SOURCE));
        Drafts.apply(new HtmlMetadataRule(), d);
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again");
        assertThat(d.provenance()).containsEntry("title", "json-ld");
    }

    @Test
    void doesNothingOnText() {
        Draft d = Drafts.apply(new HtmlMetadataRule(), Drafts.text("<title>Budget</title>", SampleProse.FIRST));
        assertThat(d.trace()).isEmpty();
        assertThat(Drafts.decisions(run("<html>", "", BODY), ID)).isEmpty();
    }
}
