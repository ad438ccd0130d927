package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.winnow.rules.Drafts.apply;
import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import org.junit.jupiter.api.Test;

class MainZoneRuleTest {
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String ID = StandardRules.MAIN_ZONE;
    /** A prose paragraph of 20 words. */
    private static final String BRIEF = "The council delayed the budget again on Tuesday, and the vote is now expected"
            + " at the end of next month.";
    private static final String SIDEBAR = "Our weekly newsletter brings the best stories of the week to your inbox"
            + " every Friday morning, with the events of the weekend and the results of the local league.";

    @Test
    void inTextChromeBetweenTwoProseBlocksEndsTheArticle() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\n" + SECOND
                + "\n\nShare on Facebook\n\nShare on Twitter\n\nShare by email\n\n" + SIDEBAR + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.bodyText()).contains(FIRST).contains(SECOND).doesNotContain(SIDEBAR);
        assertThat(a.removed()).filteredOn(r -> r.text().equals(SIDEBAR)).extracting(Removed::rule)
                .containsExactly(StandardRules.MAIN_ZONE);
    }

    @Test
    void inTextOneChromeLineDoesNotCutALongArticle() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\nShare on Facebook\n\n" + SECOND + "\n\n" + FIRST + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.bodyText()).contains(SECOND);
    }

    @Test
    void inTextAFormBetweenTwoProseBlocksEndsTheArticle() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\n" + SECOND
                + "\n\nYour name\n[ ]\nYour message\n[ ]\n[ ] [ ]\n\n" + SIDEBAR + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.bodyText()).contains(FIRST).contains(SECOND).doesNotContain(SIDEBAR);
    }

    // --- on drafts built directly ---

    private static Draft run(Draft draft) {
        return apply(new MainZoneRule(), draft);
    }

    @Test
    void keepsTheDensestProseRunAndDropsWhatLiesBeforeAndAfterIt() {
        Draft d = run(Drafts.text("Home", "World", "Politics", FIRST, SECOND, "Share on Facebook", "Newsletter"));
        assertThat(role(d, "Home")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "Politics").reason()).isEqualTo("before the main text");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
        assertThat(role(d, "Share on Facebook")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "Newsletter").reason()).isEqualTo("after the main text");
    }

    @Test
    void oneShortLineInsideTheRunCostsLessThanTheProseAroundIt() {
        // NON_PROSE_COST (8) against 38 and 37 words on either side
        Draft d = run(Drafts.text(FIRST, "Photo: Jane Doe", SECOND));
        assertThat(d.bodyBlocks()).hasSize(3);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void inTextImageFileNamesInsideTheRunAreBoilerplate() {
        Draft d = run(Drafts.text(FIRST, "[WEB18-Facebook-1160x768.jpg] [merlin_138]", SECOND, "[phases]", "[Alden: I can't even talk!]", FIRST));
        assertThat(decision(d, ID, "[WEB18-Facebook-1160x768.jpg] [merlin_138]").reason())
                .isEqualTo("image file name inside the main text");
        assertThat(role(d, "[WEB18-Facebook-1160x768.jpg] [merlin_138]")).isEqualTo(Role.BOILERPLATE);
        // control: bracketed words without a digit, dot, dash or underscore, or with spaces, are page text
        assertThat(role(d, "[phases]")).isEqualTo(Role.BODY);
        assertThat(role(d, "[Alden: I can't even talk!]")).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void aHeadingRightBeforeTheRunIsKept() {
        Draft d = run(Drafts.text("Menu", Drafts.heading(2, "What the budget means for schools"), FIRST, SECOND));
        assertThat(role(d, "What the budget means for schools")).isEqualTo(Role.BODY);
        assertThat(role(d, "Menu")).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void blocksAboveTheHeadlineAreNavigation() {
        // Arrange: the headline rule (ZONE, before this one) lifted the headline.
        Draft d = Drafts.text(FIRST, "Budget delayed again", SECOND, BRIEF);
        Drafts.marked(d, StandardRules.HEADLINE, Role.TITLE, "Budget delayed again");
        run(d);
        assertThat(role(d, FIRST)).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, FIRST).reason()).isEqualTo("above the headline");
        assertThat(role(d, "Budget delayed again")).isEqualTo(Role.TITLE);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
        assertThat(role(d, BRIEF)).isEqualTo(Role.BODY);
    }

    @Test
    void underAHeadlineAShortBriefOutweighsALaterRunUpToTwiceItsScore() {
        // five chrome lines (5 x NON_PROSE_COST = 40) part the brief from the later run, so the best run from
        // the brief on is the brief alone
        Object[] page = {"Budget delayed again", BRIEF, "Share", "Tags", "Most read", "Weather", "Contact", SECOND};
        // without a headline the densest run (SECOND, 37) wins
        Draft plain = run(Drafts.text(page));
        assertThat(role(plain, BRIEF)).isEqualTo(Role.NAVIGATION);
        assertThat(role(plain, SECOND)).isEqualTo(Role.BODY);
        // under the headline the brief (20) scores at least half of it, so it is the article
        Draft d = Drafts.text(page);
        Drafts.marked(d, StandardRules.HEADLINE, Role.TITLE, "Budget delayed again");
        run(d);
        assertThat(role(d, BRIEF)).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, SECOND).reason()).isEqualTo("after the main text");
    }

    @Test
    void underAHeadlineALaterRunOfMoreThanTwiceTheBriefWins() {
        Draft d = Drafts.text("Budget delayed again", BRIEF, "Share", "Tags", "Most read", "Weather", "Contact", FIRST,
                SECOND);
        Drafts.marked(d, StandardRules.HEADLINE, Role.TITLE, "Budget delayed again");
        run(d);
        assertThat(role(d, BRIEF)).isEqualTo(Role.NAVIGATION);
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void inTextRelatedItemsBetweenTwoProseBlocksCutTheRun() {
        // Arrange: the related-lists rule (ZONE, before this one) lifted three items between the paragraphs.
        Draft d = Drafts.text(FIRST, SECOND, "Cycle lanes approved", "Library reopens", "Tram line delayed", SIDEBAR);
        Drafts.marked(d, StandardRules.RELATED_LISTS, Role.RELATED, "Cycle lanes approved", "Library reopens",
                "Tram line delayed");
        run(d);
        // 3 x BOUNDARY_COST (45) is more than the sidebar's words
        assertThat(role(d, SIDEBAR)).isEqualTo(Role.BOILERPLATE);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void inTextSeparatorLinesBetweenTwoProseBlocksDoNotCutTheRun() {
        // Arrange: the separator rule (CLASSIFY) marked the rule lines.
        Draft d = Drafts.text(FIRST, "* * *", "***", "---", SIDEBAR);
        Drafts.marked(d, StandardRules.SEPARATOR_LINES, Role.BOILERPLATE, "* * *", "***", "---");
        run(d);
        assertThat(role(d, SIDEBAR)).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void inTextFormFieldsMarkedAsSeparatorsStillCutTheRun() {
        Draft d = Drafts.text(FIRST, "[ ]", "[ ] [ ]", "[   ]", SIDEBAR);
        Drafts.marked(d, StandardRules.SEPARATOR_LINES, Role.BOILERPLATE, "[ ]", "[ ] [ ]", "[   ]");
        run(d);
        assertThat(role(d, SIDEBAR)).isEqualTo(Role.BOILERPLATE);
    }

    @Test
    void inHtmlBoundaryCostsDoNotApply() {
        Draft d = Drafts.html("<html><body><p>" + FIRST + "</p><ul class=rel><li>Cycle lanes approved</li>"
                + "<li>Library reopens</li><li>Tram line delayed</li></ul><p>" + SIDEBAR + "</p></body></html>");
        Drafts.marked(d, StandardRules.RELATED_LISTS, Role.RELATED, "Cycle lanes approved", "Library reopens",
                "Tram line delayed");
        run(d);
        assertThat(role(d, SIDEBAR)).isEqualTo(Role.BODY);
    }

    @Test
    void inHtmlAShortParagraphBesideTheArticlesProseIsKept() {
        String credit = "Additional reporting by Jane Doe";
        // in text the credit line after the run costs NON_PROSE_COST and is cut
        assertThat(role(run(Drafts.text(FIRST, SECOND, credit)), credit)).isEqualTo(Role.BOILERPLATE);
        // in HTML it shares a container with two prose paragraphs and scores IN_ARTICLE_SCORE
        Draft d = run(Drafts.html("<html><body><div class=x><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + credit
                + "</p></div><div class=y><p>Newsletter</p></div></body></html>"));
        assertThat(role(d, credit)).isEqualTo(Role.BODY);
        assertThat(role(d, "Newsletter")).isEqualTo(Role.BOILERPLATE);
    }

    @Test
    void aPageWithoutProseLosesAllItsBlocks() {
        Draft d = run(Drafts.text("Home", "Weather", "Contact us"));
        assertThat(d.bodyBlocks()).isEmpty();
        assertThat(decision(d, ID, "Weather").reason()).isEqualTo("no prose on the page");
        assertThat(role(d, "Contact us")).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void doesNothingWhenTheZoneIsSettled() {
        Draft d = Drafts.text("Home", FIRST, SECOND, "Newsletter");
        Drafts.given(d, "site.body-selector", x -> x.settleZone("body selector matched"));
        run(d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(role(d, "Home")).isEqualTo(Role.BODY);
    }

    @Test
    void anOrdinaryArticleIsLeftWhole() {
        Draft d = run(Drafts.text(FIRST, Drafts.heading(2, "What the budget means for schools"), SECOND, BRIEF));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(d.bodyBlocks()).hasSize(4);
    }
}
