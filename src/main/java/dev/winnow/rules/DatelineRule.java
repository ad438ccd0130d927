package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.reading.BlockDates;
import dev.winnow.reading.Bylines;
import dev.winnow.reading.Dates;
import dev.winnow.reading.Lines;
import dev.winnow.reading.Phrases;
import dev.winnow.reading.TimestampPrefixes;
import dev.winnow.rule.Block;
import dev.winnow.rule.Dateline;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Marks timestamp lines as datelines: a short line that is a date (and optionally a time and a
 * {@code dateline-prefixes} phrase such as "Published" or "Aktualisiert") with at most
 * {@link #MAX_LEFTOVER_WORDS} other words (an author named at the end, "… 7:45 am PST by Joe
 * Rossignol" or "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde", does not count),
 * or a prefixed relative stamp ("Atualizado há 2 horas"), which is marked but gives no date.
 * Datelines that open a paragraph ("LONDON (Reuters) - ...") are prose and stay in the body. Each
 * line marked carries a {@link Dateline} finding with its date, read once here in both readings of
 * an ambiguous slash date, and the authors of a byline at its end; the metadata rule reads it.
 */
public final class DatelineRule implements Rule {
    /** The most words a timestamp line may have. */
    public static final int MAX_WORDS = 16;
    /** The most words besides prefix, date and time. */
    public static final int MAX_LEFTOVER_WORDS = 2;
    /** The most words of a relative timestamp line ("Updated 2 hours ago"), which gives no date. */
    public static final int MAX_RELATIVE_WORDS = 6;
    private static final Pattern TRAILING_BYLINE = Pattern.compile(
            "(?iu)(?:^|(?<!\\s)\\s|[|,·•–—-])\\s*(" + Phrases.standard("byline-prefixes").alternationGroup() + "(?:\\s*[:：/／]\\s*|\\s).+)$");

    /** Creates the rule. */
    public DatelineRule() {}

    @Override public String id() { return StandardRules.DATELINE; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() { return "Marks publication and update timestamp lines as datelines."; }

    @Override
    public void apply(Draft draft) {
        BlockDates dates = BlockDates.of(draft);
        for (Block b : draft.blocks()) {
            Dateline dateline = b.isBody() && b.words() <= MAX_WORDS ? dateline(b.text(), dates.find(b)) : null;
            if (dateline != null) {
                draft.mark(b, Role.DATELINE, "timestamp line", dateline);
            } else if (b.isBody() && b.words() <= MAX_RELATIVE_WORDS && Lines.hasDigit(b.text())
                    && TimestampPrefixes.opens(b.text())) {
                draft.mark(b, Role.DATELINE, "relative timestamp line", new Dateline(null, null, trailingAuthors(b.text())));
            }
        }
    }

    /**
     * The finding of a timestamp line whose first date is {@code found}, or {@code null} if the line
     * is not one: besides the date, a time, a prefix and a byline at its end, it has at most
     * {@link #MAX_LEFTOVER_WORDS} words.
     */
    private static @Nullable Dateline dateline(String text, Dates.@Nullable Found found) {
        if (found == null) {
            return null;
        }
        String rest = text.substring(0, found.start()) + " " + text.substring(found.end());
        int[] time = Dates.findTime(rest);
        if (time != null) {
            rest = rest.substring(0, time[0]) + " " + rest.substring(time[1]);
        }
        rest = TimestampPrefixes.withoutPrefix(rest);
        Matcher by = TRAILING_BYLINE.matcher(rest);
        if (by.find() && !Bylines.authors(by.group(1)).isEmpty()) {
            rest = rest.substring(0, by.start());
        }
        return Texts.wordCount(rest) <= MAX_LEFTOVER_WORDS
                ? new Dateline(found.date(), found.dayFirstDate(), trailingAuthors(text)) : null;
    }

    /**
     * The authors named at the end of a timestamp line ("Monday November 18, 2019 7:45 am PST by
     * Joe Rossignol"), or an empty list.
     */
    private static List<String> trailingAuthors(String text) {
        Matcher by = TRAILING_BYLINE.matcher(text);
        return by.find() ? Bylines.authors(by.group(1)) : List.of();
    }
}
