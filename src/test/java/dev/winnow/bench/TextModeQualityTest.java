package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quality floor on flattened text: Cleaner.standard() on the 181 benchmark pages as
 * {@link Flattener} flattens them. Skipped when the corpus is not next to the project.
 */
class TextModeQualityTest {
    static final double F1_FLOOR = 0.85;
    static final int MAX_EMPTY_PAGES = 5;

    @Test
    void textModeMeetsTheFloor() {
        Optional<Corpus> corpus = Corpus.find();
        assumeTrue(corpus.isPresent(), "benchmark corpus not found at " + Corpus.location());

        QualityHarness.Result result = QualityHarness.run(corpus.get(), "text");
        ShingleMetric.Score s = result.score();
        String summary = String.format(java.util.Locale.ROOT,
                "text mode: F1 %.4f, P %.4f, R %.4f, accuracy %.4f, empty %d, errors %d, %.0f pages/s",
                s.f1(), s.precision(), s.recall(), s.accuracy(), s.emptyPages(), result.errors(),
                result.pagesPerSecond());
        System.out.println(summary);

        assertThat(s.pages()).hasSize(corpus.get().ids().size());
        assertThat(s.f1()).as(summary).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(s.emptyPages()).as(summary).isLessThanOrEqualTo(MAX_EMPTY_PAGES);
    }
}
