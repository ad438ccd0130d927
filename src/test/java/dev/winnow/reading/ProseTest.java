package dev.winnow.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {
    @Test
    void theDensestRunIsTheStretchWithTheHighestScoreSum() {
        int[] scores = {-8, 30, -8, 25, -8, -8, -8, -8, 10};
        assertThat(Prose.densestRun(scores, 0)).isEqualTo(new Prose.Run(1, 3, 47));
        assertThat(Prose.densestRun(scores, 4)).isEqualTo(new Prose.Run(8, 8, 10));
    }

    @Test
    void withoutAPositiveScoreThereIsNoRun() {
        assertThat(Prose.densestRun(new int[] {-8, -1, -2}, 0)).isNull();
        assertThat(Prose.densestRun(new int[] {30}, 1)).isNull();
    }
}
