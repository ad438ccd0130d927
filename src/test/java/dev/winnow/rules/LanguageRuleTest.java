package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageRuleTest {
    @Test
    void namesTheLanguageWithClearlyMostStopwords() {
        assertThat(LanguageRule.identify(List.of(
                "The minister said that the talks with the union would go on for most of the week,",
                "and that he was not sure of the outcome."))).isEqualTo("en");
        assertThat(LanguageRule.identify(List.of(
                "Der Minister sagte, dass die Gespräche mit der Gewerkschaft noch die ganze Woche dauern",
                "würden und dass er sich über das Ergebnis nicht sicher sei."))).isEqualTo("de");
    }

    @Test
    void namesNoLanguageWithoutEnoughEvidence() {
        assertThat(LanguageRule.identify(List.of("Xi Jinping", "Vladimir Putin", "2024"))).isNull();
        assertThat(LanguageRule.identify(List.of())).isNull();
    }

    @Test
    void tellsCjkLanguagesByScript() {
        assertThat(LanguageRule.identify(List.of("习近平与俄罗斯的关系"))).isEqualTo("zh");
        assertThat(LanguageRule.identify(List.of("東京で記者会見が開かれました"))).isEqualTo("ja");
        assertThat(LanguageRule.identify(List.of("서울에서 기자회견이 열렸다"))).isEqualTo("ko");
    }

    @Test
    void readsWordsInTypographicQuotesAndApostrophesAsWithAsciiOnes() {
        String ascii = "'the' 'and' 'of' 'to' 'with' 'that' isn't";
        String typographic = "’the’ ’and’ ’of’ ’to’ ’with’ ’that’ isn’t";
        assertThat(LanguageRule.identify(List.of(ascii))).isEqualTo("en");
        assertThat(LanguageRule.identify(List.of(typographic))).isEqualTo("en");
        // accented words are folded before they are looked up
        assertThat(LanguageRule.identify(List.of("Les élèves et les professeurs sont là, mais où est le directeur ?")))
                .isEqualTo("fr");
    }

    // --- on drafts built directly ---

    private static final String ID = StandardRules.LANGUAGE;
    private static final String GERMAN = "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten, der seit Monaten"
            + " wegen des Streits um die Brücke und die Schulen verschoben wird.";

    @Test
    void onADraftNamesTheLanguageOfTheBody() {
        Draft d = Drafts.apply(new LanguageRule(), Drafts.text("Budget delayed again", SampleProse.FIRST,
                SampleProse.SECOND));
        assertThat(d.metadata(MetadataField.LANGUAGE)).isEqualTo("en");
        assertThat(d.provenance()).containsEntry("language", "detected");
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::action).containsExactly("language=\"en\"");
    }

    @Test
    void readsOnlyTheBody() {
        // Arrange: earlier rules removed the English chrome of a German page.
        Draft d = Drafts.text("Share this article with your friends and the rest of the world",
                "Sign up for our newsletter and get all of the news in your inbox", GERMAN);
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE,
                "Share this article with your friends and the rest of the world",
                "Sign up for our newsletter and get all of the news in your inbox");
        Drafts.apply(new LanguageRule(), d);
        assertThat(d.metadata(MetadataField.LANGUAGE)).isEqualTo("de");
    }

    @Test
    void leavesALanguageThePageDeclaredAndNamesNoneWithoutEvidence() {
        Draft declared = Drafts.text(SampleProse.FIRST);
        Drafts.given(declared, StandardRules.HTML_METADATA, x -> x.metadata(MetadataField.LANGUAGE, "en", "html-lang"));
        Drafts.apply(new LanguageRule(), declared);
        assertThat(declared.provenance()).containsEntry("language", "html-lang");
        assertThat(Drafts.decisions(declared, ID)).isEmpty();

        Draft names = Drafts.apply(new LanguageRule(), Drafts.text("Olaf Scholz", "Emmanuel Macron", "2024"));
        assertThat(names.metadata(MetadataField.LANGUAGE)).isNull();
        assertThat(names.trace()).isEmpty();
    }
}
