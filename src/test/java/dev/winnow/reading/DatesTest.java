package dev.winnow.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Origin;
import dev.winnow.rule.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    /** Lines.itemMeta of a one-block draft holding the text. */
    private static Lines.ItemMeta itemMeta(String text) {
        Block block = new Block(0, text, Kind.PARAGRAPH, 0, -1, false, Origin.textLine(1));
        Draft draft = Draft.of(new Source(Source.InputShape.TEXT, null, null), List.of(block));
        return Lines.itemMeta(block, BlockDates.of(draft));
    }

    private static LocalDate date(String text) {
        Dates.Found found = Dates.find(text);
        return found == null ? null : found.date();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nov 12, 2025          | 2025-11-12
            Nov. 12, 2025         | 2025-11-12
            November 12 2025      | 2025-11-12
            12 November 2025      | 2025-11-12
            12th November, 2025   | 2025-11-12
            2025-11-12            | 2025-11-12
            2025-11-12T08:30:00Z  | 2025-11-12
            12.11.2025            | 2025-11-12
            12/11/2025            | 2025-12-11
            25/11/2025            | 2025-11-25
            2024年4月10日           | 2024-04-10
            2024 年 4 月 10 日      | 2024-04-10
            2024년 4월 10일          | 2024-04-10
            12 марта 2024         | 2024-03-12
            3 de marzo de 2024    | 2024-03-03
            12. März 2024         | 2024-03-12
            3 mars 2024           | 2024-03-03
            """)
    void parsesDates(String text, LocalDate expected) {
        assertThat(date(text)).isEqualTo(expected);
    }

    @Test
    void slashDatesAreMonthFirstUnlessDayFirst() {
        assertThat(Dates.find("12/11/2025").date(false)).isEqualTo(LocalDate.of(2025, 12, 11));
        assertThat(Dates.find("12/11/2025").date(true)).isEqualTo(LocalDate.of(2025, 11, 12));
        // a first number over 12 can only be the day
        assertThat(Dates.find("25/11/2025").date(false)).isEqualTo(LocalDate.of(2025, 11, 25));
        // a second number over 12 can only be the day, whatever the page language says
        assertThat(Dates.find("11/25/2025").date(true)).isEqualTo(LocalDate.of(2025, 11, 25));
    }

    @Test
    void findsTheDateInsideALineWithItsSpan() {
        String line = "Published: Nov 12, 2025 10:22 AM ET";
        Dates.Found found = Dates.find(line);
        assertThat(found.date()).isEqualTo(LocalDate.of(2025, 11, 12));
        assertThat(line.substring(found.start(), found.end())).isEqualTo("Nov 12, 2025");
        int[] time = Dates.findTime(line);
        assertThat(time).isNotNull();
        assertThat(line.substring(time[0], time[1])).startsWith("10:22 AM");
        // the earliest date wins
        assertThat(Dates.find("Updated 2025-11-14, first published 12 November 2025").date())
                .isEqualTo(LocalDate.of(2025, 11, 14));
    }

    @Test
    void relativeDatesAndBareYearsGiveNull() {
        assertThat(Dates.find("3 hours ago")).isNull();
        assertThat(Dates.find("in 2025 the plan")).isNull();
        assertThat(Dates.find("vor 3 Stunden")).isNull();
        assertThat(Dates.find("November 2025")).isNull();
        assertThat(Dates.find("")).isNull();
    }

    @Test
    void impossibleDatesGiveNull() {
        assertThat(Dates.find("2025-02-30")).isNull();
        assertThat(Dates.find("31.02.2024")).isNull();
        assertThat(Dates.find("13/13/2024")).isNull();
        assertThat(Dates.find("Feb 30, 2025")).isNull();
    }

    @Test
    void itemMetaReadsAuthorDateAndViews() {
        Lines.ItemMeta meta = itemMeta("Alex Braham - Nov 12, 2025 58 Views -");
        assertThat(meta).isNotNull();
        assertThat(meta.author()).isEqualTo("Alex Braham");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2025, 11, 12));
        assertThat(meta.views()).isEqualTo(58L);
    }

    @Test
    void itemMetaReadsCountsWithSuffixesAndSeparators() {
        assertThat(itemMeta("1.2K views").views()).isEqualTo(1200L);
        assertThat(itemMeta("1.2K views").author()).isNull();
        assertThat(itemMeta("1.2K views").date()).isNull();
        assertThat(itemMeta("3M views").views()).isEqualTo(3_000_000L);
        assertThat(itemMeta("1,234 views").views()).isEqualTo(1234L);
        assertThat(itemMeta("Nov 12, 2025 | 40 views").views()).isEqualTo(40L);
        assertThat(itemMeta("Jane Doe · 12 November 2025").author()).isEqualTo("Jane Doe");
    }

    @Test
    void itemMetaRejectsProse() {
        assertThat(itemMeta("The council met on Nov 12, 2025 to discuss the budget for the year.")).isNull();
        assertThat(itemMeta("Alex Braham")).isNull();
        assertThat(itemMeta("")).isNull();
    }
}
