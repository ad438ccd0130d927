package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import org.junit.jupiter.api.Test;

class HiddenBlocksRuleTest {
    private static final String ID = StandardRules.HIDDEN_BLOCKS;
    /** 38 words. */
    private static final String FIRST = SampleProse.FIRST;
    /** 37 words. */
    private static final String SECOND = SampleProse.SECOND;

    private static Draft run(String body) {
        return Drafts.apply(new HiddenBlocksRule(), Drafts.html("<html><body>" + body + "</body></html>"));
    }

    @Test
    void marksBlocksOfHiddenElements() {
        Draft d = run("<p>" + FIRST + "</p><p>" + SECOND + "</p><p hidden>Hidden by attribute</p>"
                + "<div style=\"display: none\"><p>Hidden by style</p></div><p aria-hidden=true>Hidden from readers</p>"
                + "<p style=\"visibility:hidden\">Invisible</p>");
        for (String hidden : new String[] {"Hidden by attribute", "Hidden by style", "Hidden from readers", "Invisible"}) {
            assertThat(role(d, hidden)).as(hidden).isEqualTo(Role.BOILERPLATE);
            assertThat(decision(d, ID, hidden).reason()).isEqualTo("hidden element");
        }
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void keepsHiddenElementsWhenThePageShowsNoProseButHidesSome() {
        // 75 hidden prose words against none visible: the page hides its own article
        Draft d = run("<p>Cookie settings</p><div hidden><p>" + FIRST + "</p><p>" + SECOND + "</p></div>");
        assertThat(d.bodyBlocks()).hasSize(3);
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::action).containsExactly("hidden elements kept");
        assertThat(Drafts.decisions(d, ID).get(0).reason()).contains("75 words hidden, 0 visible");
    }

    @Test
    void hiddenProseUnderFiftyWordsIsNotThePagesArticle() {
        Draft d = run("<p>Cookie settings</p><div hidden><p>" + FIRST + "</p></div>");
        assertThat(role(d, FIRST)).isEqualTo(Role.BOILERPLATE);
    }

    @Test
    void fiftyWordsOfVisibleProseMakeHiddenProseBoilerplate() {
        Draft d = run("<p>" + FIRST + "</p><p>" + "The mayor said the plan would be finalised next month after a public"
                + " consultation.</p><div hidden><p>" + FIRST + " " + SECOND + "</p></div>");
        assertThat(role(d, FIRST + " " + SECOND)).isEqualTo(Role.BOILERPLATE);
    }

    @Test
    void doesNothingOnAPageWithoutHiddenElementsOrOnText() {
        assertThat(Drafts.decisions(run("<p>" + FIRST + "</p><p>Share</p>"), ID)).isEmpty();
        Draft text = Drafts.apply(new HiddenBlocksRule(), Drafts.text(FIRST, "Share"));
        assertThat(Drafts.decisions(text, ID)).isEmpty();
    }
}
