package dev.winnow.site;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What loading site rules did: how many files and sites were read, which directives were used
 * (supported) or skipped (ignored), each with its count of uses, every warning with its file and
 * line, and how long it took. Loading never fails on a bad rule: the rule is dropped and a warning
 * says why.
 *
 * @param files     the files read
 * @param sites     the site configs loaded
 * @param failed    the files that could not be read at all
 * @param supported uses of each supported directive, by name
 * @param ignored   uses of each ignored directive (fetch-side, login, unknown, or with a bad value), by name
 * @param warnings  one line per problem, {@code file:line: message}
 * @param elapsed   the time loading took
 */
public record LoadReport(int files, int sites, int failed, Map<String, Integer> supported,
        Map<String, Integer> ignored, List<String> warnings, Duration elapsed) {

    /** Copies the maps and the warnings. */
    public LoadReport {
        supported = Map.copyOf(supported);
        ignored = Map.copyOf(ignored);
        warnings = List.copyOf(warnings);
    }

    /** The total uses of supported directives. @return the count */
    public int supportedUses() {
        return supported.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The total uses of ignored directives. @return the count */
    public int ignoredUses() {
        return ignored.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A short human-readable summary: counts, then the directives by use.
     *
     * @return the summary, several lines
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "%d files, %d sites, %d unreadable, %d ms%n", files, sites,
                failed, elapsed.toMillis()));
        sb.append("supported: ").append(supportedUses()).append(" uses ").append(new TreeMap<>(supported))
                .append(System.lineSeparator());
        sb.append("ignored: ").append(ignoredUses()).append(" uses ").append(new TreeMap<>(ignored))
                .append(System.lineSeparator());
        sb.append("warnings: ").append(warnings.size());
        return sb.toString();
    }
}
