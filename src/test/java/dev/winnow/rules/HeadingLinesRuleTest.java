package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingLinesRuleTest {
    private static final String ID = StandardRules.HEADING_LINES;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String SUB = "What the budget means for schools";

    private static Draft run(Draft draft) {
        return Drafts.apply(HeadingLinesRule.standard(), draft);
    }

    @Test
    void aShortLineFollowedByProseBecomesALevelTwoHeading() {
        Draft d = run(Drafts.text(FIRST, SUB, SECOND));
        Block b = Drafts.block(d, SUB);
        assertThat(b.kind()).isEqualTo(Kind.HEADING);
        assertThat(b.level()).isEqualTo(HeadingLinesRule.LEVEL);
        assertThat(b.role()).isEqualTo(Role.BODY);
        assertThat(decision(d, ID, SUB).action()).isEqualTo("kind=heading h2");
        assertThat(decision(d, ID, SUB).reason()).isEqualTo("short line followed by prose");
        assertThat(Drafts.block(d, FIRST).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(Drafts.block(d, SECOND).kind()).isEqualTo(Kind.PARAGRAPH);
    }

    @Test
    void aLineThatReadsAsASentenceALabelOrLowerCaseIsNoHeading() {
        for (String line : List.of("The budget was delayed again.", "What the budget means:", "what the budget means",
                "Schools, libraries,")) {
            Draft d = run(Drafts.text(FIRST, line, SECOND));
            assertThat(Drafts.block(d, line).kind()).as(line).isEqualTo(Kind.PARAGRAPH);
        }
    }

    @Test
    void theProseBelowMustBeTwiceAsLongAndTheLineAtMostFifteenWords() {
        String fifteen = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen";
        String sixteen = fifteen + " Sixteen";
        String twentyNine = "The council met on Tuesday, and members argued for hours over the bridge, the schools and the"
                + " library, the mayor said.";
        assertThat(Drafts.block(run(Drafts.text(fifteen, twentyNine)), fifteen).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(Drafts.block(run(Drafts.text(fifteen, FIRST)), fifteen).kind()).isEqualTo(Kind.HEADING);
        assertThat(Drafts.block(run(Drafts.text(sixteen, FIRST)), sixteen).kind()).isEqualTo(Kind.PARAGRAPH);
        // the last line has nothing below it
        assertThat(Drafts.decisions(run(Drafts.text(FIRST, SUB)), ID)).isEmpty();
    }

    @Test
    void relatedAndCommentsHeadingsAreLeftToTheZoneRules() {
        Draft d = run(Drafts.text(FIRST, "Related Stories", SECOND, "Leave a Reply", FIRST + " Again."));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void theNextBodyBlockIsTheOneThatCounts() {
        // Arrange: the boilerplate rule (CLASSIFY, before this one) removed the line between.
        Draft d = Drafts.text(FIRST, SUB, "Advertisement", SECOND);
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE, "Advertisement");
        run(d);
        assertThat(Drafts.block(d, SUB).kind()).isEqualTo(Kind.HEADING);
        assertThat(Drafts.block(d, "Advertisement").kind()).isEqualTo(Kind.PARAGRAPH);
    }

    @Test
    void listItemsStayListItems() {
        Draft d = run(Drafts.text(FIRST, Drafts.item(0, SUB), SECOND));
        assertThat(Drafts.block(d, SUB).kind()).isEqualTo(Kind.LIST_ITEM);
    }

    @Test
    void doesNothingOnHtml() {
        Draft d = run(Drafts.html("<html><body><p>" + FIRST + "</p><p>" + SUB + "</p><p>" + SECOND + "</p></body></html>"));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
