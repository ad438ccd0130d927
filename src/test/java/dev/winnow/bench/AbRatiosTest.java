package dev.winnow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbRatiosTest {
    @Test
    void ratiosAreAOverBKeptApartByOrder() {
        AbRatios r = new AbRatios();
        r.add(true, 2.0, 1.0);
        r.add(false, 1.0, 2.0);
        r.add(true, 3.0, 1.0);
        assertEquals(2.5, r.medianAb(), 1e-12);
        assertEquals(0.5, r.medianBa(), 1e-12);
        assertEquals(Math.cbrt(2.0 * 0.5 * 3.0), r.geometricMean(), 1e-12);
        assertEquals(2, r.bFasterRounds());
        assertEquals(3, r.rounds());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, AbRatios.median(List.of(3.0, 1.0, 2.0)), 1e-12);
        assertEquals(2.5, AbRatios.median(List.of(4.0, 1.0, 3.0, 2.0)), 1e-12);
        assertTrue(Double.isNaN(AbRatios.median(List.of())));
    }

    @Test
    void geometricMeanOfReciprocalsIsOne() {
        assertEquals(1.0, AbRatios.geometricMean(List.of(2.0, 0.5, 4.0, 0.25)), 1e-12);
    }
}
