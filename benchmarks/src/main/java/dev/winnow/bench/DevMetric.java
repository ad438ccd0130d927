package dev.winnow.bench;

import dev.winnow.model.Removed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The page figures of {@code ../shared/tools/devscore/score.py}, ported line by line: the token
 * bag score ({@code token_scores}) and trafilatura's snippet test ({@code snippet_counts}).
 * {@code DevMetricTest} checks both against {@code score.py} on the harness's own outputs.
 */
public final class DevMetric {
    /** The rule name charged with gold text that no removed segment holds. */
    public static final String NEVER_SEGMENTED = "(never segmented)";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private DevMetric() {}

    /**
     * Token precision, recall and F1 of one page: the bag of lower-cased {@code \w+} tokens of the
     * prediction against that of the gold.
     *
     * @param tp    tokens in both bags (multiset intersection)
     * @param pred  tokens predicted
     * @param gold  gold tokens
     */
    public record Tokens(long tp, long pred, long gold) {
        /** @return tp / predicted, 0 when nothing was predicted */
        public double precision() {
            return pred == 0 ? 0 : (double) tp / pred;
        }

        /** @return tp / gold, 0 when the gold is empty */
        public double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        /** @return the harmonic mean of precision and recall, 0 when both are 0 */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Snippet counts of one page (trafilatura's test).
     *
     * @param tp {@code with} snippets found
     * @param fp {@code without} snippets found
     * @param fn {@code with} snippets missing
     * @param tn {@code without} snippets absent
     */
    public record Snippets(int tp, int fp, int fn, int tn) {
        /** The empty count. */
        public static final Snippets NONE = new Snippets(0, 0, 0, 0);

        /** @param o another count @return the sum */
        public Snippets plus(Snippets o) {
            return new Snippets(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        /** @return whether there is any snippet */
        public boolean any() {
            return tp + fp + fn + tn > 0;
        }

        /** @return 2tp / (2tp + fp + fn), 0 without snippets */
        public double f1() {
            int d = 2 * tp + fp + fn;
            return d == 0 ? 0 : 2.0 * tp / d;
        }

        /** @return tp / (tp + fp) */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** @return tp / (tp + fn) */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }
    }

    /**
     * The lower-cased word tokens of a text, as {@code score.py}'s {@code tokens}.
     *
     * @param text the text
     * @return the tokens
     */
    public static List<String> tokens(String text) {
        return ShingleMetric.tokens(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The token score of a prediction.
     *
     * @param gold the gold text
     * @param pred the prediction
     * @return the counts
     */
    public static Tokens tokens(String gold, String pred) {
        Map<String, long[]> counts = new HashMap<>();
        List<String> goldTokens = tokens(gold);
        List<String> predTokens = tokens(pred);
        for (String t : goldTokens) {
            counts.computeIfAbsent(t, k -> new long[2])[0]++;
        }
        for (String t : predTokens) {
            counts.computeIfAbsent(t, k -> new long[2])[1]++;
        }
        long tp = 0;
        for (long[] c : counts.values()) {
            tp += Math.min(c[0], c[1]);
        }
        return new Tokens(tp, predTokens.size(), goldTokens.size());
    }

    /**
     * The snippet counts of a prediction: whitespace is collapsed in both, and the test is a
     * case-sensitive substring test.
     *
     * @param with    snippets a good extraction contains
     * @param without snippets a good extraction leaves out
     * @param pred    the prediction
     * @return the counts
     */
    public static Snippets snippets(List<String> with, List<String> without, String pred) {
        String text = normalise(pred);
        int tp = (int) with.stream().filter(w -> text.contains(normalise(w))).count();
        int fp = (int) without.stream().filter(w -> text.contains(normalise(w))).count();
        return new Snippets(tp, fp, with.size() - tp, without.size() - fp);
    }

    /**
     * Which rules removed the {@code with} snippets the prediction lacks: each is charged to the
     * first removed segment that holds it (or its first 40 characters, when the snippet spans
     * segments), else to {@code (never segmented)}.
     *
     * @param with    snippets a good extraction contains
     * @param pred    the prediction
     * @param removed the removed segments, in page order
     * @return rule id to the number of missed snippets it removed
     */
    public static Map<String, Double> missedByRule(List<String> with, String pred, List<Removed> removed) {
        String text = normalise(pred);
        Map<String, Double> lost = new TreeMap<>();
        for (String w : with) {
            String snippet = normalise(w);
            if (text.contains(snippet)) {
                continue;
            }
            String head = snippet.length() > 40 ? snippet.substring(0, 40) : snippet;
            String rule = removed.stream().filter(r -> normalise(r.text()).contains(head)).map(Removed::rule)
                    .findFirst().orElse(NEVER_SEGMENTED);
            lost.merge(rule, 1.0, Double::sum);
        }
        return lost;
    }

    /**
     * Which rules removed gold text: the gold tokens the prediction lacks are matched, in page
     * order, against the tokens of each removed segment, and each match is charged to the rule that
     * removed the segment. Gold tokens found in no removed segment are charged to {@code (never
     * segmented)}: text the segmenter dropped or never saw.
     *
     * @param gold    the gold text
     * @param pred    the prediction
     * @param removed the removed segments, in page order
     * @return rule id to the share of the gold tokens it removed (shares sum to at most 1 - recall)
     */
    public static Map<String, Double> lostByRule(String gold, String pred, List<Removed> removed) {
        Map<String, Integer> missing = new HashMap<>();
        List<String> goldTokens = tokens(gold);
        for (String t : goldTokens) {
            missing.merge(t, 1, Integer::sum);
        }
        for (String t : tokens(pred)) {
            missing.computeIfPresent(t, (k, n) -> n > 1 ? n - 1 : null);
        }
        Map<String, Double> lost = new TreeMap<>();
        if (goldTokens.isEmpty()) {
            return lost;
        }
        int left = missing.values().stream().mapToInt(Integer::intValue).sum();
        for (Removed r : removed) {
            int n = 0;
            for (String t : tokens(r.text())) {
                Integer c = missing.get(t);
                if (c != null) {
                    n++;
                    if (c == 1) {
                        missing.remove(t);
                    } else {
                        missing.put(t, c - 1);
                    }
                }
            }
            if (n > 0) {
                lost.merge(r.rule(), (double) n / goldTokens.size(), Double::sum);
                left -= n;
            }
        }
        if (left > 0) {
            lost.put(NEVER_SEGMENTED, (double) left / goldTokens.size());
        }
        return lost;
    }

    private static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
