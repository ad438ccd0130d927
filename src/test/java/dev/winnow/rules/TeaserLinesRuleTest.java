package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeaserLinesRuleTest {
    private static final String ID = StandardRules.TEASER_LINES;
    private static final String FIRST = SampleProse.FIRST;

    private static Draft run(Object... lines) {
        return Drafts.apply(TeaserLinesRule.standard(), Drafts.text(lines));
    }

    @Test
    void marksReadMoreLines() {
        for (String line : List.of("Continue reading", "Read more", "READ MORE »", "Weiterlesen", "Lire la suite",
                "Continue reading “Budget delayed again”", "Read more: Council approves new cycle lanes", "Read more →")) {
            Draft d = run(FIRST, line);
            assertThat(role(d, line)).as(line).isEqualTo(Role.TRAILER);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("read-more line");
        }
    }

    @Test
    void marksPaywallNotices() {
        for (String line : List.of("Subscribe to continue reading", "This article is for subscribers only")) {
            Draft d = run(FIRST, line);
            assertThat(role(d, line)).as(line).isEqualTo(Role.TRAILER);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("paywall notice");
        }
    }

    @Test
    void withPaywallPhrasesASitesOwnNoticeIsAPaywallNotice() {
        String line = "Acme members read on";
        assertThat(role(run(FIRST, line), line)).isEqualTo(Role.BODY);
        Draft d = Drafts.apply(TeaserLinesRule.standard().withPaywallPhrases(List.of(line)), Drafts.text(FIRST, line));
        assertThat(decision(d, ID, line).reason()).isEqualTo("paywall notice");
        assertThat(TeaserLinesRule.standard().withPaywallPhrases(List.of(line)).id()).isEqualTo(ID);
    }

    @Test
    void aReadMorePhraseInsideALineOrWithoutAMarkStays() {
        for (String line : List.of("Read more about the plan on the council website",
                "Residents can continue reading the report at the library.",
                "Read more: " + "the council and the mayor ".repeat(4).strip())) {
            assertThat(role(run(FIRST, line), line)).as(line).isEqualTo(Role.BODY);
        }
    }

    @Test
    void leavesBlocksAnEarlierRuleDecidedAlone() {
        Draft d = Drafts.text(FIRST, "Read more");
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE, "Read more");
        Drafts.apply(TeaserLinesRule.standard(), d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void proseIsLeftAlone() {
        Draft d = run(FIRST, SampleProse.SECOND);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
