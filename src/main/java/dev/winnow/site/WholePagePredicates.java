package dev.winnow.site;

/**
 * Refuses an XPath with an absolute path inside a predicate ({@code //table[//a]},
 * {@code //a[text()=//h1/text()]}, {@code //p[count(//p) > 3]}): such a predicate reads the whole
 * page again for every element it is tried on, so it takes time quadratic in the page (hours on a
 * page of 100,000 elements). A path relative to the element ({@code .//a}) is what such rules
 * nearly always mean; 2 of the 8,048 selector directives of the 2026 ftr-site-config snapshot
 * have one.
 */
final class WholePagePredicates {
    private WholePagePredicates() {}

    /**
     * Checks an XPath.
     *
     * @param xpath the expression
     * @throws IllegalArgumentException if a predicate holds an absolute path
     */
    static void check(String xpath) {
        int depth = 0;
        char quote = 0;
        char previous = '[';
        for (int i = 0; i < xpath.length(); i++) {
            char c = xpath.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '[' -> depth++;
                case ']' -> depth--;
                case '/' -> {
                    if (depth > 0 && startsAPath(previous, xpath, i)) {
                        throw new IllegalArgumentException("XPath '" + xpath + "' refused: a predicate holds an absolute"
                                + " path, which reads the whole page again for every element (use ./ or .// instead)");
                    }
                }
                default -> { }
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
    }

    /** Whether the slash at {@code i} opens a path: after a bracket, a parenthesis, a comma, a comparison, a union or an operator keyword. */
    private static boolean startsAPath(char previous, String xpath, int i) {
        if ("[(,=<>|".indexOf(previous) >= 0) {
            return true;
        }
        String before = xpath.substring(0, i).stripTrailing();
        return before.endsWith(" and") || before.endsWith(" or") || before.endsWith(" div") || before.endsWith(" mod");
    }
}
