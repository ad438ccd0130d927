package dev.winnow.rules;

import static dev.winnow.rules.Drafts.apply;
import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationLinesRuleTest {
    private static final String ID = StandardRules.NAVIGATION_LINES;
    private static final String FIRST = SampleProse.FIRST;

    private static Draft run(Object... lines) {
        return apply(NavigationLinesRule.standard(), Drafts.text(lines));
    }

    @Test
    void marksWholeLinesFromTheNavigationPhrases() {
        for (String line : List.of("Home", "Log in", "My account", "Startseite", "Mein Konto", "HOME")) {
            Draft d = run(line, FIRST);
            assertThat(role(d, line)).as(line).isEqualTo(Role.NAVIGATION);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("navigation phrase");
        }
    }

    @Test
    void marksMenusAndBreadcrumbsWrittenOnOneLine() {
        for (String line : List.of("Home | World | Business", "Home > World > Europe", "Startseite › Politik › Ausland",
                "News / Local / Council / Budget 2024", "Home • About us • Contact the newsroom")) {
            Draft d = run(line, FIRST);
            assertThat(role(d, line)).as(line).isEqualTo(Role.NAVIGATION);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("one-line menu or breadcrumb");
        }
    }

    @Test
    void aOneLineMenuNeedsThreeShortPartsThatAreNotSentences() {
        for (String line : List.of(
                "Council | Budget", // two parts
                "Home | The council met again on Tuesday | World", // a part of more than MAX_PART_WORDS words
                "Yes. | No. | Maybe.", // parts that end like sentences
                "Red, | green, | blue", // a part that ends with a comma
                "12/03/2024", // no letters: a date, not a breadcrumb
                "2024 | 2023 | 2022")) {
            Draft d = run(line, FIRST);
            assertThat(role(d, line)).as(line).isEqualTo(Role.BODY);
        }
    }

    @Test
    void marksRowsMadeOnlyOfMenuWords() {
        Draft d = run("Home News Sport Weather", FIRST);
        assertThat(role(d, "Home News Sport Weather")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "Home News Sport Weather").reason()).isEqualTo("row of menu words");
        // one word that is not a menu word, or fewer than three words, and it is no row
        assertThat(role(run("Home News Sport Tomorrow", FIRST), "Home News Sport Tomorrow")).isEqualTo(Role.BODY);
        assertThat(role(run("News Sport", FIRST), "News Sport")).isEqualTo(Role.BODY);
    }

    @Test
    void aLineOfMoreThanFortyWordsIsNeverNavigation() {
        String longMenu = String.join(" | ", java.util.Collections.nCopies(21, "Sport News"));
        assertThat(role(run(longMenu, FIRST), longMenu)).isEqualTo(Role.BODY);
        String menu = String.join(" | ", java.util.Collections.nCopies(20, "Sport News"));
        assertThat(role(run(menu, FIRST), menu)).isEqualTo(Role.NAVIGATION);
    }

    @Test
    void leavesBlocksAnEarlierRuleDecidedAlone() {
        Draft d = Drafts.text("Home", FIRST);
        Drafts.marked(d, StandardRules.HIDDEN_BLOCKS, Role.BOILERPLATE, "Home");
        apply(NavigationLinesRule.standard(), d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void proseAndHeadlinesThatUseMenuWordsStay() {
        Draft d = run("World leaders meet in Paris", "Home is where the heart is, the mayor said.", FIRST,
                "Business / Economy: what the budget means for you and your family this year");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
