package dev.winnow.reading;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of a {@link Phrases} list with placeholders ({@code {n}}, {@code {*}}), folded, as
 * {@link PlaceholderPattern}s filed by the characters the lines they match can end with, or, for
 * those that end with {@code {*}}, open with; a line is tried only with the phrases filed under its
 * last and its first character and those that open and end with {@code {*}}. Filled once, then
 * read-only.
 */
final class PlaceholderPhrases {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{n}|\\{\\*}");
    private static final String DIGITS = "0123456789";
    /** The characters a {@code {n}} number ({@link PlaceholderPattern}) can end with. */
    private static final String NUMBER_ENDS = DIGITS + ".,km";
    private static final Numbered[] NONE = {};

    private final ByCharacter byLast = new ByCharacter();
    private final ByCharacter byFirst = new ByCharacter();
    private Numbered[] anywhere = NONE;

    /**
     * A phrase with placeholders as a pattern over folded lines, with the literal parts before its
     * first and after its last placeholder (a line that does not open with the one and end with the
     * other cannot match), its longest literal part (a line without it cannot match), whether it
     * has a {@code {n}} (a line without an ASCII digit cannot match) and whether it opens with one (a
     * line that does not open with a digit cannot match). The cheap tests run first.
     */
    private record Numbered(PlaceholderPattern pattern, String head, String tail, String literal, boolean number,
            boolean opensWithNumber) {
        boolean matches(String folded) {
            return folded.endsWith(tail) && folded.startsWith(head) && mayHoldNumber(folded)
                    && folded.contains(literal) && pattern.matches(folded);
        }

        private boolean mayHoldNumber(String folded) {
            return opensWithNumber ? isAsciiDigit(folded.charAt(0)) : !number || hasAsciiDigit(folded);
        }
    }

    /** Whether a folded phrase has a placeholder. */
    static boolean hasPlaceholder(String folded) {
        return folded.contains("{n}") || folded.contains("{*}");
    }

    /** Files a folded phrase with a placeholder. */
    void add(String folded) {
        Matcher m = PLACEHOLDER.matcher(folded);
        int last = 0;
        String literal = "";
        boolean number = false;
        String head = null;
        while (m.find()) {
            String part = folded.substring(last, m.start());
            head = head == null ? part : head;
            literal = part.length() > literal.length() ? part : literal;
            number |= m.group().equals("{n}");
            last = m.end();
        }
        String tail = folded.substring(last);
        Numbered phrase = new Numbered(PlaceholderPattern.of(folded), head, tail,
                tail.length() > literal.length() ? tail : literal, number, folded.startsWith("{n}"));
        String lastChars = folded.endsWith("{*}") ? null : folded.endsWith("{n}") ? NUMBER_ENDS
                : folded.substring(folded.length() - 1);
        String firstChars = folded.startsWith("{*}") ? null : folded.startsWith("{n}") ? DIGITS : folded.substring(0, 1);
        if (lastChars != null) {
            byLast.add(lastChars, phrase);
        } else if (firstChars != null) {
            byFirst.add(firstChars, phrase);
        } else {
            anywhere = append(anywhere, phrase);
        }
    }

    boolean isEmpty() {
        return byLast.isEmpty() && byFirst.isEmpty() && anywhere.length == 0;
    }

    /** Whether a folded line (not empty) matches one of the phrases. */
    boolean anyMatches(String folded) {
        return anyMatches(byLast.get(folded.charAt(folded.length() - 1)), folded)
                || anyMatches(byFirst.get(folded.charAt(0)), folded)
                || anyMatches(anywhere, folded);
    }

    private static boolean anyMatches(Numbered[] phrases, String folded) {
        for (Numbered n : phrases) {
            if (n.matches(folded)) {
                return true;
            }
        }
        return false;
    }

    private static Numbered[] append(Numbered[] phrases, Numbered phrase) {
        Numbered[] more = Arrays.copyOf(phrases, phrases.length + 1);
        more[phrases.length] = phrase;
        return more;
    }

    /** Phrases filed under characters: a few keys, found with one {@link String#indexOf(int)}. */
    private static final class ByCharacter {
        /** The characters with phrases; the phrases of the character at {@code k} are {@code phrases[k]}. */
        private String keys = "";
        private Numbered[][] phrases = {};

        /** Files a phrase under each of some characters. */
        void add(String chars, Numbered phrase) {
            for (int i = 0; i < chars.length(); i++) {
                if (keys.indexOf(chars.charAt(i)) < 0) {
                    keys += chars.charAt(i);
                    phrases = Arrays.copyOf(phrases, phrases.length + 1);
                    phrases[phrases.length - 1] = NONE;
                }
                int k = keys.indexOf(chars.charAt(i));
                phrases[k] = append(phrases[k], phrase);
            }
        }

        /** The phrases filed under a character. */
        Numbered[] get(char c) {
            int k = keys.indexOf(c);
            return k < 0 ? NONE : phrases[k];
        }

        boolean isEmpty() {
            return phrases.length == 0;
        }
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isAsciiDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
