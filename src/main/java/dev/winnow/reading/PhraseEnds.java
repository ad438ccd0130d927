package dev.winnow.reading;

import dev.winnow.internal.Fold;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The first and last words of the phrases of a {@link Phrases} list, for the cheap tests whether a
 * line may open or end with one of them. Filled once, then {@link #index() indexed} and read-only.
 */
final class PhraseEnds {
    private final WordSet firstWords = new WordSet();
    private final WordSet lastWords = new WordSet();

    /** Adds the first and last word of a folded phrase (not empty). */
    void add(String folded) {
        firstWords.add(folded.substring(0, Fold.firstWordEnd(folded)));
        lastWords.add(folded.substring(Fold.lastWordStart(folded)));
    }

    /** Indexes the words added; called once, after the last one. */
    void index() {
        firstWords.index();
        lastWords.index();
    }

    /** Whether a folded line's first word is the first word of a phrase. */
    boolean mayOpen(String folded) {
        return mayOpen(folded, Fold.firstWordEnd(folded));
    }

    /** {@link #mayOpen(String)} of a folded start whose first word ends at {@code firstWordEnd}. */
    boolean mayOpen(String folded, int firstWordEnd) {
        return !folded.isEmpty() && firstWords.mayStartWith(folded.charAt(0))
                && firstWords.contains(folded, 0, firstWordEnd);
    }

    /** Whether a folded line's last word is the last word of a phrase, or it ends in a script written without spaces. */
    boolean mayClose(String folded) {
        return mayClose(folded, Fold.lastWordStart(folded));
    }

    /** {@link #mayClose(String)} of a folded end whose last word starts at {@code lastWordStart}. */
    boolean mayClose(String folded, int lastWordStart) {
        if (folded.isEmpty()) {
            return false;
        }
        int end = folded.length();
        int last = folded.codePointBefore(end);
        return lastWords.mayEndWith(folded.charAt(end - 1)) && lastWords.contains(folded, lastWordStart, end)
                || Fold.isWordChar(last) && !isSpaced(last);
    }



    /**
     * A set of words that a part of a line is looked up in without being cut out of it: an
     * open-addressing table keyed by the {@link String#hashCode} of the part, spread, behind filters
     * of the characters the words open and end with.
     */
    private static final class WordSet {
        private final Set<String> words = new HashSet<>();
        private String[] table;
        /** The {@link String#hashCode()} of the word in each slot of {@link #table}: compared before the word itself. */
        private int[] hashes;
        /** Bit {@code c & 255} is set for the first character {@code c} of every word; all are for an empty word. */
        private final long[] starts = new long[4];
        /** Bit {@code c & 255} is set for the last character {@code c} of every word; all are for an empty word. */
        private final long[] ends = new long[4];

        void add(String word) {
            words.add(word);
            if (word.isEmpty()) {
                Arrays.fill(starts, -1L);
                Arrays.fill(ends, -1L);
            } else {
                starts[(word.charAt(0) & 255) >> 6] |= 1L << word.charAt(0);
                ends[(word.charAt(word.length() - 1) & 255) >> 6] |= 1L << word.charAt(word.length() - 1);
            }
        }

        /** Whether a word of the set may open with a character: if not, a part opening with it is not in the set. */
        boolean mayStartWith(char c) {
            return (starts[(c & 255) >> 6] & 1L << c) != 0;
        }

        /** Whether a word of the set may end with a character: if not, a part ending with it is not in the set. */
        boolean mayEndWith(char c) {
            return (ends[(c & 255) >> 6] & 1L << c) != 0;
        }

        /** Fills the table from the words added; called once, after the last one. */
        void index() {
            table = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4)];
            hashes = new int[table.length];
            for (String word : words) {
                int slot = spread(word.hashCode()) & (table.length - 1);
                while (table[slot] != null) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = word;
                hashes[slot] = word.hashCode();
            }
        }

        /** Whether the characters of {@code s} from {@code from} to {@code to} are one of the words. */
        boolean contains(String s, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + s.charAt(i);
            }
            int length = to - from;
            for (int slot = spread(hash) & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
                String word = table[slot];
                if (hashes[slot] == hash && word.length() == length && s.regionMatches(from, word, 0, length)) {
                    return true;
                }
            }
            return false;
        }

        /** Mixes the high bits of a hash into the low ones, which pick the slot. */
        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }
    }


    /** Below Thai, the first of the scripts {@link #isSpaced} names, every script separates words with spaces. */
    private static final int FIRST_UNSPACED = 0x0E00;

    /** Whether a character belongs to a script that separates words with spaces. */
    private static boolean isSpaced(int cp) {
        if (cp < FIRST_UNSPACED) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
            default -> true;
        };
    }
}
