package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import org.junit.jupiter.api.Test;

class BlockMetadataRuleTest {
    private static final String ID = StandardRules.BLOCK_METADATA;
    private static final String FIRST = SampleProse.FIRST;

    private static Draft run(Draft draft) {
        return Drafts.apply(new BlockMetadataRule(), draft);
    }

    @Test
    void takesTheTitleAuthorsAndDatesFromTheBlocksOtherRulesRecognised() {
        // Arrange: the headline rule marked the title; the byline and dateline rules run and attach their findings.
        Draft d = Drafts.text("Budget delayed again", "By Jane Doe and John Roe", "Published March 12, 2024",
                "Updated March 13, 2024", FIRST);
        Drafts.marked(d, StandardRules.HEADLINE, Role.TITLE, "Budget delayed again");
        Drafts.apply(new BylineRule(), d);
        Drafts.apply(new DatelineRule(), d);
        run(d);
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget delayed again");
        assertThat(d.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2024-03-12");
        assertThat(d.metadata(MetadataField.MODIFIED)).isEqualTo("2024-03-13");
        assertThat(d.provenance()).containsEntry("title", "headline").containsEntry("authors", "byline")
                .containsEntry("published", "dateline").containsEntry("modified", "dateline");
        assertThat(Drafts.decisions(d, ID)).hasSize(4).allMatch(x -> x.block() == -1);
    }

    @Test
    void readsANameAloneOnItsBylineLineAndADateOnTheByline() {
        Draft d = Drafts.text("By", "Jane Doe", "By John Roe | 12 March 2024", FIRST);
        Drafts.apply(new BylineRule(), d);
        run(d);
        // the first byline with names gives the authors
        assertThat(d.authors()).containsExactly("Jane Doe");
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2024-03-12");
        assertThat(d.provenance()).containsEntry("published", "byline");
    }

    @Test
    void readsAnAuthorAtTheEndOfADateline() {
        Draft d = Drafts.text("Monday November 18, 2019 7:45 am PST by Joe Rossignol", FIRST);
        Drafts.apply(new DatelineRule(), d);
        run(d);
        assertThat(d.authors()).containsExactly("Joe Rossignol");
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2019-11-18");
    }

    @Test
    void readsAmbiguousSlashDatesDayFirstUnlessThePageIsEnglish() {
        for (String[] c : new String[][] {{"pt", "2018-10-05"}, {"en", "2018-05-10"}, {null, "2018-05-10"}}) {
            Draft d = Drafts.text("05/10/2018", FIRST);
            if (c[0] != null) {
                // Arrange: the language rule (before this one) named the language.
                Drafts.given(d, StandardRules.LANGUAGE, x -> x.metadata(MetadataField.LANGUAGE, c[0], "detected"));
            }
            Drafts.apply(new DatelineRule(), d);
            run(d);
            assertThat(d.metadata(MetadataField.PUBLISHED)).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void pageLevelSourcesWin() {
        Draft d = Drafts.text("Budget delayed again", "By Jane Doe", "March 12, 2024", FIRST);
        Drafts.given(d, StandardRules.JSON_LD_METADATA, x -> {
            x.metadata(MetadataField.TITLE, "Budget: delayed again", "json-ld");
            x.metadata(MetadataField.PUBLISHED, "2024-03-11T20:00:00Z", "json-ld");
            x.authors(java.util.List.of("Acme Newsroom"), "json-ld");
        });
        Drafts.marked(d, StandardRules.HEADLINE, Role.TITLE, "Budget delayed again");
        Drafts.apply(new BylineRule(), d);
        Drafts.apply(new DatelineRule(), d);
        run(d);
        assertThat(d.metadata(MetadataField.TITLE)).isEqualTo("Budget: delayed again");
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2024-03-11T20:00:00Z");
        assertThat(d.authors()).containsExactly("Acme Newsroom");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void bodyBlocksGiveNothing() {
        Draft d = run(Drafts.text("Budget delayed again", "By Jane Doe", "March 12, 2024", FIRST));
        assertThat(d.trace()).isEmpty();
        assertThat(d.authors()).isEmpty();
    }
}
