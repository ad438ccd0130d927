package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
}
