package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.heading;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import org.junit.jupiter.api.Test;

class TitleHeadingDedupeRuleTest {
    private static final String ID = StandardRules.TITLE_HEADING_DEDUPE;
    private static final String FIRST = SampleProse.FIRST;

    /** Runs the rule on a draft whose metadata title an earlier rule set. */
    private static Draft run(String title, Object... lines) {
        Draft d = Drafts.text(lines);
        if (title != null) {
            Drafts.given(d, StandardRules.HTML_METADATA, x -> x.metadata(MetadataField.TITLE, title, "title-tag"));
        }
        return Drafts.apply(new TitleHeadingDedupeRule(), d);
    }

    @Test
    void dropsTheHeadingThatRepeatsTheTitle() {
        Draft d = run("Budget delayed again", heading(1, "Budget delayed again"), FIRST);
        assertThat(role(d, "Budget delayed again")).isEqualTo(Role.TITLE);
        assertThat(decision(d, ID, "Budget delayed again").reason()).isEqualTo("heading repeats the title");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    @Test
    void aTitleWithTheSiteNameBeforeOrAfterASeparatorRepeatsTheHeading() {
        for (String title : new String[] {"Budget delayed again | Acme Gazette", "Acme Gazette - Budget delayed again",
                "Politics » Budget delayed again", "BUDGET DELAYED AGAIN"}) {
            Draft d = run(title, heading(1, "Budget delayed again"), FIRST);
            assertThat(role(d, "Budget delayed again")).as(title).isEqualTo(Role.TITLE);
        }
    }

    @Test
    void aHeadingThatIsOnlyPartOfTheTitleWithoutASeparatorStays() {
        for (String title : new String[] {"Budget delayed again and again", "Budget delayed again|Acme",
                "Why the budget delayed again"}) {
            Draft d = run(title, heading(1, "Budget delayed again"), FIRST);
            assertThat(role(d, "Budget delayed again")).as(title).isEqualTo(Role.BODY);
        }
    }

    @Test
    void onlyTheFirstRepeatingHeadingGoesAndParagraphsStay() {
        Draft d = run("Budget delayed again", "Budget delayed again", heading(2, "Schools"), heading(2, "Budget Delayed Again"),
                FIRST, heading(2, "budget delayed again"));
        assertThat(role(d, "Budget delayed again")).isEqualTo(Role.BODY); // a paragraph
        assertThat(role(d, "Budget Delayed Again")).isEqualTo(Role.TITLE);
        assertThat(role(d, "budget delayed again")).isEqualTo(Role.BODY);
        assertThat(role(d, "Schools")).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).hasSize(1);
    }

    @Test
    void doesNothingWithoutATitle() {
        Draft d = run(null, heading(1, "Budget delayed again"), FIRST);
        assertThat(d.trace()).isEmpty();
    }
}
