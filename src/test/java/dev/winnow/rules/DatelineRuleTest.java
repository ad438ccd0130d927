package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.time.LocalDate;
import java.util.List;
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

    // --- on drafts built directly ---

    private static final String ID = StandardRules.DATELINE;

    private static Draft run(Object... lines) {
        return Drafts.apply(new DatelineRule(), Drafts.text(lines));
    }

    @Test
    void marksTimestampLines() {
        for (String line : List.of("March 12, 2024", "Published: 12 March 2024 10:42", "Updated on 2024-03-12 at 10:42 GMT",
                "Aktualisiert am 12. März 2024, 10:42 Uhr", "Publié le 3 mars 2024 à 10h42", "Publicado el 3 de marzo de 2024",
                "12.03.2024", "Monday November 18, 2019 7:45 am PST by Joe Rossignol")) {
            Draft d = run("Budget delayed again", line, SampleProse.FIRST);
            assertThat(role(d, line)).as(line).isEqualTo(Role.DATELINE);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("timestamp line");
        }
    }

    @Test
    void marksPrefixedRelativeStampsThatGiveNoDate() {
        for (String line : List.of("Updated 2 hours ago", "Atualizado há 2 horas", "Aktualisiert vor 3 Stunden")) {
            Draft d = run(line, SampleProse.FIRST);
            assertThat(role(d, line)).as(line).isEqualTo(Role.DATELINE);
            assertThat(decision(d, ID, line).reason()).as(line).isEqualTo("relative timestamp line");
        }
        // without a prefix, without a digit or over MAX_RELATIVE_WORDS words, it is not one
        for (String line : List.of("2 hours ago", "Updated recently", "Updated 2 hours ago after the council met again")) {
            assertThat(role(run(line, SampleProse.FIRST), line)).as(line).isEqualTo(Role.BODY);
        }
    }

    @Test
    void aDateInsideALongerLineIsNoDateline() {
        for (String line : List.of("LONDON, March 12, 2024 (Reuters) - The council delayed the budget again on Tuesday.",
                "Concert on 5 May 2020 at the old town hall with the choir",
                "The library closed on March 12, 2024, and will reopen next year after the repairs are done")) {
            assertThat(role(run(line, SampleProse.FIRST), line)).as(line).isEqualTo(Role.BODY);
        }
    }

    @Test
    void leavesBlocksAnEarlierRuleDecidedAlone() {
        // Arrange: the byline rule (before this one) took "By Jane Doe, March 12, 2024" as an author line.
        Draft d = Drafts.text("By Jane Doe, March 12, 2024", SampleProse.FIRST);
        Drafts.marked(d, StandardRules.BYLINE, Role.BYLINE, "By Jane Doe, March 12, 2024");
        Drafts.apply(new DatelineRule(), d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(d.metadata(dev.winnow.rule.MetadataField.PUBLISHED)).isNull();
    }

    @Test
    void proseIsLeftAlone() {
        Draft d = run("Budget delayed again", SampleProse.FIRST, SampleProse.SECOND);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
