package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentRootRuleTest {
    @Test
    void writesScoresAsFormatDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double score = i % 2 == 0 ? random.nextDouble() * 1000 : random.nextInt(100_000) / 20.0;
            assertThat(ContentRootRule.oneDecimal(score)).isEqualTo(String.format(Locale.ROOT, "%.1f", score));
        }
        for (double score : new double[] {0, 0.05, 0.15, 0.25, 9.95, 99.95, 1e10, 1e-5}) {
            assertThat(ContentRootRule.oneDecimal(score)).isEqualTo(String.format(Locale.ROOT, "%.1f", score));
        }
    }
}
