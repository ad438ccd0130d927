package dev.winnow.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A quick test whether a text holds one of some literals anywhere, comparing characters as a
 * case-insensitive Unicode pattern ({@code (?iu)}) compares them: upper-cased, then lower-cased.
 * A pattern that needs one of the literals cannot match a text without any, so the test can spare
 * running it. Literals are indexed by their first two characters. Thread-safe.
 */
final class Literals {
    /**
     * Whether every text may hold a literal: set when one is empty or has a character that the
     * folding moves twice or that is a surrogate, which the index does not handle.
     */
    private final boolean everywhere;
    /** Bit {@code c} is set for the folded first character {@code c} of every literal. */
    private final long[] firsts = new long[1024];
    /** Bit {@code c} is set for every literal that is the one folded character {@code c}. */
    private final long[] singles = new long[1024];
    private final int[] keys;
    private final String[] byKey;

    private Literals(Collection<String> literals) {
        List<String> folded = new ArrayList<>();
        boolean everywhere = false;
        for (String literal : literals) {
            StringBuilder f = new StringBuilder(literal.length());
            for (int i = 0; i < literal.length(); i++) {
                char c = fold(literal.charAt(i));
                everywhere |= Character.isSurrogate(c) || fold(c) != c;
                f.append(c);
            }
            everywhere |= f.length() == 0;
            if (f.length() == 1) {
                set(singles, f.charAt(0));
            } else if (f.length() > 1) {
                folded.add(f.toString());
                set(firsts, f.charAt(0));
            }
        }
        this.everywhere = everywhere;
        folded.sort(Comparator.comparingInt(Literals::key));
        byKey = folded.toArray(new String[0]);
        keys = folded.stream().mapToInt(Literals::key).toArray();
    }

    /**
     * The test for some literals.
     *
     * @param literals the literals, as quoted in the pattern
     * @return the test
     */
    static Literals of(Collection<String> literals) {
        return new Literals(literals);
    }

    /**
     * Whether one of the literals may occur in a text: false only if none does.
     *
     * @param text the text
     * @return false if no literal occurs in the text
     */
    boolean mayOccurIn(CharSequence text) {
        return mayOccurAt(text, 0) >= 0;
    }

    /**
     * The first position from {@code from} where one of the literals may start: no literal starts
     * between {@code from} and it.
     *
     * @param text the text
     * @param from where to start looking
     * @return the position, or -1 if no literal starts at or after {@code from}
     */
    int mayOccurAt(CharSequence text, int from) {
        int n = text.length();
        if (everywhere) {
            return from <= n ? from : -1;
        }
        char next = from < n ? fold(text.charAt(from)) : 0;
        for (int i = from; i < n; i++) {
            char c = next;
            next = i + 1 < n ? fold(text.charAt(i + 1)) : 0;
            if (isSet(singles, c) || isSet(firsts, c) && i + 1 < n && occursAt(text, i, c << 16 | next)) {
                return i;
            }
        }
        return -1;
    }

    private boolean occursAt(CharSequence text, int at, int key) {
        int k = Arrays.binarySearch(keys, key);
        if (k < 0) {
            return false;
        }
        while (k > 0 && keys[k - 1] == key) {
            k--;
        }
        for (; k < keys.length && keys[k] == key; k++) {
            if (foldedAt(byKey[k], text, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a folded literal at {@code at}, its first two characters known to be there. */
    private static boolean foldedAt(String literal, CharSequence text, int at) {
        if (at + literal.length() > text.length()) {
            return false;
        }
        for (int i = 2; i < literal.length(); i++) {
            if (fold(text.charAt(at + i)) != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int key(String folded) {
        return folded.charAt(0) << 16 | folded.charAt(1);
    }

    private static void set(long[] bits, char c) {
        bits[c >>> 6] |= 1L << c;
    }

    private static boolean isSet(long[] bits, char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }

    /**
     * A character as a case-insensitive Unicode pattern compares it: upper-cased, then lower-cased.
     *
     * @param c the character
     * @return the folded character
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
