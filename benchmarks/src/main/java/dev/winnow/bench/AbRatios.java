package dev.winnow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The A/B ratios of one engine over the rounds of a {@link SameJvmAbHarness} run: A's CPU time per
 * page over B's (above 1: B is faster), kept apart by the order the two builds ran in, since the
 * build that runs second in a round can profit or suffer from the first one's effect on the JIT and
 * the caches.
 */
final class AbRatios {
    private final List<Double> abRounds = new ArrayList<>();
    private final List<Double> baRounds = new ArrayList<>();
    private int bFaster;

    /**
     * Adds one round.
     *
     * @param aFirst whether A ran before B in this round
     * @param aMs    A's CPU milliseconds per page
     * @param bMs    B's CPU milliseconds per page
     */
    void add(boolean aFirst, double aMs, double bMs) {
        (aFirst ? abRounds : baRounds).add(aMs / bMs);
        if (bMs < aMs) {
            bFaster++;
        }
    }

    /** @return the median ratio of the rounds where A ran first */
    double medianAb() {
        return median(abRounds);
    }

    /** @return the median ratio of the rounds where B ran first */
    double medianBa() {
        return median(baRounds);
    }

    /** @return the geometric mean of the ratios of all rounds */
    double geometricMean() {
        List<Double> all = new ArrayList<>(abRounds);
        all.addAll(baRounds);
        return geometricMean(all);
    }

    /** @return how many rounds B took less CPU time than A */
    int bFasterRounds() {
        return bFaster;
    }

    /** @return the number of rounds */
    int rounds() {
        return abRounds.size() + baRounds.size();
    }

    /**
     * @param values the values, not all absent
     * @return their median (the mean of the middle two for an even count), NaN when there are none
     */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * @param values positive values
     * @return their geometric mean, NaN when there are none
     */
    static double geometricMean(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double logSum = 0;
        for (double v : values) {
            logSum += Math.log(v);
        }
        return Math.exp(logSum / values.size());
    }
}
