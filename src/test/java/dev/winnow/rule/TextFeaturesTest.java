package dev.winnow.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.internal.Fold;
import org.junit.jupiter.api.Test;

/**
 * {@link TextFeatures} on tricky texts: accents, CJK, empty and punctuation-only lines, texts too
 * long to fold whole; and each feature is worked out once.
 */
class TextFeaturesTest {
    @Test
    void foldsAccentsAndFindsTheFirstAndLastWord() {
        TextFeatures f = new TextFeatures("» CAFÉ Société — İstanbul’s News »");
        assertThat(f.folded()).isEqualTo("café société — istanbul's news");
        assertThat(f.foldedStart()).isSameAs(f.folded());
        assertThat(f.foldedEnd()).isSameAs(f.folded());
        assertThat(f.folded().substring(0, f.firstWordEnd())).isEqualTo("café");
        assertThat(f.folded().substring(f.lastWordStart())).isEqualTo("news");
        assertThat(f.words()).isEqualTo(5); // the apostrophe splits "İstanbul’s" in two
        assertThat(f.mostlyCjk()).isFalse();
    }

    @Test
    void cjkTextIsOneWordPerCharacterButOneRunForPhrases() {
        TextFeatures f = new TextFeatures("関連記事：東京");
        assertThat(f.words()).isEqualTo(6);
        assertThat(f.mostlyCjk()).isTrue();
        assertThat(f.folded()).isEqualTo("関連記事:東京");
        assertThat(f.folded().substring(0, f.firstWordEnd())).isEqualTo("関連記事");
        assertThat(f.folded().substring(f.lastWordStart())).isEqualTo("東京");
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoWords() {
        for (String text : new String[] {"", "— · —", "***"}) {
            TextFeatures f = new TextFeatures(text);
            assertThat(f.folded()).as(text).isEmpty();
            assertThat(f.foldedStart()).as(text).isEmpty();
            assertThat(f.foldedEnd()).as(text).isEmpty();
            assertThat(f.firstWordEnd()).as(text).isZero();
            assertThat(f.lastWordStart()).as(text).isZero();
            assertThat(f.words()).as(text).isZero();
            assertThat(f.mostlyCjk()).as(text).isFalse();
        }
    }

    @Test
    void aTextTooLongToFoldWholeFoldsItsStartAndEnd() {
        String text = "Copyright Société " + "lorem ipsum ".repeat(30) + "All Rights Reserved.";
        TextFeatures f = new TextFeatures(text);
        assertThat(f.folded()).isEmpty();
        assertThat(f.foldedStart()).isEqualTo(Fold.line(text.substring(0, 100)));
        assertThat(f.foldedEnd()).isEqualTo(Fold.line(text.substring(text.length() - 100)));
        assertThat(f.foldedStart().substring(0, f.firstWordEnd())).isEqualTo("copyright");
        assertThat(f.foldedEnd().substring(f.lastWordStart())).isEqualTo("reserved");
        assertThat(f.words()).isEqualTo(65);
    }

    @Test
    void eachFeatureIsWorkedOutOnce() {
        TextFeatures f = new TextFeatures("Read more");
        assertThat(f.folded()).isSameAs(f.folded());
        assertThat(f.foldedStart()).isSameAs(f.foldedStart());
        assertThat(f.foldedEnd()).isSameAs(f.foldedEnd());
    }
}
