package dev.winnow.rules;

import static dev.winnow.rules.Drafts.apply;
import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import org.junit.jupiter.api.Test;

class FurnitureElementsRuleTest {
    private static final String ID = StandardRules.FURNITURE_ELEMENTS;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    /** 24 words, about a quarter of the text of a page with {@link #FIRST} and {@link #SECOND}. */
    private static final String THIRD = "The town will have to wait another season for its new library, after councillors sent the"
            + " budget back to committee on Tuesday night.";
    private static final String ARTICLE = "<article><p>" + FIRST + "</p><p>" + SECOND + "</p></article>";

    private static Draft run(String body) {
        return apply(FurnitureElementsRule.standard(), Drafts.html("<html><body>" + body + "</body></html>"));
    }

    @Test
    void marksBlocksInsideAShareBarAsBoilerplate() {
        Draft d = run(ARTICLE + "<div class=\"share-bar\"><a href=\"https://facebook.com/x\">Share on Facebook</a>"
                + "<p>Share by email</p></div>");
        assertThat(role(d, "Share on Facebook")).isEqualTo(Role.BOILERPLATE);
        assertThat(role(d, "Share by email")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "Share by email").reason()).isEqualTo("inside .share-bar");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void givesEachKindOfFurnitureItsRole() {
        Draft d = run(ARTICLE
                + "<div class=ad-slot><p>Advertisement</p></div>"
                + "<nav class=breadcrumbs><span>Home</span></nav>"
                + "<div class=author-box><p>Jane Doe covers the council</p></div>"
                + "<div class=wp-caption><p>The old bridge at dawn</p></div>"
                + "<section id=comments><p>Great to see the library open again</p></section>");
        assertThat(role(d, "Advertisement")).isEqualTo(Role.ADVERTISEMENT);
        assertThat(role(d, "Home")).isEqualTo(Role.NAVIGATION);
        assertThat(role(d, "Jane Doe covers the council")).isEqualTo(Role.BYLINE);
        assertThat(role(d, "The old bridge at dawn")).isEqualTo(Role.CAPTION);
        assertThat(role(d, "Great to see the library open again")).isEqualTo(Role.COMMENTS);
        assertThat(decision(d, ID, "Great to see the library open again").reason()).contains("#comments");
    }

    @Test
    void liftsTheLinksOfARelatedListAsRelatedItems() {
        Draft d = run(ARTICLE + "<aside class=related-links><ul>"
                + "<li><a href=\"/2024/03/10/cycle-lanes\">Council approves new cycle lanes</a></li>"
                + "<li><a href=\"/library\">Library</a></li>"
                + "<li>Tram line delayed again</li></ul></aside>");
        assertThat(role(d, "Council approves new cycle lanes")).isEqualTo(Role.RELATED);
        assertThat(role(d, "Library")).isEqualTo(Role.RELATED);
        assertThat(role(d, "Tram line delayed again")).isEqualTo(Role.RELATED);
        // only links of two words or more become items
        assertThat(d.related()).containsExactly(new RelatedItem("Council approves new cycle lanes",
                "https://news.example.com/2024/03/10/cycle-lanes", null, null, null));
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::reason).contains("link in a related list");
    }

    @Test
    void searchesAtMostEightLevelsUp() {
        String deep = "<div class=share><div><div><div><div><div><div><div><p>Eight levels down</p></div></div></div>"
                + "</div></div></div></div></div>";
        String nearer = "<div class=share><div><div><div><div><div><div><p>Seven levels down</p></div></div></div>"
                + "</div></div></div></div>";
        Draft d = run(ARTICLE + deep + nearer);
        assertThat(role(d, "Seven levels down")).isEqualTo(Role.BOILERPLATE);
        assertThat(role(d, "Eight levels down")).isEqualTo(Role.BODY);
    }

    @Test
    void anElementHoldingMoreThanThirtyPercentOfTheTextIsNeverFurniture() {
        Draft d = run("<div class=sidebar-layout><p>" + FIRST + "</p><p>" + SECOND + "</p></div><p>" + THIRD + "</p>");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        // the same element holding a quarter of the text is furniture
        Draft small = run("<p>" + FIRST + "</p><p>" + SECOND + "</p><div class=sidebar-layout><p>" + THIRD + "</p></div>");
        assertThat(role(small, THIRD)).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void anElementNamedAsContentShieldsTheBlocksInsideIt() {
        // THIRD is about a quarter of the page's text: under MAX_SHARE, over CONTENT_SHARE
        Draft shielded = run(ARTICLE + "<div class=widget-area><div class=entry-content><p>" + THIRD + "</p>"
                + "<p>More soon</p></div></div>");
        assertThat(role(shielded, THIRD)).isEqualTo(Role.BODY);
        Draft plain = run(ARTICLE + "<div class=widget-area><div class=box><p>" + THIRD + "</p>"
                + "<p>More soon</p></div></div>");
        assertThat(role(plain, THIRD)).isEqualTo(Role.NAVIGATION);
        assertThat(decision(plain, ID, THIRD).reason()).isEqualTo("inside .widget-area");
    }

    @Test
    void aWordWhoseElementsHoldMostOfTheProseNamesTheLayoutNotFurniture() {
        Draft d = run("<div class=elementor-widget><p>" + FIRST + "</p></div><div class=elementor-widget><p>" + SECOND
                + "</p></div><div class=elementor-widget><p>" + THIRD + "</p></div><div class=elementor-widget><p>"
                + FIRST.replace("council", "committee") + "</p></div><div class=share><p>Share on Facebook</p></div>");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, THIRD)).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).filteredOn(x -> x.block() < 0).extracting(Decision::action)
                .containsExactly("class word 'widget' not furniture");
        // other furniture words still count
        assertThat(role(d, "Share on Facebook")).isEqualTo(Role.BOILERPLATE);
    }

    @Test
    void leavesBlocksAnEarlierRuleDecidedAlone() {
        Draft d = Drafts.html("<html><body>" + ARTICLE + "<div class=share><p>Share on Facebook</p></div></body></html>");
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE, "Share on Facebook");
        apply(FurnitureElementsRule.standard(), d);
        assertThat(Drafts.block(d, "Share on Facebook").roleRule()).isEqualTo(StandardRules.BOILERPLATE_LINES);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void doesNothingOnText() {
        Draft d = apply(FurnitureElementsRule.standard(), Drafts.text(FIRST, "Share on Facebook", SECOND));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void anArticleWithoutFurnitureWordsIsLeftAlone() {
        Draft d = run("<div class=main-column>" + ARTICLE + "<p>" + THIRD + "</p></div>");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(d.bodyBlocks()).hasSize(3);
    }
}
