package dev.winnow.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Normalises short lines for phrase matching: Unicode NFKC (full-width forms become ASCII),
 * locale-independent case folding that treats Turkish dotted and dotless I like i, typographic
 * apostrophes as {@code '}, collapsed whitespace, and decorations such as {@code :}, {@code »},
 * {@code →}, brackets and emoji stripped from both ends. Thread-safe; it caches how each char folds.
 */
public final class Fold {
    /** A {@link #FOLDS} entry of a char that does not {@link #foldsAlone fold alone} (no fold is a surrogate). */
    private static final char NO_FOLD = '\uD800';
    /** A {@link #FOLDS} entry not worked out yet. */
    private static final char UNKNOWN = '\uD801';

    /**
     * For each char, its {@link #fold} if it {@link #foldsAlone folds alone}, else {@link #NO_FOLD};
     * worked out when first needed (working out all 65,536 up front would take some 80 ms). Threads
     * may race to fill an entry, but they all write the same char, and a char is written whole.
     */
    private static final char[] FOLDS = new char[Character.MAX_VALUE + 1];

    static {
        Arrays.fill(FOLDS, UNKNOWN);
    }

    private Fold() {}

    /**
     * Folds a line for comparison.
     *
     * @param line the line
     * @return the folded form; empty if the line has no letter or digit
     */
    public static String line(String line) {
        String ascii = asciiLine(line);
        if (ascii != null) {
            return ascii;
        }
        String s = foldEachChar(line);
        if (s == null) {
            s = fold(line);
        }
        int start = 0;
        int end = s.length();
        while (start < end && !isKept(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && !isKept(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return Texts.normalizeSpace(s.substring(start, end));
    }

    /**
     * Unicode NFKC, case folding with Turkish I as i, and typographic apostrophes as {@code '}: the
     * folding of {@link #line} before decorations are trimmed and white space is collapsed.
     */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('İ', 'i').replace('ı', 'i')
                .toLowerCase(Locale.ROOT)
                .replace("\u0307", "")
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'');
    }

    /**
     * {@link #fold} of a line whose chars all {@link #foldsAlone fold alone}, char by char from
     * {@link #FOLDS}, without normalising the line.
     *
     * @return the folded line, or {@code null} if a char does not fold alone
     */
    private static @Nullable String foldEachChar(String line) {
        char[] folded = new char[line.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = line.charAt(i);
            char f = FOLDS[c];
            if (f == UNKNOWN) {
                f = foldsAlone(c) ? fold(String.valueOf(c)).charAt(0) : NO_FOLD;
                FOLDS[c] = f;
            }
            if (f == NO_FOLD) {
                return null;
            }
            folded[i] = f;
        }
        return new String(folded);
    }

    /**
     * Whether a char folds alone: {@link #fold} of any line made of such chars is their folds, one
     * char each, put together. The replacements in {@link #fold} work char by char; the other two
     * steps do too, for such chars:
     * <ul>
     * <li>NFKC decomposes each char, reorders runs of chars of non-zero combining class (all of
     * them marks), and composes a char with the last class-zero char before it only if it is the
     * second part of a canonical composition (marks, Indic vowel signs among them, and Hangul vowel
     * and final jamo). A char that is neither a mark nor Hangul and whose NFKC is one such char
     * decomposes to a class-zero char that composes with nothing before it, so the line's NFKC is
     * its chars' NFKC put together.
     * <li>Lower-casing under {@link Locale#ROOT} looks at the neighbours only for capital sigma
     * (final ς or σ), so no char whose NFKC is Σ folds alone.
     * </ul>
     * Unassigned chars and surrogates do not fold alone either. {@code FoldTest} checks the Unicode
     * facts above for every char against the running Java's normaliser.
     *
     * @param c the char
     * @return true if the char folds alone
     */
    static boolean foldsAlone(char c) {
        if (Character.isSurrogate(c) || Character.getType(c) == Character.UNASSIGNED || isMarkOrHangul(c)) {
            return false;
        }
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        String folded = fold(String.valueOf(c));
        return nfkc.length() == 1 && !isMarkOrHangul(nfkc.charAt(0)) && nfkc.charAt(0) != 'Σ'
                && folded.length() == 1 && !isMarkOrHangul(folded.charAt(0));
    }

    private static boolean isMarkOrHangul(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    /**
     * {@link #line} of an ASCII line in one pass: NFKC leaves ASCII as it is, so this lower-cases,
     * turns {@code `} into {@code '}, strips what is not a letter, digit or brace from both ends
     * and collapses white space as {@link Texts#normalizeSpace} does.
     *
     * @return the folded line, or {@code null} if the line is not all ASCII
     */
    private static @Nullable String asciiLine(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !isKeptAscii(line.charAt(start))) {
            if (line.charAt(start++) >= 0x80) {
                return null;
            }
        }
        while (end > start && !isKeptAscii(line.charAt(end - 1))) {
            if (line.charAt(--end) >= 0x80) {
                return null;
            }
        }
        byte[] out = new byte[end - start];
        int length = 0;
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (Texts.isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c == '`' ? '\'' : c);
        }
        return new String(out, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * The end of the leading run of word characters of a folded line: its first word (a whole
     * phrase in scripts without spaces).
     *
     * @param folded a line folded with {@link #line}
     * @return the index after the first word; 0 if the line opens with a non-word character
     */
    public static int firstWordEnd(String folded) {
        int i = 0;
        while (i < folded.length() && isWordChar(folded.codePointAt(i))) {
            i += Character.charCount(folded.codePointAt(i));
        }
        return i;
    }

    /**
     * The start of the trailing run of word characters of a folded line: its last word.
     *
     * @param folded a line folded with {@link #line}
     * @return the index of the last word; the length if the line ends with a non-word character
     */
    public static int lastWordStart(String folded) {
        int i = folded.length();
        while (i > 0 && isWordChar(folded.codePointBefore(i))) {
            i -= Character.charCount(folded.codePointBefore(i));
        }
        return i;
    }

    /**
     * Whether a character belongs to a word of a folded line: a letter, digit (as
     * {@link Character#isLetterOrDigit}), mark, {@code '} or brace.
     *
     * @param cp the code point
     * @return true for a word character
     */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) { // as below: ASCII has no marks
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '\'' || cp == '{'
                    || cp == '}';
        }
        int type = Character.getType(cp); // letters, digits (as Character.isLetterOrDigit) and marks
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || cp == '\'' || cp == '{' || cp == '}';
    }

    private static boolean isKeptAscii(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '{' || c == '}';
    }

    private static boolean isKept(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '{' || cp == '}';
    }
}
