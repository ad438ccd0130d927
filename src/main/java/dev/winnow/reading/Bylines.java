package dev.winnow.reading;

import dev.winnow.internal.Texts;
import dev.winnow.rule.Byline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names: the names of a byline text, a {@code byline-prefixes} phrase ("By", "Von",
 * "Par", "Автор") followed by validated names ("By Jane Doe and John Roe | Reuters" gives Jane Doe
 * and John Roe), and whether a text is a person's name. Thread-safe.
 */
public final class Bylines {
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*" + Phrases.standard("byline-prefixes").alternationGroup() + "(?:\\s*[:：/／]\\s*|\\s+)(?<names>.+)$");
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "(?:\\G|(?<!\\s))\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b|\\bve\\b|\\bdan\\b|\\bvà\\b|、|و)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOT = Pattern.compile("[.]$");
    private static final Pattern TAIL = Pattern.compile("(?:\\G|(?<!\\s))\\s+[|•·–—-]\\s+.*$|(?:\\G|(?<!\\s))\\s*\\|.*$");

    private Bylines() {}

    /**
     * What a line marked as a byline gives: the names after its prefix ({@link #authors}), or,
     * without them, the whole line if it {@link #isName is a name} (the name below a lone "By").
     *
     * @param line the line
     * @return the finding to attach to the line
     */
    public static Byline read(String line) {
        List<String> authors = authors(line);
        String whole = line.strip();
        return new Byline(authors, authors.isEmpty() && isName(whole) ? whole : null);
    }

    /**
     * The author names of a byline text, or an empty list if the text is not a byline.
     *
     * @param text the line
     * @return the names in order
     */
    public static List<String> authors(String text) {
        Matcher m = PREFIX.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        String names = TAIL.matcher(m.group("names")).replaceFirst("");
        List<String> out = new ArrayList<>();
        String[] parts = NAME_SPLIT.split(names);
        for (int i = 0; i < parts.length; i++) {
            String p = TRAILING_DOT.matcher(parts[i].strip()).replaceAll("");
            if (p.isEmpty()) {
                continue;
            }
            if (isName(p)) {
                out.add(p);
            } else if (i == 0 || Texts.wordCount(p) > 3) {
                return List.of();
            }
        }
        return out;
    }

    /**
     * Whether a text is a person's name: 2 to 5 words each starting with a capital (or a particle
     * such as "van" or "de"), or caseless-script text of 2 to 12 characters; no digits, no
     * sentence end.
     *
     * @param text the text, stripped
     * @return true for a name
     */
    public static boolean isName(String text) {
        if (Texts.endsWithTerminal(text) || text.codePoints().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = SPACES.split(text);
        boolean caseless = text.codePoints().filter(Character::isLetter)
                .noneMatch(cp -> Character.isUpperCase(cp) || Character.isLowerCase(cp));
        if (caseless) {
            return text.codePointCount(0, text.length()) >= 2 && text.codePointCount(0, text.length()) <= 12 && words.length <= 4;
        }
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitals = 0;
        for (String w : words) {
            if (Lines.startsUpper(w)) {
                capitals++;
            } else if (!isParticle(w)) {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static boolean isParticle(String w) {
        return switch (w) {
            case "van", "von", "der", "de", "da", "del", "di", "du", "la", "le", "bin", "al", "ibn", "dos", "das", "y" -> true;
            default -> false;
        };
    }
}
