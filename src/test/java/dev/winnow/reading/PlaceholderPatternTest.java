package dev.winnow.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link PlaceholderPattern}: the same lines as the regular expression it replaced, without backtracking. */
class PlaceholderPatternTest {
    /** The regular expression phrases with placeholders used to be compiled to. */
    private static Pattern regex(String phrase) {
        StringBuilder regex = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("\\{n}|\\{\\*}").matcher(phrase);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(phrase.substring(last, m.start())));
            regex.append(m.group().equals("{n}") ? "[0-9][0-9.,]*[km]?" : ".{1,120}");
            last = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(phrase.substring(last))).toString());
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    @Test
    void matchesWhatTheRegularExpressionMatches() {
        Random random = new Random(15);
        List<String> placeholders = List.of("{*}", "{n}");
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder phrase = new StringBuilder(random(random, "ab ", random.nextInt(3)));
            for (int k = random.nextInt(4); k > 0; k--) {
                phrase.append(placeholders.get(random.nextInt(2))).append(random(random, "ab 1", random.nextInt(3)));
            }
            int length = random.nextInt(10) == 0 ? 100 + random.nextInt(200) : random.nextInt(14);
            String line = random(random, "ab 1.,km", length);
            boolean expected = regex(phrase.toString()).matcher(line).matches();
            assertThat(PlaceholderPattern.of(phrase.toString()).matches(line)).as("'%s' on '%s'", phrase, line)
                    .isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).as("the sample holds matches as well as misses").isGreaterThan(300);   // 547 with this seed
    }

    @Test
    void theAnyPlaceholderStandsForOneTo120Characters() {
        PlaceholderPattern p = PlaceholderPattern.of("more on {*}");
        assertThat(p.matches("more on ")).isFalse();
        assertThat(p.matches("more on x")).isTrue();
        assertThat(p.matches("more on " + "x".repeat(120))).isTrue();
        assertThat(p.matches("more on " + "x".repeat(121))).isFalse();
        assertThat(PlaceholderPattern.of("{n} comments").matches("1.2k comments")).isTrue();
        assertThat(PlaceholderPattern.of("{n} comments").matches("k comments")).isFalse();
    }

    @Test
    void aPhraseWithManyPlaceholdersDoesNotBacktrack() {
        // six {*} on a 192-character line took the regular expression 23 s; each one more, ten times that
        String phrase = "x" + "{*}a".repeat(40) + "{*}y{*}z";
        String line = "x" + "a".repeat(190) + "z";
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {   // a hang guard, not a timing check
            assertThat(PlaceholderPattern.of(phrase).matches(line)).isFalse();
            assertThat(PlaceholderPattern.of(phrase).matches("x" + "a".repeat(100) + "yaz")).isTrue();
        });
        assertThat(Phrases.of(List.of(phrase)).matchesLine(line)).isFalse();
    }
}
