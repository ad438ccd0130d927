package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import org.junit.jupiter.api.Test;

class HeadlineRuleTest {
    private static final String ID = StandardRules.HEADLINE;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    /** 38 words. */
    private static final String THIRD = SampleProse.FIRST.replace("council", "committee");
    /** 37 words. */
    private static final String FOURTH = SampleProse.SECOND.replace("Members", "Councillors");
    private static final String HEADLINE = "Budget delayed again as council argues over bridge";

    private static Draft run(Draft draft) {
        return Drafts.apply(new HeadlineRule(), draft);
    }

    @Test
    void takesTheHeadlineNextToAByline() {
        // Arrange: the byline rule (CLASSIFY) marked the author line.
        Draft d = Drafts.text("Home", "Weather warning for the coast", HEADLINE, "By Jane Doe", FIRST, SECOND);
        Drafts.marked(d, StandardRules.BYLINE, Role.BYLINE, "By Jane Doe");
        run(d);
        assertThat(role(d, HEADLINE)).isEqualTo(Role.TITLE);
        assertThat(decision(d, ID, HEADLINE).reason()).isEqualTo("headline next to a byline or dateline");
        assertThat(Drafts.texts(d, Role.TITLE)).containsExactly(HEADLINE);
    }

    @Test
    void takesTheHeadlineAboveAStandfirstAndADateline() {
        String standfirst = "Councillors sent the plan back to committee after a long debate on Tuesday night.";
        Draft d = Drafts.text("Weather warning for the coast", HEADLINE, standfirst, "March 12, 2024", FIRST, SECOND);
        Drafts.marked(d, StandardRules.DATELINE, Role.DATELINE, "March 12, 2024");
        run(d);
        assertThat(role(d, HEADLINE)).isEqualTo(Role.TITLE);
        assertThat(decision(d, ID, HEADLINE).reason()).isEqualTo("headline next to a byline or dateline");
    }

    @Test
    void withoutABylineTakesTheLongestHeadlineLikeLineAboveTheText() {
        Draft d = run(Drafts.text("Home", "Weather warning", HEADLINE, "Live updates", FIRST, SECOND));
        assertThat(role(d, HEADLINE)).isEqualTo(Role.TITLE);
        assertThat(decision(d, ID, HEADLINE).reason()).isEqualTo("headline above the text");
        assertThat(Drafts.decisions(d, ID)).hasSize(1);
    }

    @Test
    void aLineNextToABylineWithLittleProseBelowItIsNotTheHeadline() {
        // The line and dateline at the end of the article have no prose below them: the headline above the
        // text is taken instead.
        Draft d = Drafts.text(HEADLINE, FIRST, SECOND, "Read the full council report online", "March 12, 2024");
        Drafts.marked(d, StandardRules.DATELINE, Role.DATELINE, "March 12, 2024");
        run(d);
        assertThat(role(d, "Read the full council report online")).isEqualTo(Role.BODY);
        assertThat(role(d, HEADLINE)).isEqualTo(Role.TITLE);
        assertThat(decision(d, ID, HEADLINE).reason()).isEqualTo("headline above the text");
    }

    @Test
    void ofTwoCandidatesWithEqualProseBelowTheOneRightNextToTheBylineWins() {
        // A teaser announced after its standfirst, then chrome, then the headline right above its byline: the
        // best run below each is FIRST + SECOND, and the direct neighbour of the byline wins the tie.
        String teaser = "Harbour festival returns this summer";
        String standfirst = "Councillors sent the plan back to committee after a long debate on Tuesday night.";
        Draft d = Drafts.text(teaser, standfirst, "March 12, 2024", "Share", "Print", HEADLINE, "By Jane Doe", FIRST,
                SECOND);
        Drafts.marked(d, StandardRules.DATELINE, Role.DATELINE, "March 12, 2024");
        Drafts.marked(d, StandardRules.BYLINE, Role.BYLINE, "By Jane Doe");
        run(d);
        assertThat(role(d, HEADLINE)).isEqualTo(Role.TITLE);
        assertThat(role(d, teaser)).isEqualTo(Role.BODY);
        // without the headline's byline the teaser is the one announced
        Draft without = Drafts.text(teaser, standfirst, "March 12, 2024", "Share", "Print", HEADLINE, FIRST, SECOND);
        Drafts.marked(without, StandardRules.DATELINE, Role.DATELINE, "March 12, 2024");
        run(without);
        assertThat(role(without, teaser)).isEqualTo(Role.TITLE);
    }

    @Test
    void aSubheadingWithACreditDeepInTheTextIsNotWeighed() {
        // 113 words of prose ending like sentences lie above the subheading in the page's densest run, so it is
        // a subheading with a credit, though the prose below it would outweigh the rest.
        String sub = "What the delay means for the new library";
        Draft d = Drafts.text(HEADLINE, FIRST, SECOND, THIRD, sub, "By Jane Doe", FOURTH, FIRST + " Again.",
                SECOND + " Again.", THIRD + " Again.");
        Drafts.marked(d, StandardRules.BYLINE, Role.BYLINE, "By Jane Doe");
        run(d);
        assertThat(role(d, sub)).isEqualTo(Role.BODY);
        assertThat(role(d, HEADLINE)).isEqualTo(Role.TITLE);
        assertThat(decision(d, ID, HEADLINE).reason()).isEqualTo("headline above the text");
    }

    @Test
    void aHeadlineNeedsThreeWordsNoSentenceEndAndACapital() {
        for (String line : new String[] {"Budget delayed", "The budget was delayed again.", "budget delayed again by council"}) {
            Draft d = run(Drafts.text(line, FIRST, SECOND));
            assertThat(role(d, line)).as(line).isEqualTo(Role.BODY);
            assertThat(Drafts.decisions(d, ID)).as(line).isEmpty();
        }
        // a question is a headline
        Draft q = run(Drafts.text("Will the budget ever pass?", FIRST, SECOND));
        assertThat(role(q, "Will the budget ever pass?")).isEqualTo(Role.TITLE);
    }

    @Test
    void onlyTheTwelveLinesAboveTheTextAreSearched() {
        Object[] page = new Object[15];
        page[0] = HEADLINE;
        for (int i = 1; i <= 12; i++) {
            page[i] = "x" + i;
        }
        page[13] = FIRST;
        page[14] = SECOND;
        assertThat(Drafts.decisions(run(Drafts.text(page)), ID)).isEmpty();
        page[1] = "Home";
        Object[] nearer = java.util.Arrays.copyOfRange(page, 1, page.length);
        nearer[0] = HEADLINE;
        assertThat(role(run(Drafts.text(nearer)), HEADLINE)).isEqualTo(Role.TITLE);
    }

    @Test
    void aPageThatOpensWithProseHasNoTitle() {
        Draft d = run(Drafts.text(FIRST, SECOND, "Parking charges rise in April"));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(d.bodyBlocks()).hasSize(3);
    }

    @Test
    void doesNothingOnHtml() {
        Draft d = run(Drafts.html("<html><body><p>" + HEADLINE + "</p><p>" + FIRST + "</p><p>" + SECOND
                + "</p></body></html>"));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
