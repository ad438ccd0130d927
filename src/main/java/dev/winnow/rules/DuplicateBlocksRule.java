package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;

/**
 * Drops copies of the article: a long block ({@link #MIN_AGGREGATE_WORDS} words or more) whose word
 * sequences occur almost entirely ({@link #COVERED}) in other blocks, such as the whole article
 * again on one line (print versions, hidden duplicates). Of a block and a longer one that holds it, the longer one goes; of two copies, the one standing
 * alone in its parent element. Repeated short blocks stay: pages repeat
 * lines on purpose (a meal plan, a refrain). So does text a page repeats in place: in HTML only
 * blocks outside the block's parent element count as "other blocks", so a paragraph repeated within
 * the article's container is kept every time it appears; in text a repeat as long as the block
 * within a chain of repeats each at most {@link #NEAR} blocks from the next does not count when a
 * blank line parts the two (paragraphs of one passage). Lines stacked without a blank line are
 * still copies: an image's alt text over its caption, a slideshow's captions. In text without a
 * single blank line (one block per line, as a scraper joins block elements) that test says nothing,
 * and a repeat in such a chain counts as in place wherever it stands.
 */
public final class DuplicateBlocksRule implements Rule {
    /** The fewest words of a block that may be a copy of several others. */
    public static final int MIN_AGGREGATE_WORDS = 60;
    /** Share of a long block's word 4-grams found elsewhere that makes it a copy. */
    public static final double COVERED = 0.8;
    /** How many blocks apart a text block and its repeat may lie to be one passage repeated in place. */
    public static final int NEAR = 3;
    /** A word 4-gram held by more blocks than this is text found elsewhere, without looking where (bounds the time). */
    private static final int MAX_HOLDERS_SCANNED = 32;
    /**
     * Punctuation and symbols beyond ASCII that {@link Fold#line} turns into characters that are
     * neither letters, digits, braces nor dropped, and that never combine with a neighbour: in a
     * text they only separate words. (Any that did not, under the running Java's Unicode data, are
     * left out.)
     */
    private static final String INERT = inert("\u00A0’‘“”–—…•·«»′″‐‑‒―€£¥©®°§¶×±\u2009\u202F");

    /** Creates the rule. */
    public DuplicateBlocksRule() {}

    /** No shingle keys or word hashes: shared, never written. */
    private static final int[] NO_KEYS = new int[0];

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
        int[][] words = new int[body.size()][];
        boolean[] candidate = new boolean[body.size()];
        int candidateShingles = 0;
        Scratch scratch = new Scratch();
        for (int i = 0; i < body.size(); i++) {
            words[i] = wordHashes(body.get(i), scratch);
            candidate[i] = body.get(i).words() >= MIN_AGGREGATE_WORDS && words[i].length >= 4;
            candidateShingles += candidate[i] ? words[i].length - 3 : 0;
        }
        // The shingles of the blocks that may be copies: the only ones whose blocks are counted.
        ShingleIndex keys = new ShingleIndex(candidateShingles);
        for (int i = 0; i < body.size(); i++) {
            for (int at = 0; candidate[i] && at + 3 < words[i].length; at++) {
                keys.add(shingle(words[i], at));
            }
        }
        // The blocks holding each shingle, each block once: holders[k] lists the body positions.
        int[][] keysOf = new int[body.size()][];
        int[] holderCount = new int[keys.size()];
        int[] lastBlock = new int[keys.size()];
        Arrays.fill(lastBlock, -1);
        for (int i = 0; i < body.size(); i++) {
            int[] w = words[i];
            int[] held = scratch.room(w.length - 3);
            int count = 0;
            for (int at = 0; at + 3 < w.length; at++) {
                int k = keys.indexOf(shingle(w, at));
                if (k >= 0 && lastBlock[k] != i) {
                    lastBlock[k] = i;
                    held[count++] = k;
                    holderCount[k]++;
                }
            }
            keysOf[i] = count == 0 ? NO_KEYS : Arrays.copyOf(held, count);
        }
        int[][] holders = new int[keys.size()][];
        for (int k = 0; k < holders.length; k++) {
            holders[k] = new int[holderCount[k]];
            holderCount[k] = 0;
        }
        for (int i = 0; i < body.size(); i++) {
            for (int k : keysOf[i]) {
                holders[k][holderCount[k]++] = i;
            }
        }
        boolean blankLines = hasBlankLines(draft.blocks());
        boolean[] dropped = new boolean[body.size()];
        for (int i : judgingOrder(body, candidate)) {
            long elsewhere = 0;
            for (int k : keysOf[i]) {
                int[] h = holders[k];
                boolean found = h.length > MAX_HOLDERS_SCANNED;
                for (int n = 0; n < h.length && !found; n++) {
                    found = h[n] != i && !dropped[h[n]] && !repeatedInPlace(body, i, h, n, blankLines);
                }
                elsewhere += found ? 1 : 0;
            }
            if (elsewhere >= COVERED * keysOf[i].length) {
                draft.mark(body.get(i), Role.BOILERPLATE, "copies text of other blocks");
                dropped[i] = true;
            }
        }
    }

    /**
     * The candidates' positions in the order they are judged: the longest block first, since of a
     * block and a longer one that holds it, the longer one is the copy (the article again on one
     * line); among blocks of one length, the one with the fewest body blocks beside it in its parent
     * element first, since a stray copy stands alone while the article's paragraph has siblings;
     * then page order.
     */
    private static int[] judgingOrder(List<Block> body, boolean[] candidate) {
        Map<Element, Integer> siblings = new IdentityHashMap<>();
        for (Block b : body) {
            Element e = b.origin().element();
            if (e != null && e.parent() != null) {
                siblings.merge(e.parent(), 1, Integer::sum);
            }
        }
        ToIntFunction<Integer> beside = i -> {
            Element e = body.get(i).origin().element();
            return e == null || e.parent() == null ? 0 : siblings.get(e.parent());
        };
        return IntStream.range(0, body.size()).filter(i -> candidate[i]).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -body.get(i).words()).thenComparingInt(beside)
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * Whether holder {@code h[n]} of a shingle of body block {@code i} repeats it in place. In HTML:
     * both sit in the same parent element. In text: the two are linked by a chain of the shingle's
     * holders each at most {@link #NEAR} blocks from the next, a blank line lies between them (lines
     * stacked without one are an image's alt text over its caption, or a slideshow's captions) unless
     * the text has no blank line at all, and the holder is at least two thirds as long (a paragraph
     * repeated, not one part of the article again on one line).
     */
    private static boolean repeatedInPlace(List<Block> body, int i, int[] h, int n, boolean blankLines) {
        Block first = body.get(i);
        Block second = body.get(h[n]);
        Element a = first.origin().element();
        Element b = second.origin().element();
        if (a != null || b != null) {
            return a != null && b != null && a.parent() != null && a.parent() == b.parent();
        }
        int apart = Math.abs(first.index() - second.index());
        if (blankLines && Math.abs(first.origin().line() - second.origin().line()) <= apart
                || second.words() * 3 < first.words() * 2) {
            return false;
        }
        int from = Math.min(i, h[n]);
        int to = Math.max(i, h[n]);
        int previous = -1;
        for (int holder : h) {
            if (holder >= from && holder <= to) {
                if (previous >= 0 && body.get(holder).index() - body.get(previous).index() > NEAR) {
                    return false;
                }
                previous = holder;
            }
        }
        return true;
    }

    /** Whether a blank line parts any two blocks of a text (each block's first line is more than one after the previous block's). */
    private static boolean hasBlankLines(List<Block> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).origin().line() > blocks.get(i - 1).origin().line() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Distinct shingles numbered from 0 in the order they were added, in an open-addressing table. */
    private static final class ShingleIndex {
        private final long[] shingles;
        /** For each slot, 1 + the number of the shingle in it, or 0 when empty. */
        private final int[] slots;
        private final int mask;
        private int size;

        /** A table for at most {@code capacity} shingles. */
        ShingleIndex(int capacity) {
            shingles = new long[capacity];
            slots = new int[Integer.highestOneBit(Math.max(capacity, 1) * 2) * 2];
            mask = slots.length - 1;
        }

        /** Adds a shingle unless it is in already. */
        void add(long shingle) {
            int slot = slot(shingle);
            while (slots[slot] != 0) {
                if (shingles[slots[slot] - 1] == shingle) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            shingles[size] = shingle;
            slots[slot] = ++size;
        }

        /** The number of a shingle, or -1 if it is not in. */
        int indexOf(long shingle) {
            for (int slot = slot(shingle); slots[slot] != 0; slot = (slot + 1) & mask) {
                if (shingles[slots[slot] - 1] == shingle) {
                    return slots[slot] - 1;
                }
            }
            return -1;
        }

        /** How many shingles are in. */
        int size() {
            return size;
        }

        private int slot(long shingle) {
            long h = shingle * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32) & mask;
        }
    }

    /** The hash of the word 4-gram from word {@code at}. */
    private static long shingle(int[] words, int at) {
        long h = 1125899906842597L;
        for (int k = at; k < at + 4; k++) {
            h = 31 * h + words[k];
        }
        return h;
    }

    /**
     * The {@link #wordHashes(String, Scratch) word hashes} of a block's text folded ({@link Fold#line}),
     * from the block's cached fold when it keeps one. A long text of ASCII and {@link #INERT}
     * characters is not folded: its words are its runs of ASCII letters and digits, lower-cased.
     */
    private static int[] wordHashes(Block b, Scratch scratch) {
        String text = b.text();
        if (text.length() <= Block.FOLD_LIMIT) {
            return wordHashes(b.folded(), scratch);
        }
        return isAsciiOrInert(text) ? asciiWordHashes(text, scratch) : wordHashes(Fold.line(text), scratch);
    }

    private static boolean isAsciiOrInert(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && INERT.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #wordHashes(String, Scratch)} of a text of ASCII and {@link #INERT} characters folded, without
     * folding it: folding lower-cases the ASCII letters, makes every other character a separator or
     * leaves it one, and cuts the text to its first and last letter, digit or brace, so the words are
     * the runs of ASCII letters and digits, after an empty word when the first of those characters is
     * a brace.
     */
    private static int[] asciiWordHashes(String text, Scratch scratch) {
        int[] hashes = scratch.room(text.length() / 2 + 2);
        int count = 0;
        int hash = 0;
        boolean inWord = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (letterOrDigit) {
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                inWord = true;
            } else if (inWord) {
                hashes[count++] = hash;
                hash = 0;
                inWord = false;
            } else if (!started && (c == '{' || c == '}')) {
                hashes[count++] = 0;
            }
            started |= letterOrDigit || c == '{' || c == '}';
        }
        if (inWord) {
            hashes[count++] = hash;
        }
        return Arrays.copyOf(hashes, count);
    }

    /**
     * The {@link String#hashCode()}s of the words {@link Texts#split} gives when it splits the text
     * at non-letters and non-numbers (an empty first word when the text opens with a separator),
     * without building the words.
     */
    private static int[] wordHashes(String text, Scratch scratch) {
        if (text.isEmpty()) {
            return new int[] {0};
        }
        int[] hashes = scratch.room(text.length() / 2 + 2);
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
        return anyWord ? Arrays.copyOf(hashes, count) : NO_KEYS;
    }

    /**
     * Room for the word hashes or shingle keys of one block, reused for every block of a draft (the
     * results are copied out at their length), so each block allocates only what it keeps.
     */
    private static final class Scratch {
        private int[] ints = new int[64];

        /** An array of at least {@code n} ints, its contents undefined. */
        int[] room(int n) {
            if (ints.length < n) {
                ints = new int[Math.max(n, ints.length * 2)];
            }
            return ints;
        }
    }

    /** The characters of {@code candidates} that only separate words once folded, as {@link #INERT} says. */
    private static String inert(String candidates) {
        StringBuilder inert = new StringBuilder();
        for (char c : candidates.toCharArray()) {
            String folded = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC)
                    .toLowerCase(java.util.Locale.ROOT);
            boolean separates = Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK;
            for (int i = 0; i < folded.length(); i++) {
                char f = folded.charAt(i);
                int type = Character.getType(f);
                separates &= !Texts.isLetterOrNumber(f) && !Character.isLetterOrDigit(f) && f != '{' && f != '}'
                        && type != Character.FORMAT && type != Character.NON_SPACING_MARK
                        && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK;
            }
            if (separates) {
                inert.append(c);
            }
        }
        return inert.toString();
    }
}
