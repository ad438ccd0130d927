package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Marks timestamp lines as datelines: a short line that is a date (and optionally a time and a
 * {@code dateline-prefixes} phrase such as "Published" or "Aktualisiert") with at most
 * {@link #MAX_LEFTOVER_WORDS} other words. Datelines that open a paragraph ("LONDON (Reuters) - ...")
 * are prose and stay in the body.
 */
public final class DatelineRule implements Rule {
    /** The most words a timestamp line may have. */
    public static final int MAX_WORDS = 16;
    /** The most words besides prefix, date and time. */
    public static final int MAX_LEFTOVER_WORDS = 2;
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:" + Phrases.standard("dateline-prefixes").alternation() + ")(?![\\p{L}\\d])");

    /** Creates the rule. */
    public DatelineRule() {}

    @Override public String id() { return StandardRules.DATELINE; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() { return "Marks publication and update timestamp lines as datelines."; }

    @Override
    public void apply(Draft draft) {
        for (Block b : draft.blocks()) {
            if (b.isBody() && b.words() <= MAX_WORDS && date(b.text()) != null) {
                draft.mark(b, Role.DATELINE, "timestamp line");
            }
        }
    }

    /**
     * The date of a timestamp line, or {@code null} if the line is not one.
     *
     * @param text the line
     * @return the date
     */
    static LocalDate date(String text) {
        Dates.Found found = Dates.find(text);
        if (found == null) {
            return null;
        }
        String rest = text.substring(0, found.start()) + " " + text.substring(found.end());
        int[] time = Dates.findTime(rest);
        if (time != null) {
            rest = rest.substring(0, time[0]) + " " + rest.substring(time[1]);
        }
        rest = PREFIX.matcher(rest).replaceFirst(" ");
        return Texts.wordCount(rest) <= MAX_LEFTOVER_WORDS ? found.date() : null;
    }
}
