package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import org.junit.jupiter.api.Test;

class JsonLdMetadataRuleTest {
    private static final String ID = StandardRules.JSON_LD_METADATA;
    private static final String BODY = "<p>" + SampleProse.FIRST + "</p>";

    private static Draft run(String... jsonLd) {
        StringBuilder head = new StringBuilder();
        for (String json : jsonLd) {
            head.append("<script type=\"application/ld+json\">").append(json).append("</script>");
        }
        return Drafts.apply(new JsonLdMetadataRule(), Drafts.html("<html><head>" + head + "</head><body>" + BODY
                + "</body></html>"));
    }

    @Test
    void takesEveryFieldOfTheArticleObject() {
        Draft d = run("""
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Budget delayed again &amp; again",
                 "author": [{"@type": "Person", "name": "Jane Doe"}, "John Roe"],
                 "datePublished": "2024-03-12T09:30:00+01:00", "dateModified": "2024-03-13",
                 "publisher": {"@type": "Organization", "name": "Acme Gazette"},
                 "inLanguage": "en-GB", "image": {"@type": "ImageObject", "url": "/img/bridge.jpg"},
                 "description": "The vote is put off until the spring.",
                 "url": "https://news.example.com/budget"}""");
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again & again");
        assertThat(d.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2024-03-12T09:30:00+01:00");
        assertThat(d.metadata(MetadataField.MODIFIED)).isEqualTo("2024-03-13");
        assertThat(d.metadata(MetadataField.SITE_NAME)).isEqualTo("Acme Gazette");
        assertThat(d.metadata(MetadataField.LANGUAGE)).isEqualTo("en");
        assertThat(d.metadata(MetadataField.IMAGE)).isEqualTo("https://news.example.com/img/bridge.jpg");
        assertThat(d.metadata(MetadataField.DESCRIPTION)).isEqualTo("The vote is put off until the spring.");
        assertThat(d.metadata(MetadataField.CANONICAL_URL)).isEqualTo("https://news.example.com/budget");
        assertThat(d.provenance()).containsEntry("title", "json-ld").containsEntry("authors", "json-ld")
                .containsEntry("canonicalUrl", "json-ld");
        assertThat(Drafts.decisions(d, ID)).hasSize(9).allMatch(x -> x.block() == -1 && x.reason().equals("from json-ld"));
    }

    @Test
    void findsTheArticleInAGraphBesideOtherObjects() {
        Draft d = run("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "Organization", "name": "Acme Gazette"},
                  {"@type": "BreadcrumbList", "name": "Home"},
                  {"@type": "BlogPosting", "name": "Budget delayed again",
                   "mainEntityOfPage": {"@id": "https://news.example.com/budget"}, "url": "budget"}]}""");
        // without a headline the name is the title
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again");
        // a url that is not absolute is passed over for mainEntityOfPage
        assertThat(d.metadata(MetadataField.CANONICAL_URL)).isEqualTo("https://news.example.com/budget");
    }

    @Test
    void validatesTheAuthorNames() {
        Draft d = run("""
                {"@type": "Article", "headline": "Budget delayed again",
                 "author": ["By Jane Doe and John Roe", "https://news.example.com/staff/jane", "Email the author",
                            "jane@example.com"]}""");
        assertThat(d.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void valuesSetByAnEarlierRuleWin() {
        // Arrange: a site rule set the title before the metadata rules.
        Draft d = Drafts.html("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                + " \"headline\": \"Budget delayed again\"}</script></head><body>" + BODY + "</body></html>");
        Drafts.given(d, "acme.title", x -> x.metadata(MetadataField.TITLE, "Budget: delayed again", "site"));
        Drafts.apply(new JsonLdMetadataRule(), d);
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget: delayed again");
        assertThat(d.provenance()).containsEntry("title", "site");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void doesNothingWithoutAnArticleObject() {
        assertThat(Drafts.decisions(run("{\"@type\": \"Organization\", \"name\": \"Acme Gazette\"}"), ID)).isEmpty();
        assertThat(Drafts.decisions(run("{\"@type\": \"NewsArticle\", \"headline\": "), ID)).isEmpty(); // broken JSON
        assertThat(Drafts.decisions(run(), ID)).isEmpty();
        Draft text = Drafts.apply(new JsonLdMetadataRule(), Drafts.text("{\"@type\": \"NewsArticle\"}", SampleProse.FIRST));
        assertThat(text.trace()).isEmpty();
    }

    @Test
    void aBrokenScriptDoesNotHideAGoodOne() {
        Draft d = run("{\"@type\": \"NewsArticle\", \"headline\": ", "{\"@type\": \"NewsArticle\", \"headline\": \"Budget delayed again\"}");
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again");
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::action).containsExactly("title=\"Budget delayed again\"");
    }
}
