package dev.winnow.rule;

import dev.winnow.internal.Fold;
import dev.winnow.internal.Texts;

/**
 * What rules read of a block's text besides the text itself, each worked out once, when a rule
 * first asks, and kept while the text stays the same: the text folded for phrase matching, the
 * folded start and end of a text too long to fold whole, where their first and last words lie, and
 * the word count. Every rule that asks gets the same answer without working it out again.
 *
 * <p>An instance belongs to one text of one block, so to one document and one thread.
 */
public final class TextFeatures {
    /** The characters of a text too long to fold whole that stand for its start or end. */
    private static final int PART = 100;

    private final String text;
    private String folded;
    private String foldedStart;
    private String foldedEnd;
    private int firstWordEnd = -1;
    private int lastWordStart = -1;
    private int words = -1;
    /** Set with {@link #words}. */
    private boolean mostlyCjk;

    TextFeatures(String text) {
        this.text = text;
    }

    /**
     * The text folded for phrase matching ({@link Fold#line}); empty for texts longer than
     * {@link Block#FOLD_LIMIT} characters, which are never phrases.
     *
     * @return the folded text
     */
    public String folded() {
        if (folded == null) {
            folded = text.length() > Block.FOLD_LIMIT ? "" : Fold.line(text);
        }
        return folded;
    }

    /**
     * The folded start of the text: {@link #folded()}, or the first 100 characters folded when the
     * text is too long to fold whole.
     *
     * @return the folded start
     */
    public String foldedStart() {
        if (foldedStart == null) {
            foldedStart = text.length() > Block.FOLD_LIMIT ? Fold.line(text.substring(0, PART)) : folded();
        }
        return foldedStart;
    }

    /**
     * The folded end of the text: {@link #folded()}, or the last 100 characters folded when the
     * text is too long to fold whole.
     *
     * @return the folded end
     */
    public String foldedEnd() {
        if (foldedEnd == null) {
            foldedEnd = text.length() > Block.FOLD_LIMIT ? Fold.line(text.substring(text.length() - PART)) : folded();
        }
        return foldedEnd;
    }

    /**
     * Where the first word of the {@link #foldedStart() folded start} ends ({@link Fold#firstWordEnd}).
     *
     * @return the index after the first word
     */
    public int firstWordEnd() {
        if (firstWordEnd < 0) {
            firstWordEnd = Fold.firstWordEnd(foldedStart());
        }
        return firstWordEnd;
    }

    /**
     * Where the last word of the {@link #foldedEnd() folded end} starts ({@link Fold#lastWordStart}).
     *
     * @return the index of the last word
     */
    public int lastWordStart() {
        if (lastWordStart < 0) {
            lastWordStart = Fold.lastWordStart(foldedEnd());
        }
        return lastWordStart;
    }

    /**
     * The number of words, counting each CJK character as one word ({@link Texts#wordCounts}).
     *
     * @return the count
     */
    public int words() {
        if (words < 0) {
            Texts.WordCounts counts = Texts.wordCounts(text);
            words = counts.words();
            mostlyCjk = counts.mostlyCjk();
        }
        return words;
    }

    /**
     * Whether more than half of the words are CJK characters (Han, Hiragana or Katakana), worked
     * out with the {@link #words() words}.
     *
     * @return true for mostly CJK text
     */
    public boolean mostlyCjk() {
        words();
        return mostlyCjk;
    }
}
