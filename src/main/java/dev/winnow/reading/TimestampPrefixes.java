package dev.winnow.reading;

import java.util.regex.Pattern;

/**
 * The phrases that open a timestamp line, as whole words at its start: the {@code dateline-prefixes}
 * ("Published", "Posted on") and the {@code update-prefixes} ("Updated", "Aktualisiert"). Thread-safe.
 */
public final class TimestampPrefixes {
    private static final Pattern PREFIX = Pattern.compile("(?iu)^\\s*" + Phrases.standard("dateline-prefixes")
            .with(Phrases.standard("update-prefixes").entries()).alternationGroup() + "(?![\\p{L}\\d])");

    private TimestampPrefixes() {}

    /**
     * Whether a line opens with a timestamp prefix.
     *
     * @param text the line
     * @return true if it does
     */
    public static boolean opens(String text) {
        return PREFIX.matcher(text).lookingAt();
    }

    /**
     * A line with the timestamp prefix it opens with replaced by a space.
     *
     * @param text the line
     * @return the rest, or the line as given when it opens with no prefix
     */
    public static String withoutPrefix(String text) {
        return PREFIX.matcher(text).replaceFirst(" ");
    }
}
