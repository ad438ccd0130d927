package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineRuleTest {
    private static final String ID = StandardRules.BYLINE;
    private static final String FIRST = SampleProse.FIRST;

    private static Draft run(Object... lines) {
        return Drafts.apply(new BylineRule(), Drafts.text(lines));
    }

    @Test
    void marksAPrefixFollowedByNames() {
        for (String line : List.of("By Jane Doe", "BY JANE DOE", "Written by Jane Doe and John Roe", "By: Jane Doe",
                "Von Max Mustermann und Erika Musterfrau", "Par Jean-Pierre Dupont", "Por María García y Luis Pérez",
                "Reporting by Jane Doe; John Roe", "By Ludwig van Beethoven", "By Jane Doe | March 12, 2024",
                "By Jane Doe - Staff Writer")) {
            Draft d = run("Budget delayed again", line, FIRST);
            assertThat(role(d, line)).as(line).isEqualTo(Role.BYLINE);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("author line");
        }
    }

    @Test
    void marksALonePrefixAndTheNameOnTheNextLine() {
        Draft d = run("Budget delayed again", "By", "Jane Doe", FIRST);
        assertThat(role(d, "By")).isEqualTo(Role.BYLINE);
        assertThat(decision(d, ID, "By").reason()).isEqualTo("byline prefix on its own line");
        assertThat(role(d, "Jane Doe")).isEqualTo(Role.BYLINE);
        assertThat(decision(d, ID, "Jane Doe").reason()).isEqualTo("name after a byline prefix");
        // the next line must be a name
        Draft notAName = run("Autor:", "Die Redaktion empfiehlt", FIRST);
        assertThat(Drafts.decisions(notAName, ID)).isEmpty();
    }

    @Test
    void aPrefixFollowedByOtherWordsIsNoByline() {
        for (String line : List.of("By the end of the year, the bridge will close to lorries.", "By 2030",
                "by jane doe", "Von der Leyen besucht Kiew", "Author of three books on the river")) {
            assertThat(role(run(line, FIRST), line)).as(line).isEqualTo(Role.BODY);
        }
    }

    @Test
    void aLineOfMoreThanTwentyWordsIsNoByline() {
        String names = "By Anna Bell, Bob Carr, Cara Dunn, Dan Eady, Eve Finn, Fay Gill, Gus Hart, Hal Ives, Ida Jones,"
                + " Jo Kerr and Kim Lowe";
        assertThat(Drafts.text(names).blocks().get(0).words()).isGreaterThan(BylineRule.MAX_WORDS);
        assertThat(role(run(names, FIRST), names)).isEqualTo(Role.BODY);
        // twenty words are still a byline
        String twenty = "By Anna Bell, Bob Carr, Cara Dunn, Dan Eady, Eve Finn, Fay Gill, Gus Hart, Hal Ives and Ida Jones";
        assertThat(Drafts.text(twenty).blocks().get(0).words()).isEqualTo(BylineRule.MAX_WORDS);
        assertThat(role(run(twenty, FIRST), twenty)).isEqualTo(Role.BYLINE);
    }

    @Test
    void leavesBlocksAnEarlierRuleDecidedAlone() {
        Draft d = Drafts.text("By Jane Doe", FIRST);
        Drafts.marked(d, StandardRules.TEASER_LINES, Role.RELATED, "By Jane Doe");
        Drafts.apply(new BylineRule(), d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void doesNotSetTheAuthorsItself() {
        Draft d = run("By Jane Doe", FIRST);
        assertThat(d.authors()).isEmpty();
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).hasSize(1);
    }
}
