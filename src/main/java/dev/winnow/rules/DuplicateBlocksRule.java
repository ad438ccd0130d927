package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.Arrays;
import java.util.List;

/**
 * Drops copies of the article: a long block ({@link #MIN_AGGREGATE_WORDS} words or more) whose word
 * sequences occur almost entirely ({@link #COVERED}) in other blocks, such as the whole article
 * again on one line (print versions, hidden duplicates). Repeated short blocks stay: pages repeat
 * lines on purpose (a meal plan, a refrain).
 */
public final class DuplicateBlocksRule implements Rule {
    /** The fewest words of a block that may be a copy of several others. */
    public static final int MIN_AGGREGATE_WORDS = 60;
    /** Share of a long block's word 4-grams found elsewhere that makes it a copy. */
    public static final double COVERED = 0.8;
    /** The size of the shingle filter in 64-bit words. */
    private static final int FILTER_WORDS = 64;

    /** Creates the rule. */
    public DuplicateBlocksRule() {}

    @Override public String id() { return StandardRules.DUPLICATE_BLOCKS; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() {
        return "Drops long blocks that copy text found in other blocks (the article again on one line).";
    }

    @Override
    public void apply(Draft draft) {
        List<Block> body = draft.bodyBlocks();
        if (body.stream().noneMatch(b -> b.words() >= MIN_AGGREGATE_WORDS)) {
            return;
        }
        long[][] shingles = new long[body.size()][];
        for (int i = 0; i < body.size(); i++) {
            shingles[i] = shingles(folded(body.get(i)));
        }
        long[] keys = candidateShingles(body, shingles);
        long[] filter = filter(keys);
        int[] blocksWith = new int[keys.length];
        for (long[] set : shingles) {
            for (long s : set) {
                int k = mayHold(filter, s) ? Arrays.binarySearch(keys, s) : -1;
                if (k >= 0) {
                    blocksWith[k]++;
                }
            }
        }
        int[] dropped = new int[keys.length];
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            long[] set = shingles[i];
            if (!isCandidate(b, set)) {
                continue;
            }
            long elsewhere = 0;
            for (long s : set) {
                int k = Arrays.binarySearch(keys, s);
                if (blocksWith[k] - dropped[k] > 1) {
                    elsewhere++;
                }
            }
            if (elsewhere >= COVERED * set.length) {
                draft.mark(b, Role.BOILERPLATE, "copies text of other blocks");
                for (long s : set) {
                    dropped[Arrays.binarySearch(keys, s)]++;
                }
            }
        }
    }

    /** A bit set with one bit per shingle (a Bloom filter): a shingle whose bit is clear is not among them. */
    private static long[] filter(long[] shingles) {
        long[] filter = new long[FILTER_WORDS];
        for (long s : shingles) {
            int bit = filterBit(s);
            filter[bit >>> 6] |= 1L << bit;
        }
        return filter;
    }

    private static boolean mayHold(long[] filter, long shingle) {
        int bit = filterBit(shingle);
        return (filter[bit >>> 6] & 1L << bit) != 0;
    }

    private static int filterBit(long shingle) {
        return (int) (shingle ^ shingle >>> 32) & (FILTER_WORDS * 64 - 1);
    }

    /** Whether a block may be a copy: it is long and has shingles. */
    private static boolean isCandidate(Block b, long[] shingles) {
        return b.words() >= MIN_AGGREGATE_WORDS && shingles.length > 0;
    }

    /** The distinct shingles of the blocks that may be copies, sorted: the only ones whose blocks are counted. */
    private static long[] candidateShingles(List<Block> body, long[][] shingles) {
        int total = 0;
        for (int i = 0; i < body.size(); i++) {
            total += isCandidate(body.get(i), shingles[i]) ? shingles[i].length : 0;
        }
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < body.size(); i++) {
            if (isCandidate(body.get(i), shingles[i])) {
                System.arraycopy(shingles[i], 0, all, at, shingles[i].length);
                at += shingles[i].length;
            }
        }
        Arrays.sort(all);
        return distinct(all);
    }

    /** The block's text folded ({@link Fold#line}), from the block's cache when it keeps one. */
    private static String folded(Block b) {
        return b.text().length() > Block.FOLD_LIMIT ? Fold.line(b.text()) : b.folded();
    }

    /** The distinct hashes of the word 4-grams of a folded text, sorted. */
    private static long[] shingles(String folded) {
        int[] words = wordHashes(folded);
        if (words.length < 4) {
            return new long[0];
        }
        long[] hashes = new long[words.length - 3];
        for (int i = 0; i + 3 < words.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + 4; k++) {
                h = 31 * h + words[k];
            }
            hashes[i] = h;
        }
        Arrays.sort(hashes);
        return distinct(hashes);
    }

    /**
     * The {@link String#hashCode()}s of the words {@link Texts#split} gives when it splits the text
     * at non-letters and non-numbers (an empty first word when the text opens with a separator),
     * without building the words.
     */
    private static int[] wordHashes(String text) {
        if (text.isEmpty()) {
            return new int[] {0};
        }
        int[] hashes = new int[text.length() / 2 + 2];
        int count = 0;
        int hash = 0;
        boolean inWord = false;
        boolean anyWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Texts.isLetterOrNumber(cp)) {
                for (int k = i; k < next; k++) {
                    hash = 31 * hash + text.charAt(k);
                }
                inWord = true;
                anyWord = true;
            } else if (inWord || i == 0) {
                hashes[count++] = hash;
                hash = 0;
                inWord = false;
            }
            i = next;
        }
        if (inWord) {
            hashes[count++] = hash;
        }
        return anyWord ? Arrays.copyOf(hashes, count) : new int[0];
    }

    /** The sorted values without repeats. */
    private static long[] distinct(long[] sorted) {
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, count);
    }
}
