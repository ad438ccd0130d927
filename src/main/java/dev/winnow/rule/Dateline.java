package dev.winnow.rule;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A timestamp line as the rule that marked it read it: the {@code dateline} rule attaches one to
 * each line it marks {@link dev.winnow.model.Role#DATELINE}, and the metadata rule takes the dates
 * and authors from it. The date is read once, when the line is recognised; since the page's language
 * is not known yet, an ambiguous slash date ({@code 04/03/2024}) is kept in both readings.
 *
 * @param date         the date on the line, an ambiguous slash date read month first (April 3);
 *                     {@code null} for a relative stamp ("Updated 2 hours ago")
 * @param dayFirstDate the same date, an ambiguous slash date read day first (4 March); {@code null}
 *                     when {@code date} is
 * @param authors      the names of a byline at the end of the line ("… 7:45 am PST by Joe
 *                     Rossignol"), in order; empty if there is none
 */
public record Dateline(@Nullable LocalDate date, @Nullable LocalDate dayFirstDate, List<String> authors)
        implements Finding {
    /**
     * Copies the names.
     *
     * @param date         the date, read month first, or {@code null}
     * @param dayFirstDate the date, read day first, or {@code null}
     * @param authors      the names of a byline at the end of the line
     */
    public Dateline {
        authors = List.copyOf(authors);
    }

    /**
     * The date as the page writes dates.
     *
     * @param dayFirst whether the page writes the day first, so that {@code 04/03/2024} means 4 March
     * @return the date, or {@code null} for a relative stamp
     */
    public @Nullable LocalDate date(boolean dayFirst) {
        return dayFirst ? dayFirstDate : date;
    }
}
