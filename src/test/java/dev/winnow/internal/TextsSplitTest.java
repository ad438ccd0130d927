package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsSplitTest {
    private static final String ALPHABET = "ab  \t\n|•·/,.-éЖ中1²\uD83D\uDE00";

    @Test
    void splitsLikeTheRegexSplitOnRandomStrings() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int k = random.nextInt(ALPHABET.length() - 1);
                sb.append(Character.isHighSurrogate(ALPHABET.charAt(k)) ? ALPHABET.substring(k, k + 2) : ALPHABET.charAt(k));
            }
            String s = sb.toString();
            assertThat(Texts.split(s, Texts::isAsciiSpace)).as(s).containsExactly(s.split("\\s+"));
            assertThat(Texts.split(s, cp -> !Texts.isLetterOrNumber(cp))).as(s).containsExactly(s.split("[^\\p{L}\\p{N}]+"));
            assertThat(Texts.split(s, cp -> Texts.isAsciiSpace(cp) || cp == '|' || cp == '•' || cp == '·' || cp == '/'))
                    .as(s).containsExactly(s.split("[\\s|•·/]+"));
        }
    }
}
