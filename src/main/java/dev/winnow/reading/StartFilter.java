package dev.winnow.reading;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A lookahead to put before a group of quoted literals in a regular expression, so the group is
 * tried only where one of the literals can start.
 */
final class StartFilter {
    private StartFilter() {}

    /**
     * A lookahead {@code (?=(?-iu:[...]))} that admits every character the first character of one
     * of the literals matches in a pattern, case-sensitive or not: a case-insensitive pattern
     * compares characters upper-cased, then lower-cased. The class lists all those characters and
     * is itself case-sensitive, so testing it is one lookup. Put before a group of quoted literals,
     * it changes no match. Empty when there is no literal, or one is empty or opens with a supplementary
     * character.
     *
     * @param literals the literals of the group
     * @return the lookahead, or ""
     */
    static String of(Collection<String> literals) {
        if (literals.isEmpty()) {
            return "";
        }
        Set<Character> firsts = new HashSet<>();
        for (String literal : literals) {
            if (literal.isEmpty() || Character.isSurrogate(literal.charAt(0))) {
                return "";
            }
            firsts.add(caseFold(literal.charAt(0)));
        }
        StringBuilder admitted = new StringBuilder("(?=(?-iu:[");
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (!Character.isSurrogate(c) && (firsts.contains(c) || firsts.contains(caseFold(c)))) {
                admitted.append("\\x{").append(Integer.toHexString(c)).append('}');
            }
        }
        return admitted.append("]))").toString();
    }

    private static char caseFold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
