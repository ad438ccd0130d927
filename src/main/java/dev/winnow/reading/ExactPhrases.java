package dev.winnow.reading;

import java.util.HashSet;
import java.util.Set;

/**
 * The phrases of a {@link Phrases} list without placeholders, folded, for whole-line lookups: a set,
 * behind a filter of the lengths the phrases have and one of their hashes. Filled once, then
 * read-only.
 */
final class ExactPhrases {
    /** {@link #hashes} has 2 to this power bits. */
    private static final int HASH_BITS_LOG = 13;

    private final Set<String> phrases = new HashSet<>();
    /** Bit {@code n} is set when a phrase has {@code n} characters (up to {@link Phrases#MAX_LINE}). */
    private final long[] lengths = new long[Phrases.MAX_LINE / 64 + 1];
    /** Bit {@link #hashBit hashBit(p.hashCode())} is set for every phrase {@code p}: a test before the set's. */
    private final long[] hashes = new long[(1 << HASH_BITS_LOG) / 64];

    /** Adds a folded phrase. */
    void add(String folded) {
        phrases.add(folded);
        int bit = hashBit(folded.hashCode());
        hashes[bit >> 6] |= 1L << bit;
        if (folded.length() <= Phrases.MAX_LINE) {
            lengths[folded.length() >> 6] |= 1L << folded.length();
        }
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Whether a folded line of 1 to {@link Phrases#MAX_LINE} characters is one of the phrases. */
    boolean contains(String folded) {
        return (lengths[folded.length() >> 6] & 1L << folded.length()) != 0 && mayContain(folded)
                && phrases.contains(folded);
    }

    /** Whether the hash of a folded line (a string keeps its hash: computed once for all lists) has its bit set. */
    private boolean mayContain(String folded) {
        int bit = hashBit(folded.hashCode());
        return (hashes[bit >> 6] & 1L << bit) != 0;
    }

    /** The bit of a hash in {@link #hashes}: its top bits after a multiplicative spread. */
    private static int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - HASH_BITS_LOG);
    }
}
