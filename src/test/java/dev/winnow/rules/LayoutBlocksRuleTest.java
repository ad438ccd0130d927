package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import org.junit.jupiter.api.Test;

class LayoutBlocksRuleTest {
    private static final String ID = StandardRules.LAYOUT_BLOCKS;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String STANDFIRST = "Councillors sent the plan back to committee after a long debate.";

    private static Draft run(String body) {
        return runAt(Drafts.URL, "", body);
    }

    private static Draft runAt(String url, String head, String body) {
        return Drafts.apply(new LayoutBlocksRule(), Drafts.htmlAt(url, "<html><head>" + head + "</head><body>" + body
                + "</body></html>"));
    }

    @Test
    void textInNavOrThePageHeaderIsNavigation() {
        Draft d = run("<header><p>Acme Gazette</p></header><nav><p>World and local news</p></nav><article><p>" + FIRST
                + "</p></article>");
        assertThat(role(d, "Acme Gazette")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "World and local news").reason()).isEqualTo("inside nav or header");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    @Test
    void textInAFooterOrAnAsideIsBoilerplate() {
        Draft d = run("<article><p>" + FIRST + "</p><footer><p>Filed under council news</p></footer></article>"
                + "<aside><p>" + SECOND + "</p></aside>");
        assertThat(role(d, "Filed under council news")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, SECOND).reason()).isEqualTo("inside footer or aside");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    @Test
    void inASectionsHeaderOnlyWhatIsNoSentenceGoes() {
        Draft d = run("<article><header><p>Politics</p><h1>Budget delayed again</h1><p>" + STANDFIRST + "</p></header>"
                + "<p>" + FIRST + "</p></article>");
        assertThat(role(d, "Politics")).isEqualTo(Role.NAVIGATION);
        assertThat(role(d, "Budget delayed again")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "Politics").reason()).isEqualTo("inside a section's header, not a sentence");
        assertThat(role(d, STANDFIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    @Test
    void aSectionsHeaderHoldingTwoProseBlocksStaysWhole() {
        Draft d = run("<main><header><h2>Budget delayed again</h2><p>" + FIRST + "</p><p>" + SECOND + "</p></header>"
                + "</main>");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void aShortLinkDenseBlockIsNavigation() {
        String links = "<p><a href=/politics>Politics</a> <a href=/business>Business</a> <a href=/sport>Sport</a></p>";
        Draft d = run("<p>" + FIRST + "</p>" + links);
        assertThat(role(d, "Politics Business Sport")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "Politics Business Sport").reason()).isEqualTo("short link-dense block");
    }

    @Test
    void aLongLinkDenseBlockOrAOneLinkBlockToAnotherPageStays() {
        String many = "<p><a href=/a>The council met on Tuesday</a> <a href=/b>to discuss the new budget again</a>"
                + " <a href=/c>and members argued for hours</a></p>";
        Draft d = run("<p>" + FIRST + "</p>" + many + "<p><a href=/2024/03/10/cycle-lanes>Council approves new cycle"
                + " lanes</a></p>");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void aLinkToAPlaceOnThePageIsATableOfContentsItem() {
        Draft d = runAt(Drafts.URL, "<link rel=canonical href=\"https://news.example.com/budget\">",
                "<ul><li><a href=\"#schools\">Schools</a></li><li><a href=\"https://news.example.com/budget#library\">"
                        + "Library</a></li><li><a href=\"https://other.example.org/budget#x\">Elsewhere</a></li></ul>"
                        + "<p>" + FIRST + "</p><h2><a href=\"#schools\">Schools and the budget</a></h2><p>" + SECOND + "</p>");
        assertThat(role(d, "Schools")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "Schools").reason()).isEqualTo("link to a place on the page (table of contents)");
        // the canonical URL with a fragment is the page too
        assertThat(role(d, "Library")).isEqualTo(Role.NAVIGATION);
        assertThat(role(d, "Elsewhere")).isEqualTo(Role.BODY);
        // a section heading may link to its own anchor
        assertThat(role(d, "Schools and the budget")).isEqualTo(Role.BODY);
    }

    @Test
    void doesNothingOnTextOrAPlainArticle() {
        assertThat(Drafts.decisions(Drafts.apply(new LayoutBlocksRule(), Drafts.text("Home", FIRST)), ID)).isEmpty();
        assertThat(Drafts.decisions(run("<div><h1>Budget delayed again</h1><p>" + FIRST + "</p><p>" + SECOND
                + "</p></div>"), ID)).isEmpty();
    }
}
