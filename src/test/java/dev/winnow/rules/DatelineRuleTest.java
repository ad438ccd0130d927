package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;

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
