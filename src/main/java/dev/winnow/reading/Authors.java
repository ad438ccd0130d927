package dev.winnow.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates author names from metadata: drops URLs, e-mail addresses, "Email the author"-style
 * prompts and values that are too long to be names; splits "A and B" lists. Thread-safe.
 */
public final class Authors {
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)https?://|www\\.|@|^(?:email|e-mail|follow|contact|view|more)\\b|\\b(?:the author|staff writer)$");
    /**
     * A list separator with the white space around it. It starts only where the search starts
     * ({@code \G}) or where no white space is before it: a match inside a run of white space would
     * also be found from the start of the run, so this finds the same separators, and a long run of
     * spaces is crossed once rather than once from each of its positions. The byline, menu and
     * character-count patterns begin the same way.
     */
    private static final Pattern SPLIT = Pattern.compile("(?:\\G|(?<!\\s))\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:by|von|par|por|di)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The most words a name may have. */
    static final int MAX_WORDS = 6;

    private Authors() {}

    /**
     * The valid names among raw author values, in order, without duplicates.
     *
     * @param raw the values
     * @return the names
     */
    public static List<String> valid(List<String> raw) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : raw) {
            String v = PREFIX.matcher(value.strip()).replaceFirst("");
            for (String part : v.contains(",") || v.contains(" and ") || v.contains(" & ") ? SPLIT.split(v) : new String[] {v}) {
                String name = part.strip();
                if (!name.isEmpty() && !NOT_A_NAME.matcher(name).find() && SPACES.split(name).length <= MAX_WORDS
                        && name.codePoints().anyMatch(Character::isLetter)) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }
}
