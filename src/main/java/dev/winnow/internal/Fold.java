package dev.winnow.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises short lines for phrase matching: Unicode NFKC (full-width forms become ASCII),
 * locale-independent case folding that treats Turkish dotted and dotless I like i, typographic
 * apostrophes as {@code '}, collapsed whitespace, and decorations such as {@code :}, {@code »},
 * {@code →}, brackets and emoji stripped from both ends. Stateless and thread-safe.
 */
public final class Fold {
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
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC)
                .replace('İ', 'i').replace('ı', 'i')
                .toLowerCase(Locale.ROOT)
                .replace("\u0307", "")
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'');
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
     * {@link #line} of an ASCII line in one pass: NFKC leaves ASCII as it is, so this lower-cases,
     * turns {@code `} into {@code '}, strips what is not a letter, digit or brace from both ends
     * and collapses white space as {@link Texts#normalizeSpace} does.
     *
     * @return the folded line, or {@code null} if the line is not all ASCII
     */
    private static String asciiLine(String line) {
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

    private static boolean isKeptAscii(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '{' || c == '}';
    }

    private static boolean isKept(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '{' || cp == '}';
    }
}
