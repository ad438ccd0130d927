package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineRelatedRuleTest {
    private static final String ID = StandardRules.INLINE_RELATED;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;

    private static Draft run(Draft draft) {
        return Drafts.apply(InlineRelatedRule.standard(), draft);
    }

    @Test
    void liftsAReadAlsoLineIntoTheRelatedItems() {
        for (String[] line : new String[][] {
                {"Read also: Council approves new cycle lanes", "Council approves new cycle lanes"},
                {"Related » Library reopens after two years", "Library reopens after two years"},
                {"[See also] - Tram line delayed again", "Tram line delayed again"},
                {"Lire aussi : Le conseil approuve les pistes cyclables", "Le conseil approuve les pistes cyclables"},
                {"Mehr zum Thema: Stadtrat beschließt neue Radwege", "Stadtrat beschließt neue Radwege"},
                {"Te puede interesar | El ayuntamiento aprueba el carril bici", "El ayuntamiento aprueba el carril bici"}}) {
            Draft d = run(Drafts.text(FIRST, line[0], SECOND));
            assertThat(role(d, line[0])).as(line[0]).isEqualTo(Role.RELATED);
            assertThat(decision(d, ID, line[0]).reason()).as(line[0]).isEqualTo("read-also line");
            assertThat(d.related()).as(line[0]).containsExactly(RelatedItem.titled(line[1]));
            assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        }
    }

    @Test
    void theHeadlineMustHaveTwoToTwentyFiveWords() {
        String one = "Read also: Budget";
        String many = "Read also: " + "word ".repeat(26).strip();
        Draft d = run(Drafts.text(FIRST, one, many, SECOND));
        assertThat(d.related()).isEmpty();
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        // two and twenty-five words are headlines
        String two = "Read also: Budget delayed";
        String twentyFive = "Read also: " + "word ".repeat(25).strip();
        Draft bounds = run(Drafts.text(FIRST, two, twentyFive, SECOND));
        assertThat(role(bounds, two)).isEqualTo(Role.RELATED);
        assertThat(role(bounds, twentyFive)).isEqualTo(Role.RELATED);
    }

    @Test
    void aReadMoreLineCountsOnlyWhenProseFollowsIt() {
        String line = "Read more: Council approves new cycle lanes";
        Draft inside = run(Drafts.text(FIRST, line, SECOND));
        assertThat(role(inside, line)).isEqualTo(Role.RELATED);
        assertThat(inside.related()).containsExactly(RelatedItem.titled("Council approves new cycle lanes"));
        // at the end of the text it is the teaser ending, left to the ending rules
        Draft atEnd = run(Drafts.text(FIRST, SECOND, line));
        assertThat(role(atEnd, line)).isEqualTo(Role.BODY);
        assertThat(atEnd.related()).isEmpty();
    }

    @Test
    void linesTakenForNavigationOrATrailerAreReconsideredButNotOthers() {
        String nav = "Read also: Council approves new cycle lanes";
        String trailer = "Continue reading: Library reopens after two years";
        String boilerplate = "See also: Tram line delayed again";
        // Arrange: earlier CLASSIFY rules gave the lines their roles.
        Draft d = Drafts.text(FIRST, nav, trailer, boilerplate, SECOND);
        Drafts.marked(d, StandardRules.NAVIGATION_LINES, Role.NAVIGATION, nav);
        Drafts.marked(d, StandardRules.TEASER_LINES, Role.TRAILER, trailer);
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE, boilerplate);
        run(d);
        assertThat(role(d, nav)).isEqualTo(Role.RELATED);
        assertThat(role(d, trailer)).isEqualTo(Role.RELATED);
        assertThat(role(d, boilerplate)).isEqualTo(Role.BOILERPLATE);
        assertThat(d.related()).extracting(RelatedItem::title)
                .containsExactly("Council approves new cycle lanes", "Library reopens after two years");
    }

    @Test
    void inHtmlTakesTheLinkOfTheLine() {
        Draft d = run(Drafts.html("<html><body><p>" + FIRST + "</p><p>Read also: <a href=\"/2024/03/10/cycle-lanes\">"
                + "Council approves new cycle lanes</a></p><p>" + SECOND + "</p></body></html>"));
        assertThat(d.related()).containsExactly(new RelatedItem("Council approves new cycle lanes",
                "https://news.example.com/2024/03/10/cycle-lanes", null, null, null));
    }

    @Test
    void proseWithAColonAndHeadingWordsInsideALineStays() {
        List<String> lines = List.of("The mayor said: we will build the library next year.",
                "Council news: the budget was delayed again",
                "Residents can read more about the plan at the town hall: it is open every day.");
        Draft d = run(Drafts.text(FIRST, lines.get(0), lines.get(1), lines.get(2), SECOND));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(d.related()).isEmpty();
    }
}
