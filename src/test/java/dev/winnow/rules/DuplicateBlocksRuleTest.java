package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
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

    // --- on drafts built directly ---

    private static final String ID = StandardRules.DUPLICATE_BLOCKS;

    private static Draft run(Draft draft) {
        return Drafts.apply(new DuplicateBlocksRule(), draft);
    }

    @Test
    void onADraftTheArticleAgainOnOneLineIsTheCopy() {
        String both = FIRST + " " + SECOND;
        Draft d = run(Drafts.text("Budget delayed again", FIRST, SECOND, both));
        assertThat(Drafts.role(d, both)).isEqualTo(Role.BOILERPLATE);
        assertThat(Drafts.decision(d, ID, both).reason()).isEqualTo("copies text of other blocks");
        // of a block and a longer one that holds it, the longer one goes
        assertThat(Drafts.role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(Drafts.role(d, SECOND)).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).hasSize(1);
    }

    @Test
    void onADraftABlockMostlyFoundElsewhereIsACopyAndOneWithNewTextIsNot() {
        String mostly = FIRST + " The vote is now due in May.";
        Draft copy = run(Drafts.text(FIRST, SECOND, "Share", "Tags", "Weather", mostly));
        assertThat(Drafts.role(copy, mostly)).isEqualTo(Role.BOILERPLATE);
        // half of it new: far under COVERED
        String half = FIRST + " " + SampleProse.SECOND.replace("Members", "Traders");
        Draft kept = run(Drafts.text(FIRST, "Share", "Tags", "Weather", half));
        assertThat(Drafts.role(kept, half)).isEqualTo(Role.BODY);
    }

    @Test
    void onADraftShortRepeatedBlocksStay() {
        String line = "Breakfast: porridge with berries and a glass of milk";
        Draft d = run(Drafts.text(FIRST, line, "Monday", line, "Tuesday", line, SampleProse.FIRST, SampleProse.SECOND));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void onADraftBlocksAnEarlierRuleRemovedAreNoOriginals() {
        // Arrange: the hidden-blocks rule removed the paragraphs the long line repeats; they do not count.
        String both = FIRST + " " + SECOND;
        Draft d = Drafts.text(FIRST, SECOND, both);
        Drafts.marked(d, StandardRules.HIDDEN_BLOCKS, Role.BOILERPLATE, FIRST, SECOND);
        run(d);
        assertThat(Drafts.role(d, both)).isEqualTo(Role.BODY);
    }

    @Test
    void inTextWithoutBlankLinesARepeatFarFromItsPassageIsACopy() {
        // a repeat within NEAR blocks is the passage repeated in place
        Draft near = run(Drafts.text(FIRST, SECOND, "Share", FIRST));
        assertThat(Drafts.decisions(near, ID)).isEmpty();
        Draft far = run(Drafts.text(FIRST, SECOND, "Share", "Tags", "Weather", FIRST));
        assertThat(Drafts.decisions(far, ID)).hasSize(1);
        assertThat(far.bodyBlocks()).extracting(dev.winnow.rule.Block::text).containsOnlyOnce(FIRST);
    }

    @Test
    void inTextWithBlankLinesLinesStackedWithoutOneAreCopies() {
        Draft stacked = run(Drafts.segmentedText(SECOND + "\n\n" + FIRST + "\n" + FIRST + "\n"));
        assertThat(Drafts.decisions(stacked, ID)).hasSize(1);
        Draft parted = run(Drafts.segmentedText(SECOND + "\n\n" + FIRST + "\n\n" + FIRST + "\n"));
        assertThat(Drafts.decisions(parted, ID)).isEmpty();
    }

    @Test
    void inHtmlARepeatInTheSameParentStaysAndOneElsewhereGoes() {
        Draft inPlace = run(Drafts.html("<html><body><article><p>" + FIRST + "</p><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article></body></html>"));
        assertThat(Drafts.decisions(inPlace, ID)).isEmpty();
        Draft elsewhere = run(Drafts.html("<html><body><article><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article><div class=more><div><p>" + SECOND + "</p></div></div></body></html>"));
        // the copy standing alone in its parent goes, the article's paragraph stays
        List<String> copies = Drafts.decisions(elsewhere, ID).stream()
                .map(x -> elsewhere.blocks().get(x.block()).origin().tagPath()).toList();
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0)).contains("div.more");
    }

    @Test
    void onADraftAnArticleWithoutRepeatsIsLeftAlone() {
        Draft d = run(Drafts.text("Budget delayed again", FIRST, SECOND, SampleProse.FIRST));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
