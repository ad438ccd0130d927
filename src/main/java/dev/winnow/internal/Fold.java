package dev.winnow.internal;

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

    private static boolean isKept(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '{' || cp == '}';
    }
}
