package dev.winnow.internal;

/**
 * Script-aware text measures: word counts that count each CJK character as a word, terminal
 * punctuation of many scripts, splitting without regular expressions, and abbreviation for traces. Stateless and thread-safe.
 */
public final class Texts {
    private Texts() {}

    /**
     * Splits a string at runs of separator characters, as {@link String#split(String)} does with a
     * pattern like {@code "\\s+"} (a leading empty part when the string opens with a separator, no
     * trailing empty parts), without a regular expression.
     *
     * @param s           the string
     * @param isSeparator which code points separate parts
     * @return the parts
     */
    public static String[] split(String s, java.util.function.IntPredicate isSeparator) {
        if (s.isEmpty()) {
            return new String[] {s};
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isSeparator.test(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int j = i + Character.charCount(cp);
            while (j < n && isSeparator.test(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            parts.add(s.substring(start, i));
            start = j;
            i = j;
        }
        parts.add(s.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** Whether a code point is an ASCII whitespace character, as {@code \\s} in a pattern. @param cp the code point @return true for space, tab, line breaks, vertical tab and form feed */
    public static boolean isAsciiSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B;
    }

    /** Whether a code point is a letter or a number ({@code \\p{L}} or {@code \\p{N}}). @param cp the code point @return true for letters and numbers */
    public static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return isAsciiLetterOrDigit(cp);
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Characters that end a sentence in the scripts we handle, closing quotes and brackets included. */
    private static final String TERMINAL = ".!?…\"”’')»」』。！？؟۔।॥】〕";
    private static final String SENTENCE_END = ".!?…。！？؟۔।॥";
    private static final String CLOSERS = "\"”’')»」』】〕";

    /**
     * Counts words: runs of letters or digits, except that every Han, Hiragana and Katakana
     * character counts as one word (those scripts do not separate words with spaces).
     *
     * @param text the text
     * @return the word count
     */
    public static int wordCount(CharSequence text) {
        return wordCounts(text).words();
    }

    /**
     * The {@link #wordCount} of a text and the number of its CJK characters, in one pass.
     *
     * @param words the word count
     * @param cjk   the Han, Hiragana and Katakana characters of the Basic Multilingual Plane
     */
    public record WordCounts(int words, int cjk) {
        /**
         * Whether more than half of the words are CJK characters.
         *
         * @return true for mostly CJK text
         */
        public boolean mostlyCjk() {
            return cjk > 0 && cjk * 2 > words;
        }
    }

    /**
     * Counts the words of a text as {@link #wordCount} does, and its CJK characters.
     *
     * @param text the text
     * @return the counts
     */
    public static WordCounts wordCounts(CharSequence text) {
        int count = 0;
        int cjk = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) { // without branches: word starts are data-dependent, hard to predict
                i++;
                boolean letterOrDigit = isAsciiLetterOrDigit(c);
                count += letterOrDigit & !inWord ? 1 : 0;
                inWord = letterOrDigit;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                count++;
                cjk += Character.isBmpCodePoint(cp) ? 1 : 0;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && isWordJoiner(cp))) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return new WordCounts(count, cjk);
    }

    /** Bit {@code c} is set for the ASCII digits {@code c} (all below 64). */
    private static final long ASCII_DIGITS = 0x03FF_0000_0000_0000L;
    /** Bit {@code c - 64} is set for the ASCII letters {@code c} (all from 64 on). */
    private static final long ASCII_LETTERS = 0x07FF_FFFE_07FF_FFFEL;

    /** Whether an ASCII character is a letter or a digit (as {@link Character#isLetterOrDigit} says for ASCII), by one bit test. */
    private static boolean isAsciiLetterOrDigit(int c) {
        return ((c < 64 ? ASCII_DIGITS : ASCII_LETTERS) >>> c & 1) != 0; // a long shifts by c mod 64
    }

    private static boolean isWordJoiner(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Whether a code point is Han, Hiragana or Katakana.
     *
     * @param cp the code point
     * @return true for CJK ideographs and kana
     */
    public static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * Whether the text ends with sentence-final punctuation of any script we handle (closing quotes
     * and brackets count, as they close a quoted sentence).
     *
     * @param text the text
     * @return true if the last non-space character is terminal
     */
    public static boolean endsWithTerminal(String text) {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && TERMINAL.indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * Whether the text ends a sentence: with {@code . ! ? …} or their CJK, Arabic and Indic forms,
     * possibly followed by closing quotes or brackets. Unlike {@link #endsWithTerminal}, a bare
     * closing bracket or quote ("(185)", "»") does not count.
     *
     * @param text the text
     * @return true if the text ends like a finished sentence
     */
    public static boolean endsWithSentence(String text) {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && CLOSERS.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && isSentenceEnd(text.charAt(i - 1));
    }

    /**
     * Whether a character ends a sentence: {@code . ! ? …} or their CJK, Arabic and Indic forms, as
     * {@link #endsWithSentence} takes them.
     *
     * @param c the character
     * @return true for a sentence-ending mark
     */
    public static boolean isSentenceEnd(char c) {
        return SENTENCE_END.indexOf(c) >= 0;
    }

    /**
     * Whether the text contains at least one letter or digit.
     *
     * @param text the text
     * @return true if it does
     */
    public static boolean hasWordCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The last {@code n} words of a text with the punctuation between them, or for CJK text the
     * last {@code 3n} characters.
     *
     * @param text the text
     * @param n    how many words
     * @return the tail, trimmed
     */
    public static String lastWords(String text, int n) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        int last = t.codePointBefore(t.length());
        if (isCjk(last) || (t.length() > 1 && isCjk(t.codePointBefore(t.length() - Character.charCount(last))))) {
            int from = t.offsetByCodePoints(t.length(), -Math.min(3 * n, t.codePointCount(0, t.length())));
            return t.substring(from).strip();
        }
        int spaces = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(t.charAt(i)) && !Character.isWhitespace(t.charAt(i + 1))) {
                if (++spaces == n) {
                    return t.substring(i + 1);
                }
            }
        }
        return t;
    }

    /**
     * Shortens text for traces and messages.
     *
     * @param text the text
     * @param max  the maximum length
     * @return the text, cut with an ellipsis if longer than {@code max}
     */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * Collapses runs of whitespace (including no-break spaces) to one space, drops zero-width
     * and other invisible format characters, and trims.
     *
     * @param text the text
     * @return the normalised text ({@code text} itself when it is a string that is already normal)
     */
    public static String normalizeSpace(CharSequence text) {
        if (text instanceof String s && isNormalSpace(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (isDropped(c)) {
                continue;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a character is white space: {@link Character#isWhitespace} or
     * {@link Character#isSpaceChar} (which adds the no-break spaces).
     *
     * @param c the character
     * @return true for white space
     */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return isSpaceType(Character.getType(c));
    }

    /**
     * Whether a character type is one of space characters ({@link Character#isSpaceChar}); beyond
     * ASCII, {@link Character#isWhitespace} adds none to them.
     */
    private static boolean isSpaceType(int type) {
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Whether {@link #normalizeSpace} drops a character: an invisible format character other than ZWNJ and ZWJ. */
    private static boolean isDropped(char c) {
        return c >= 0x80 && Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D';
    }

    /** {@link #isSpace} or {@link #isDropped}, with one lookup of the character's type. */
    private static boolean isSpaceOrDropped(char c) {
        if (c < 0x80) {
            return isSpace(c);
        }
        int type = Character.getType(c);
        return isSpaceType(type) || type == Character.FORMAT && c != '\u200C' && c != '\u200D';
    }

    /** Whether {@link #normalizeSpace} would return the text unchanged: single spaces between other characters, nothing dropped. */
    private static boolean isNormalSpace(String s) {
        boolean afterSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x80) { // the common case first: printable ASCII
                afterSpace = false;
            } else if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isSpaceOrDropped(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || s.isEmpty();
    }
}
