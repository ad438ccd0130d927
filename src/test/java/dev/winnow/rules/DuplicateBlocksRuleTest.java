package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.Removed;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateBlocksRuleTest {
    /** Paragraphs of 75 words: long enough to be copies ({@link DuplicateBlocksRule#MIN_AGGREGATE_WORDS}). */
    private static final String FIRST = SampleProse.FIRST.replace("ago.", "ago, and it heard from residents who had"
            + " waited in the rain to speak about the plans for the river front, the new bus station and the noise"
            + " of the lorries that cross the old bridge every night.");
    private static final String SECOND = SampleProse.SECOND.replace("town.", "town, and about the old market hall"
            + " that nobody wants to pay to repair before next winter comes, when the roof is expected to leak again"
            + " and the traders will have to move their stalls into the car park.");

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static List<Removed> copies(Article a) {
        return a.removed().stream().filter(r -> r.rule().equals(StandardRules.DUPLICATE_BLOCKS)).toList();
    }

    @Test
    void keepsAParagraphTheArticleRepeatsInPlace() {
        String html = "<html><body><article><h1>Budget delayed again</h1><p>" + FIRST + "</p><p>" + FIRST + "</p><p>"
                + SECOND + "</p></article></body></html>";
        Article a = Cleaner.standard().clean(Input.html(html, "https://example.org/a"));
        assertThat(occurrences(a.bodyText(), FIRST)).isEqualTo(2);
        assertThat(copies(a)).isEmpty();
    }

    @Test
    void dropsTheArticleAgainOnOneLineElsewhere() {
        String html = "<html><body><article><h1>Budget delayed again</h1><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article><div class=print><p>" + FIRST + " " + SECOND + "</p></div></body></html>";
        Article a = Cleaner.standard().clean(Input.html(html, "https://example.org/a"));
        assertThat(copies(a)).extracting(Removed::text).containsExactly(FIRST + " " + SECOND);
        assertThat(occurrences(a.bodyText(), FIRST)).isEqualTo(1);
    }

    @Test
    void dropsACopyInAnotherContainer() {
        String html = "<html><body><article><h1>Budget delayed again</h1><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article><div class=more><div><p>" + SECOND + "</p></div></div></body></html>";
        Article a = Cleaner.standard().clean(Input.html(html, "https://example.org/a"));
        assertThat(copies(a)).hasSize(1);
        assertThat(occurrences(a.bodyText(), FIRST + "\n\n" + SECOND)).isEqualTo(1);
    }

    @Test
    void inTextARepeatStackedWithoutABlankLineIsStillACopy() {
        String text = "Budget delayed again\n\n" + SECOND + "\n\n" + FIRST + "\n" + FIRST + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(occurrences(a.bodyText(), FIRST)).isEqualTo(1);
        assertThat(copies(a)).hasSize(1);
    }

    @Test
    void inTextKeepsAParagraphRepeatedNearbyAfterABlankLine() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\nMore\n\n" + FIRST + "\n\n" + SECOND + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(occurrences(a.bodyText(), FIRST)).isEqualTo(2);
        assertThat(copies(a)).isEmpty();
    }

    @Test
    void inTextWithoutBlankLinesKeepsAParagraphRepeatedNearby() {
        String text = "Budget delayed again\n" + FIRST + "\n" + FIRST + "\nMore\n" + FIRST + "\n" + SECOND + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(occurrences(a.bodyText(), FIRST)).isEqualTo(3);
        assertThat(copies(a)).isEmpty();
    }

    @Test
    void inTextWithoutBlankLinesTheArticleAgainOnOneLineIsACopy() {
        String text = "Budget delayed again\n" + FIRST + "\n" + SECOND + "\n" + FIRST + " " + SECOND + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(copies(a)).extracting(Removed::text).containsExactly(FIRST + " " + SECOND);
    }

    @Test
    void inTextDropsTheArticleAgainOnOneLineBesideIt() {
        String text = "Budget delayed again\n\n" + FIRST + " " + SECOND + "\n\n" + FIRST + "\n\n" + SECOND + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(copies(a)).extracting(Removed::text).containsExactly(FIRST + " " + SECOND);
    }

    @Test
    void inTextARepeatFarAwayIsStillACopy() {
        StringBuilder text = new StringBuilder("Budget delayed again\n\n" + FIRST + "\n\n" + SECOND + "\n\n");
        for (int i = 0; i < 5; i++) {
            text.append("Line ").append(i).append("\n\n");
        }
        text.append(FIRST).append("\n");
        Article a = Cleaner.standard().clean(Input.text(text.toString()));
        assertThat(copies(a)).hasSize(1);
    }
}
