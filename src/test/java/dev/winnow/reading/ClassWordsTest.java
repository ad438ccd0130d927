package dev.winnow.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWordsTest {
    private static final List<String> WORDS = List.of("paywall", "regwall", "paywalled", "k9");

    /** The definition the sieve answers: one of the words occurs in the squashed class and id. */
    private static boolean occurs(String classes, String id) {
        StringBuilder squashed = new StringBuilder();
        for (char c : (classes.strip() + id).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                squashed.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                squashed.append(Character.toLowerCase(c));
            } else if (c >= 0x80 && Character.isLetterOrDigit(c)) {
                squashed.append(Character.toLowerCase(c));
            }
        }
        return WORDS.stream().anyMatch(w -> squashed.indexOf(w) >= 0);
    }

    @Test
    void sieveAnswersWhetherAWordOccurs() {
        ClassWords.Sieve sieve = new ClassWords.Sieve(WORDS);
        String alphabet = "paywlregdkK9 -_\u212AİÀ";
        Random random = new Random(3);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder classes = new StringBuilder();
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                classes.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Element e = new Element("div");
            if (classes.length() > 0) {
                e.attr("class", classes.toString());
            }
            if (id.length() > 0) {
                e.attr("id", id.toString());
            }
            assertThat(sieve.mayMatch(e.attr("class"), e.id())).as(classes + " #" + id).isEqualTo(occurs(e.className(), e.id()));
        }
        assertThat(sieve.mayMatch(" Article PAY-wall ", "")).isTrue();
        assertThat(sieve.mayMatch("payroll wallet", "")).isFalse();
        assertThat(new ClassWords.Sieve(List.of("")).mayMatch("", "")).isTrue();
    }
}
