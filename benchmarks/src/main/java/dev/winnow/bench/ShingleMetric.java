package dev.winnow.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The article-body metric of the article-extraction benchmark, ported line by line from
 * {@code shared/tools/zyte_eval.py} (which reproduces the published figures).
 *
 * <ul>
 *   <li>Tokens: maximal runs of word characters as Python's {@code \w} defines them for str
 *       patterns: letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and {@code _}. Combining marks
 *       and other connector punctuation are <em>not</em> word characters, exactly as in Python.
 *       Case is kept.
 *   <li>Shingles: the multiset of runs of {@value #SHINGLE_SIZE} consecutive tokens; a text with
 *       1 to 3 tokens has one shingle of all its tokens, an empty text none.
 *   <li>Per page: tp = sum of min counts, fp and fn the surpluses, each divided by tp+fp+fn.
 *       Precision tp/(tp+fp) is undefined when nothing was predicted; recall tp/(tp+fn) is
 *       undefined when the gold is empty.
 *   <li>Corpus precision and recall: means of the defined page values; F1: their harmonic mean
 *       (not the mean of page F1s); accuracy: share of pages whose token sequence equals the gold.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ShingleMetric {
    /** Tokens per shingle. */
    public static final int SHINGLE_SIZE = 4;

    private ShingleMetric() {}

    /**
     * The word tokens of a text (Python's {@code re.findall(r"\w+", text)}).
     *
     * @param text the text, or {@code null}
     * @return the tokens, case kept
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /**
     * Whether a code point is a word character for Python's {@code \w} in a str pattern
     * ({@code str.isalnum()} or {@code _}).
     *
     * @param cp the code point
     * @return true for letters, numbers and the underscore
     */
    public static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /**
     * The shingle multiset of a token list.
     *
     * @param tokens the tokens
     * @return shingle (tokens joined by one space; tokens never contain spaces) to count
     */
    public static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < SHINGLE_SIZE) {
            counts.put(String.join(" ", tokens), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE_SIZE <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + SHINGLE_SIZE)), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Scores one page.
     *
     * @param id   the page id (carried into the result)
     * @param gold the gold body
     * @param pred the predicted body
     * @return the page score
     */
    public static Page score(String id, String gold, String pred) {
        List<String> goldTokens = tokens(gold);
        List<String> predTokens = tokens(pred);
        Map<String, Integer> g = shingles(goldTokens);
        Map<String, Integer> p = shingles(predTokens);
        long common = 0;
        long extra = 0;
        long missed = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inGold = g.getOrDefault(e.getKey(), 0);
            common += Math.min(inGold, e.getValue());
            extra += Math.max(0, e.getValue() - inGold);
        }
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            missed += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        long total = common + extra + missed;
        double tp = 0.0;
        double fp = 0.0;
        double fn = 0.0;
        if (total > 0) {
            tp = (double) common / total;
            fp = (double) extra / total;
            fn = (double) missed / total;
        }
        return new Page(id, tp, fp, fn, common, extra, missed, goldTokens.size(), predTokens.size(),
                goldTokens.equals(predTokens));
    }

    /**
     * Scores a set of pages: every gold page, in the order given (sorted ids, as the Python tool
     * does); a page missing from {@code predictions} counts as an empty prediction.
     *
     * @param gold        gold bodies by id
     * @param predictions predicted bodies by id
     * @return the corpus score with its pages
     */
    public static Score score(Map<String, String> gold, Map<String, String> predictions) {
        List<Page> pages = new ArrayList<>(gold.size());
        for (Map.Entry<String, String> e : gold.entrySet()) {
            pages.add(score(e.getKey(), e.getValue(), predictions.getOrDefault(e.getKey(), "")));
        }
        return aggregate(pages);
    }

    /**
     * Corpus figures from page scores.
     *
     * @param pages the pages, in a fixed order (sums are taken in this order)
     * @return the corpus score
     */
    public static Score aggregate(List<Page> pages) {
        double precisionSum = 0.0;
        int precisionPages = 0;
        double recallSum = 0.0;
        int recallPages = 0;
        int exact = 0;
        int empty = 0;
        for (Page page : pages) {
            OptionalDouble p = page.precision();
            if (p.isPresent()) {
                precisionSum += p.getAsDouble();
                precisionPages++;
            }
            OptionalDouble r = page.recall();
            if (r.isPresent()) {
                recallSum += r.getAsDouble();
                recallPages++;
            }
            exact += page.exact() ? 1 : 0;
            empty += page.predTokens() == 0 ? 1 : 0;
        }
        double precision = precisionPages > 0 ? precisionSum / precisionPages : 0.0;
        double recall = recallPages > 0 ? recallSum / recallPages : 0.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        double accuracy = pages.isEmpty() ? 0.0 : (double) exact / pages.size();
        return new Score(f1, precision, recall, accuracy, empty, precisionPages, List.copyOf(pages));
    }

    /**
     * One page's score.
     *
     * @param id         the page id
     * @param tp         shared shingles / (tp+fp+fn)
     * @param fp         predicted-only shingles / (tp+fp+fn)
     * @param fn         gold-only shingles / (tp+fp+fn)
     * @param rawTp      shared shingles
     * @param rawFp      predicted-only shingles
     * @param rawFn      gold-only shingles
     * @param goldTokens gold word count
     * @param predTokens predicted word count
     * @param exact      whether the token sequences are equal
     */
    public record Page(String id, double tp, double fp, double fn, long rawTp, long rawFp, long rawFn,
                       int goldTokens, int predTokens, boolean exact) {
        /** Compact constructor. */
        public Page {
            Objects.requireNonNull(id, "id");
        }

        /** tp/(tp+fp), empty when nothing was predicted. @return the page precision */
        public OptionalDouble precision() {
            double denom = tp + fp;
            return denom > 0 ? OptionalDouble.of(tp / denom) : OptionalDouble.empty();
        }

        /** tp/(tp+fn), empty when the gold is empty. @return the page recall */
        public OptionalDouble recall() {
            double denom = tp + fn;
            return denom > 0 ? OptionalDouble.of(tp / denom) : OptionalDouble.empty();
        }

        /** Harmonic mean of page precision and recall; 0 when either is undefined. @return the page F1 */
        public double f1() {
            OptionalDouble p = precision();
            OptionalDouble r = recall();
            if (p.isEmpty() || r.isEmpty() || p.getAsDouble() + r.getAsDouble() == 0) {
                return 0.0;
            }
            return 2 * p.getAsDouble() * r.getAsDouble() / (p.getAsDouble() + r.getAsDouble());
        }
    }

    /**
     * Corpus figures.
     *
     * @param f1             harmonic mean of {@code precision} and {@code recall}
     * @param precision      mean of the defined page precisions
     * @param recall         mean of the defined page recalls
     * @param accuracy       share of pages whose tokens equal the gold
     * @param emptyPages     pages whose prediction has no token
     * @param precisionPages pages whose precision is defined
     * @param pages          the page scores
     */
    public record Score(double f1, double precision, double recall, double accuracy, int emptyPages,
                        int precisionPages, List<Page> pages) {}
}
