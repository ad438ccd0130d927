package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
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
}
