package dev.winnow.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void readsTheNamesAfterABylinePrefix() {
        assertThat(Bylines.authors("By Jane Doe and John Roe | Reuters")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.authors("Publicado por: Clarissa Borba")).containsExactly("Clarissa Borba");
        assertThat(Bylines.authors("Von Anna Schmidt, Peter Müller und Lena Wolf"))
                .containsExactly("Anna Schmidt", "Peter Müller", "Lena Wolf");
    }

    @Test
    void aLineWithoutPrefixOrWithoutNamesGivesNone() {
        assertThat(Bylines.authors("Jane Doe")).isEmpty();
        assertThat(Bylines.authors("By the end of the week the bridge was closed.")).isEmpty();
    }

    @Test
    void aNameIsTwoToFiveCapitalisedWordsOrShortCaselessText() {
        assertThat(Bylines.isName("Ludwig van Beethoven")).isTrue();
        assertThat(Bylines.isName("Jane")).isFalse();
        assertThat(Bylines.isName("Jane Doe.")).isFalse();
        assertThat(Bylines.isName("the city council")).isFalse();
        assertThat(Bylines.isName("王小明")).isTrue();
    }
}
