package dev.winnow.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The phrases of a {@link Phrases} list that a line may match with one typo: folded Latin phrases
 * of {@link #MIN_LENGTH} to {@link #MAX_LENGTH} characters (so "Lastest News" matches "Latest
 * News"), by length. Filled once, then {@link #index() indexed} and read-only.
 */
final class TypoPhrases {
    /** The fewest characters of a phrase and a line matched with a typo. */
    private static final int MIN_LENGTH = 10;
    /** Lines longer than this are not matched with a typo. */
    private static final int MAX_LENGTH = 60;

    /** Phrases by length (index); longer ones than a typo can reach are left out. */
    private final List<SameLength> byLength = new ArrayList<>();

    TypoPhrases() {
        for (int length = 0; length <= MAX_LENGTH + 1; length++) {
            byLength.add(new SameLength());
        }
    }

    /** Adds a folded phrase without placeholders if a typo may be tolerated in it. */
    void add(String folded) {
        if (folded.length() >= MIN_LENGTH && folded.length() <= MAX_LENGTH + 1 && isLatin(folded)) {
            byLength.get(folded.length()).add(folded);
        }
    }

    /** Sorts the phrases added; called once, after the last one. */
    void index() {
        byLength.forEach(SameLength::index);
    }

    /** Whether a folded line is within one edit of one of the phrases. */
    boolean matches(String folded) {
        if (folded.length() >= MIN_LENGTH && folded.length() <= MAX_LENGTH) {
            long head = SameLength.head(folded);
            long tail = SameLength.tail(folded);
            for (int length = folded.length() - 1; length <= folded.length() + 1; length++) {
                if (byLength.get(length).withinOneEdit(folded, head, tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Typo-tolerant phrases of one length, sorted by their first three characters and again by their
     * last three, so a line is compared only with the phrases that share one of the triples with it.
     */
    private static final class SameLength {
        private static final int FILTER_LOG = 8;
        private static final int FILTER_BITS = 1 << FILTER_LOG;

        private final List<String> phrases = new ArrayList<>();
        private String[] byHead;
        private long[] heads;
        private String[] byTail;
        private long[] tails;
        /** Bit {@link #bit(long) bit(key)} is set for every head and every tail key: a quick test before the search. */
        private final long[] headBits = new long[FILTER_BITS / 64];
        private final long[] tailBits = new long[FILTER_BITS / 64];

        void add(String phrase) {
            phrases.add(phrase);
        }

        /** Sorts the phrases added; called once, after the last one. */
        void index() {
            byHead = phrases.stream().sorted(Comparator.comparingLong(SameLength::head)).toArray(String[]::new);
            heads = Arrays.stream(byHead).mapToLong(SameLength::head).toArray();
            byTail = phrases.stream().sorted(Comparator.comparingLong(SameLength::tail)).toArray(String[]::new);
            tails = Arrays.stream(byTail).mapToLong(SameLength::tail).toArray();
            for (long key : heads) {
                headBits[bit(key) >> 6] |= 1L << bit(key);
            }
            for (long key : tails) {
                tailBits[bit(key) >> 6] |= 1L << bit(key);
            }
        }

        /**
         * Whether a line, whose {@link #head} and {@link #tail} keys are given, is within one edit of
         * one of the phrases. Both have {@link #MIN_LENGTH} characters or more, so one edit leaves
         * the first three or the last three characters in place: an edit among the first three
         * leaves at least six characters after it alike.
         */
        boolean withinOneEdit(String line, long head, long tail) {
            return (headBits[bit(head) >> 6] & 1L << bit(head)) != 0 && anyWithinOneEdit(byHead, heads, head, line)
                    || (tailBits[bit(tail) >> 6] & 1L << bit(tail)) != 0 && anyWithinOneEdit(byTail, tails, tail, line);
        }

        /** The filter bit of a key: a multiplicative hash of its characters. */
        private static int bit(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - FILTER_LOG));
        }

        /** Whether one of the phrases whose key is {@code key} (keys sorted) is within one edit of the line. */
        private static boolean anyWithinOneEdit(String[] phrases, long[] keys, long key, String line) {
            int i = Arrays.binarySearch(keys, key);
            if (i < 0) {
                return false;
            }
            while (i > 0 && keys[i - 1] == key) {
                i--;
            }
            for (; i < keys.length && keys[i] == key; i++) {
                if (TypoPhrases.withinOneEdit(phrases[i], line)) {
                    return true;
                }
            }
            return false;
        }

        /** The key of the first three characters. */
        static long head(String s) {
            return (long) s.charAt(0) << 32 | (long) s.charAt(1) << 16 | s.charAt(2);
        }

        /** The key of the last three characters. */
        static long tail(String s) {
            int n = s.length();
            return (long) s.charAt(n - 3) << 32 | (long) s.charAt(n - 2) << 16 | s.charAt(n - 1);
        }
    }

    /** Damerau-Levenshtein distance at most one (one insertion, deletion, substitution or swap). */
    private static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }
}
