package dev.winnow.site;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a CSS selector whose regular expressions ({@code :matches(re)}, {@code :matchesOwn(re)},
 * {@code :matchesWholeText(re)}, {@code :matchesWholeOwnText(re)}, {@code [attr~=re]}) are not
 * plain. Jsoup runs them with {@code find()} on the text of every element, so a pattern with
 * repetition, alternation or groups can backtrack for hours on one page ({@code :matches(.+.+.+z)});
 * a plain pattern (literal characters, escapes such as {@code \d} or {@code \.}, character classes,
 * {@code .}, {@code ^} and {@code $}, optionally after inline flags such as {@code (?i)}) of at most
 * {@value #MAX_LENGTH} characters costs at most its length per text position.
 */
final class PlainRegexes {
    static final int MAX_LENGTH = 200;
    private static final Pattern REGEX_PSEUDO = Pattern.compile(":matches(?:own)?(?:whole(?:own)?text)?\\(");
    private static final Pattern FLAGS = Pattern.compile("^\\(\\?[a-zA-Z]+\\)");

    private PlainRegexes() {}

    /**
     * Checks every regular expression in a CSS selector.
     *
     * @param css the selector
     * @throws IllegalArgumentException naming the first regular expression that is not plain
     */
    static void check(String css) {
        Matcher pseudo = REGEX_PSEUDO.matcher(css.toLowerCase(Locale.ROOT));
        while (pseudo.find()) {
            checkPlain(css.substring(pseudo.end(), closing(css, pseudo.end(), '(', ')')));
        }
        for (int at = css.indexOf("~="); at >= 0; at = css.indexOf("~=", at + 2)) {
            checkPlain(unquote(css.substring(at + 2, closing(css, at + 2, '[', ']')).strip()));
        }
    }

    /** The index of the bracket that closes the one opened just before {@code from}, or the end. */
    private static int closing(String css, int from, char open, char close) {
        int depth = 1;
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return css.length();
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static void checkPlain(String regex) {
        Matcher flags = FLAGS.matcher(regex);
        String body = flags.find() ? regex.substring(flags.end()) : regex;
        if (regex.length() > MAX_LENGTH) {
            throw refused(regex, "longer than " + MAX_LENGTH + " characters");
        }
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                i++;
                if (i < body.length() && "*+?{}|()".indexOf(body.charAt(i)) >= 0) {
                    throw refused(regex, "an escaped '" + body.charAt(i) + "' (CSS may unescape it into a quantifier or group)");
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (!inClass && "*+?{|()".indexOf(c) >= 0) {
                throw refused(regex, "'" + c + "': no repetition, alternation or groups");
            }
        }
    }

    private static IllegalArgumentException refused(String regex, String why) {
        return new IllegalArgumentException("regular expression '" + regex + "' refused in a site selector, " + why
                + "; it would run on the text of every element (use :contains(text), or a plain pattern of literal"
                + " characters, classes and '.')");
    }
}
