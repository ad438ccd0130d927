package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeparatorLinesRuleTest {
    private static final String ID = StandardRules.SEPARATOR_LINES;

    private static Draft run(Object... lines) {
        return Drafts.apply(new SeparatorLinesRule(), Drafts.text(lines));
    }

    @Test
    void marksLinesWithoutALetterOrDigit() {
        for (String line : List.of("-", "***", "* * *", "|", "• • •", "— — —", "…", "[ ]", "==========")) {
            Draft d = run(SampleProse.FIRST, line, SampleProse.SECOND);
            assertThat(role(d, line)).as(line).isEqualTo(Role.BOILERPLATE);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("no letters or digits");
        }
    }

    @Test
    void aSingleLetterOrDigitInAnyScriptKeepsTheLine() {
        Draft d = run("1", "* A *", "— 2 —", "。中", "٣", "-- é --");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void leavesBlocksAnEarlierRuleDecidedAlone() {
        Draft d = Drafts.text(SampleProse.FIRST, "***");
        Drafts.marked(d, StandardRules.HIDDEN_BLOCKS, Role.BOILERPLATE, "***");
        Drafts.apply(new SeparatorLinesRule(), d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(Drafts.block(d, "***").roleRule()).isEqualTo(StandardRules.HIDDEN_BLOCKS);
    }
}
