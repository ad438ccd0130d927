package dev.winnow.rules;

import static dev.winnow.rules.Drafts.apply;
import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentRootRuleTest {
    private static final String ID = StandardRules.CONTENT_ROOT;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String SIDEBAR = "Our weekly newsletter brings the best stories of the week to your inbox"
            + " every Friday morning, with the events of the weekend and the results of the local league.";
    /** A lead of 24 words. */
    private static final String LEAD = "The town will have to wait another season for its new library, after councillors sent the"
            + " budget back to committee on Tuesday night.";
    private static final String NAV = "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav>";

    private static Draft run(String body) {
        return apply(ContentRootRule.standard(), Drafts.html("<html><body>" + body + "</body></html>"));
    }

    @Test
    void writesScoresAsFormatDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double score = i % 2 == 0 ? random.nextDouble() * 1000 : random.nextInt(100_000) / 20.0;
            assertThat(ContentRootRule.oneDecimal(score)).isEqualTo(String.format(Locale.ROOT, "%.1f", score));
        }
        for (double score : new double[] {0, 0.05, 0.15, 0.25, 9.95, 99.95, 1e10, 1e-5}) {
            assertThat(ContentRootRule.oneDecimal(score)).isEqualTo(String.format(Locale.ROOT, "%.1f", score));
        }
    }

    @Test
    void dropsTheBlocksBeforeAndAfterTheArticleContainer() {
        Draft d = run(NAV + "<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
                + "<div class=promo><p>" + SIDEBAR + "</p></div>");
        assertThat(role(d, "Home")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "World").reason()).isEqualTo("before the article container");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
        assertThat(role(d, SIDEBAR)).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, SIDEBAR).reason()).isEqualTo("after the article container");
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::action).contains("root=div.story-body");
    }

    @Test
    void aSiblingNamedAsContentJoinsTheRootAndAPlainOneDoesNot() {
        // The sibling holds a heading and one paragraph: it is no wrapper, so it scores itself, and a lone
        // paragraph is no prose run, so the root is not climbed to the body.
        String third = "The finance committee meets again in April, and its chair said she hoped to find the money for"
                + " the library by cutting the cost of the bridge.";
        Draft joined = run("<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
                + "<div class=story-more><h2>What happens next</h2><p>" + third + "</p></div>");
        assertThat(role(joined, third)).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(joined, ID)).extracting(Decision::action)
                .contains("root=div.story-body", "root=div.story-more");
        Draft apart = run("<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div>"
                + "<div class=box><h2>What happens next</h2><p>" + third + "</p></div>");
        assertThat(role(apart, third)).isEqualTo(Role.BOILERPLATE);
        assertThat(role(apart, "What happens next")).isEqualTo(Role.BOILERPLATE);
    }

    @Test
    void aFigureCaptionBesideTheRootStays() {
        String caption = "The old bridge over the river at dawn on Monday";
        Draft d = run("<main><figure><img src=bridge.jpg><figcaption>" + caption + "</figcaption></figure>"
                + "<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div></main>");
        assertThat(role(d, caption)).isEqualTo(Role.BODY);
        // the same line as a paragraph is outside the article
        Draft p = run("<main><div class=promo><p>" + caption + "</p></div>"
                + "<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div></main>");
        assertThat(role(p, caption)).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void aLeadInItsOwnContainerRightBeforeTheRootStays() {
        Draft d = run(NAV + "<div class=intro><p>" + LEAD + "</p></div>"
                + "<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div>");
        assertThat(role(d, LEAD)).isEqualTo(Role.BODY);
        assertThat(role(d, "Home")).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void aLineUnderTheHeadlineShorterThanALeadParagraphIsNotALead() {
        String dek = "The vote on the library is put off until the spring.";
        Draft d = run("<div class=intro><p>" + dek + "</p></div>"
                + "<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div>");
        assertThat(role(d, dek)).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void aParagraphGroupedWithTheH1IsTheHeadersDekNotALead() {
        Draft d = run("<header><h1>Budget delayed again</h1><p>" + LEAD + "</p></header>"
                + "<div class=story-body><p>" + FIRST + "</p><p>" + SECOND + "</p></div>");
        assertThat(role(d, LEAD)).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void cutsNothingWhenTheRootHoldsTooLittleOfTheProse() {
        Draft d = run("<article><div class=content><p>The bridge will close in March, the council said.</p>"
                + "<p>It will reopen next year.</p></div></article><section><p>" + FIRST + "</p><p>" + SECOND + "</p><p>"
                + SIDEBAR + "</p></section>");
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::action).contains("root=div.content", "root not used");
        assertThat(d.bodyBlocks()).hasSize(d.blocks().size());
    }

    @Test
    void theArticleElementIsNeverClimbedOver() {
        Draft d = run(NAV + "<article><p>" + FIRST + "</p><p>" + SECOND + "</p></article><div class=more><p>"
                + SIDEBAR + "</p><p>" + LEAD + "</p></div>");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, SIDEBAR)).isEqualTo(Role.BOILERPLATE);
        assertThat(role(d, LEAD)).isEqualTo(Role.BOILERPLATE);
    }

    @Test
    void doesNothingOnText() {
        Draft d = apply(ContentRootRule.standard(), Drafts.text("Home", FIRST, SECOND, SIDEBAR));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void doesNothingWhenTheZoneIsSettled() {
        Draft d = Drafts.html("<html><body>" + NAV + "<div class=story-body><p>" + FIRST + "</p><p>" + SECOND
                + "</p></div></body></html>");
        Drafts.given(d, "site.body-selector", x -> x.settleZone("body selector matched"));
        apply(ContentRootRule.standard(), d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(role(d, "Home")).isEqualTo(Role.BODY);
    }

    @Test
    void doesNothingWithoutABlockLongEnoughToVote() {
        Draft d = run("<div class=content><p>Short line.</p><p>Another one.</p></div><div><p>Home</p></div>");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void anArticleAloneOnThePageIsLeftWhole() {
        Draft d = run("<article><h1>Budget delayed again</h1><p>" + FIRST + "</p><p>" + SECOND + "</p></article>");
        assertThat(d.bodyBlocks()).hasSize(3);
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::action).containsExactly("root=article");
    }
}
