package dev.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.rule.Block;
import dev.winnow.rule.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {
    private final TextSegmenter segmenter = new TextSegmenter();

    private static final String WRAPPED_1 = String.join("\n",
            "The regional council approved the new transport budget on Tuesday after",
            "a long debate about the cost of the planned tram line and the bus lanes",
            "in the city centre, which several members called far too expensive.");
    private static final String WRAPPED_2 = String.join("\n",
            "Officials said construction would start next spring and that the first",
            "trams should carry passengers within three years if the government keeps",
            "its promises.");

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void insertedAndDeletedTextMarksAreDropped() {
        List<Block> blocks = segmenter.segment(String.join("\n",
                "[INS::INS]",
                "[INS:Say:INS] [INS:Goodbye:INS] [INS:To:INS] [INS:Snor",
                "ing:INS] now",
                "4,80€ [DEL:10,80€:DEL]",
                "A line that only mentions INS and DEL stays as it is."));
        assertThat(texts(blocks)).containsExactly("Say Goodbye To Snor", "ing now", "4,80€ 10,80€",
                "A line that only mentions INS and DEL stays as it is.");
        assertThat(blocks).extracting(b -> b.origin().line()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void insertMarksInTableCellsAreDropped() {
        List<Block> blocks = segmenter.segment(String.join("\n",
                "Price     [INS:12 €:INS]",
                "Weight    [DEL:3 kg:DEL] 2 kg",
                "Colour    red"));
        assertThat(texts(blocks)).containsExactly("Price\t12 €", "Weight\t3 kg 2 kg", "Colour\tred");
        assertThat(blocks).extracting(Block::kind).containsOnly(Kind.TABLE_ROW);
    }

    @Test
    void oneBlockPerLine() {
        List<Block> blocks = segmenter.segment("First line\nSecond   line  \n\tThird line");
        assertThat(texts(blocks)).containsExactly("First line", "Second line", "Third line");
        assertThat(blocks).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Kind.PARAGRAPH);
            assertThat(b.listId()).isEqualTo(-1);
        });
        assertThat(blocks).extracting(Block::index).containsExactly(0, 1, 2);
        assertThat(blocks).extracting(b -> b.origin().line()).containsExactly(1, 2, 3);
        assertThat(blocks.get(0).origin().tagPath()).isEmpty();
        assertThat(blocks.get(0).origin().hidden()).isFalse();
    }

    @Test
    void linesAreReadOnlyAsFarAsTheBlockLimitAllows() {
        Segmented cut = segmenter.segment("x\n".repeat(1_000), 10, Long.MAX_VALUE);
        assertThat(cut.blocks()).hasSize(10);
        assertThat(cut.warning()).isEqualTo("more than 10 lines: the rest of the text was not cleaned");

        // hard-wrapped lines join into fewer blocks than the limit, but the text was still cut
        Segmented joined = segmenter.segment((WRAPPED_1 + "\n\n").repeat(50), 10, Long.MAX_VALUE);
        assertThat(joined.blocks().size()).isLessThan(10);
        assertThat(joined.warning()).startsWith("more than 10 lines");

        assertThat(segmenter.segment("x\n".repeat(10), 10, Long.MAX_VALUE).warning()).isNull();
    }

    @Test
    void crlfAndCrLineEnds() {
        List<Block> blocks = segmenter.segment("First line\r\nSecond line\r\n\r\nThird line\rFourth line\r\n");
        assertThat(texts(blocks)).containsExactly("First line", "Second line", "Third line", "Fourth line");
        assertThat(blocks).extracting(b -> b.origin().line()).containsExactly(1, 2, 4, 5);
        assertThat(texts(blocks)).noneMatch(t -> t.contains("\r") || t.contains("\n"));
    }

    @Test
    void invisibleCharactersAndNoBreakSpacesAreNormalised() {
        List<Block> blocks = segmenter.segment("Zero\u200Bwidth\u00A0and\u00A0nbsp");
        assertThat(texts(blocks)).containsExactly("Zerowidth and nbsp");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        List<Block> blocks = segmenter.segment(WRAPPED_1 + "\n\n" + WRAPPED_2 + "\n");
        assertThat(texts(blocks)).containsExactly(WRAPPED_1.replace('\n', ' '), WRAPPED_2.replace('\n', ' '));
        assertThat(blocks).extracting(b -> b.origin().line()).containsExactly(1, 5);
    }

    @Test
    void hardWrappedParagraphsWithCrlfAreJoined() {
        String text = (WRAPPED_1 + "\n\n" + WRAPPED_2).replace("\n", "\r\n");
        assertThat(texts(segmenter.segment(text)))
                .containsExactly(WRAPPED_1.replace('\n', ' '), WRAPPED_2.replace('\n', ' '));
    }

    @Test
    void withoutBlankLinesNothingIsJoined() {
        List<Block> blocks = segmenter.segment(WRAPPED_1 + "\n" + WRAPPED_2);
        assertThat(blocks).hasSize(6);
    }

    @Test
    void headerChunkOfUnevenLinesIsNotJoined() {
        String header = String.join("\n",
                "Home | World | Politics | Business | Sport",
                "Council approves the new transport budget after a long and heated debate",
                "By Jane Doe",
                "12 November 2025");
        List<Block> blocks = segmenter.segment(header + "\n\n" + WRAPPED_1);
        assertThat(texts(blocks)).containsExactly(
                "Home | World | Politics | Business | Sport",
                "Council approves the new transport budget after a long and heated debate",
                "By Jane Doe",
                "12 November 2025",
                WRAPPED_1.replace('\n', ' '));
    }

    @Test
    void longLinesAreNeverJoined() {
        String longLine = "word ".repeat(30).strip();
        List<Block> blocks = segmenter.segment(longLine + "\n" + longLine + "\n\n" + WRAPPED_2);
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).text()).isEqualTo(longLine);
    }

    @Test
    void strongBulletsMakeOneList() {
        List<Block> blocks = segmenter.segment("Intro line of the list:\n• First item\n•Second item\n▪ Third item\nAfter.");
        assertThat(texts(blocks)).containsExactly("Intro line of the list:", "First item", "Second item",
                "Third item", "After.");
        List<Block> items = blocks.subList(1, 4);
        assertThat(items).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Kind.LIST_ITEM);
            assertThat(b.ordered()).isFalse();
            assertThat(b.listId()).isEqualTo(items.get(0).listId()).isNotNegative();
        });
        assertThat(blocks.get(0).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(blocks.get(4).kind()).isEqualTo(Kind.PARAGRAPH);
    }

    @Test
    void aLoneStrongBulletIsAListItem() {
        List<Block> blocks = segmenter.segment("Some prose here.\n• Only item\nMore prose here.");
        assertThat(blocks.get(1).kind()).isEqualTo(Kind.LIST_ITEM);
        assertThat(blocks.get(1).text()).isEqualTo("Only item");
    }

    @Test
    void consecutiveDashItemsMakeOneList() {
        List<Block> blocks = segmenter.segment("Ingredients:\n- flour\n- sugar\n* eggs\n– butter\nMix well.");
        List<Block> items = blocks.subList(1, 5);
        assertThat(texts(items)).containsExactly("flour", "sugar", "eggs", "butter");
        assertThat(items).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Kind.LIST_ITEM);
            assertThat(b.listId()).isEqualTo(items.get(0).listId());
            assertThat(b.ordered()).isFalse();
        });
    }

    @Test
    void numberedLinesMakeAnOrderedList() {
        List<Block> blocks = segmenter.segment("Steps:\n1. Gather papers\n2. Fill in the form\n3) Submit it\nDone.");
        List<Block> items = blocks.subList(1, 4);
        assertThat(texts(items)).containsExactly("Gather papers", "Fill in the form", "Submit it");
        assertThat(items).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Kind.LIST_ITEM);
            assertThat(b.ordered()).isTrue();
            assertThat(b.listId()).isEqualTo(items.get(0).listId());
        });
    }

    @Test
    void differentListsGetDifferentIds() {
        List<Block> blocks = segmenter.segment("• a one\n• a two\nProse between the lists.\n1. b one\n2. b two\n"
                + "Prose again.\n- c one\n- c two");
        int a = blocks.get(0).listId();
        int b = blocks.get(3).listId();
        int c = blocks.get(6).listId();
        assertThat(blocks.get(1).listId()).isEqualTo(a);
        assertThat(blocks.get(4).listId()).isEqualTo(b);
        assertThat(blocks.get(7).listId()).isEqualTo(c);
        assertThat(List.of(a, b, c)).doesNotHaveDuplicates();
        // an unordered list right after an ordered one is another list
        List<Block> adjacent = segmenter.segment("1. one\n2. two\n• three\n• four");
        assertThat(adjacent.get(0).listId()).isNotEqualTo(adjacent.get(2).listId());
    }

    @Test
    void aLoneDashLineBetweenProseIsNotAListItem() {
        List<Block> blocks = segmenter.segment("The council met on Tuesday.\n- Reuters contributed reporting\n"
                + "The budget passed.");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(1).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(blocks.get(1).text()).isEqualTo("- Reuters contributed reporting");
        assertThat(blocks.get(1).listId()).isEqualTo(-1);
    }

    @Test
    void aLoneNumberedLineIsNotAListItem() {
        List<Block> blocks = segmenter.segment("Prose.\n12. März 2024\nMore prose.");
        assertThat(blocks.get(1).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(blocks.get(1).text()).isEqualTo("12. März 2024");
    }

    @Test
    void bulletLinesInsideAWrappedChunkStayApart() {
        String text = WRAPPED_1 + "\n\n"
                + "• The first point is that the tram line will cost far more than planned\n"
                + "• The second point is that the bus lanes will be ready sooner than hoped\n"
                + "• The third point is that nobody has asked the residents what they want";
        List<Block> blocks = segmenter.segment(text);
        assertThat(blocks).hasSize(4);
        assertThat(blocks.subList(1, 4)).allSatisfy(b -> assertThat(b.kind()).isEqualTo(Kind.LIST_ITEM));
    }

    @Test
    void numberedLinesInsideAWrappedChunkStayApart() {
        String text = WRAPPED_1 + "\n\n"
                + "1. The first step is to gather all of the documents that you will need\n"
                + "2. The second step is to fill in the application form with the details\n"
                + "3. The third step is to submit the form at the office before the deadline";
        List<Block> blocks = segmenter.segment(text);
        assertThat(blocks).hasSize(4);
        assertThat(blocks.subList(1, 4)).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Kind.LIST_ITEM);
            assertThat(b.ordered()).isTrue();
        });
    }

    @Test
    void emptyInputGivesNoBlocks() {
        assertThat(segmenter.segment("")).isEmpty();
        assertThat(segmenter.segment("\n\n \r\n\t\n")).isEmpty();
        assertThat(segmenter.segment("\u200B\n\u00A0")).isEmpty();
    }

    @Test
    void linesWithCellsSideBySideMakeOneTable() {
        String text = "Results by region:\n\n"
                + "Region          Votes    Share\n"
                + "North           1,555    39.86%\n"
                + "South             987    25.30%\n"
                + "\nThe count ended at midnight.\n";
        List<Block> blocks = segmenter.segment(text);
        assertThat(texts(blocks)).containsExactly("Results by region:", "Region\tVotes\tShare",
                "North\t1,555\t39.86%", "South\t987\t25.30%", "The count ended at midnight.");
        assertThat(blocks.subList(1, 4)).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(Kind.TABLE_ROW);
            assertThat(b.listId()).isEqualTo(blocks.get(1).listId());
        });
        assertThat(blocks.get(4).kind()).isEqualTo(Kind.PARAGRAPH);
    }

    @Test
    void twoLinesWithCellsOrCellsWithoutLettersAreNoTable() {
        List<Block> two = segmenter.segment("Region    Votes\nNorth    1,555\n\nSouth    987\n");
        assertThat(two).extracting(Block::kind).containsOnly(Kind.PARAGRAPH);
        assertThat(texts(two)).containsExactly("Region Votes", "North 1,555", "South 987");
        List<Block> form = segmenter.segment("Name  [   ]\nEmail  [   ]\nPhone  [   ]\n");
        assertThat(form).extracting(Block::kind).containsOnly(Kind.PARAGRAPH);
    }

    @Test
    void aListAfterATableGetsItsOwnId() {
        List<Block> blocks = segmenter.segment("a  b\nc  d\ne  f\n\n• one\n• two\n");
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.TABLE_ROW, Kind.TABLE_ROW, Kind.TABLE_ROW,
                Kind.LIST_ITEM, Kind.LIST_ITEM);
        assertThat(blocks.get(3).listId()).isNotEqualTo(blocks.get(0).listId());
    }
}
