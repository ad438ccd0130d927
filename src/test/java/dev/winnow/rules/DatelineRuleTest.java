package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineRuleTest {
    @Test
    void aTimestampLineMayEndWithABylineWhosePrefixTakesAColon() {
        String line = "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde";
        assertThat(DatelineRule.date(line, true)).isEqualTo(LocalDate.of(2018, 10, 5));
        assertThat(DatelineRule.trailingAuthors(line)).containsExactly("Clarissa Borba");
        assertThat(DatelineRule.date("February 1, 2019 | BY: Ilana Muhlstein, MS, RDN", false))
                .isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(DatelineRule.date("Monday November 18, 2019 7:45 am PST by Joe Rossignol", false))
                .isEqualTo(LocalDate.of(2019, 11, 18));
    }

    @Test
    void aLineWithMoreThanADateAndAByLineIsNotATimestampLine() {
        assertThat(DatelineRule.date("Concert on 5 May 2020 at the old town hall with the choir", true)).isNull();
        assertThat(DatelineRule.date("05/10/2018 - Publicado por: ninguém sabe quem escreveu isto", true)).isNull();
    }
}
