package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Dateline;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Origin;
import dev.winnow.rule.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineRuleTest {
    /** The dateline finding the rule attaches to a one-line text draft, or {@code null} if it marks nothing. */
    private static Dateline dateline(String line) {
        Block block = new Block(0, line, Kind.PARAGRAPH, 0, -1, false, Origin.textLine(1));
        Draft draft = Draft.of(new Source(Source.InputShape.TEXT, null, null), List.of(block));
        new DatelineRule().apply(draft);
        assertThat(block.role() == Role.DATELINE).isEqualTo(block.finding(Dateline.class).isPresent());
        return block.finding(Dateline.class).orElse(null);
    }

    @Test
    void aTimestampLineMayEndWithABylineWhosePrefixTakesAColon() {
        Dateline dateline = dateline("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde");
        assertThat(dateline.date(true)).isEqualTo(LocalDate.of(2018, 10, 5));
        assertThat(dateline.date(false)).isEqualTo(LocalDate.of(2018, 5, 10));
        assertThat(dateline.authors()).containsExactly("Clarissa Borba");
        assertThat(dateline("February 1, 2019 | BY: Ilana Muhlstein, MS, RDN").date(false))
                .isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(dateline("Monday November 18, 2019 7:45 am PST by Joe Rossignol").date(false))
                .isEqualTo(LocalDate.of(2019, 11, 18));
    }

    @Test
    void aLineWithMoreThanADateAndAByLineIsNotATimestampLine() {
        assertThat(dateline("Concert on 5 May 2020 at the old town hall with the choir")).isNull();
        assertThat(dateline("05/10/2018 - Publicado por: ninguém sabe quem escreveu isto")).isNull();
    }

    @Test
    void aRelativeStampIsADatelineWithoutDate() {
        Dateline dateline = dateline("Updated 2 hours ago");
        assertThat(dateline.date(false)).isNull();
        assertThat(dateline.date(true)).isNull();
        assertThat(dateline.authors()).isEmpty();
    }
}
