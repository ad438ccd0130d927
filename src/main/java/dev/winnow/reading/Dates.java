package dev.winnow.reading;

import dev.winnow.internal.Fold;
import dev.winnow.internal.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds calendar dates and clock times in short lines: ISO dates, day.month.year, month/day/year
 * (day/month/year when the day is over 12; an ambiguous one is read both ways, {@link Found#date(boolean)}),
 * CJK and Korean year-month-day forms, and month names of every language with a {@code months.txt}
 * phrase file ("Nov 12, 2025", "12. März 2024", "3 de marzo de 2024"). Never guesses a year, and
 * never reads relative dates ("3 hours ago"). Thread-safe.
 */
public final class Dates {
    /**
     * A date found in a text, with the span it covers. An ambiguous slash date ({@code 04/03/2024})
     * has two readings, month first and day first; other dates read the same either way.
     *
     * @param date         the date, an ambiguous slash date read month first (April 3)
     * @param dayFirstDate the date, an ambiguous slash date read day first (4 March)
     * @param start        where the date starts in the text
     * @param end          where it ends (exclusive)
     */
    public record Found(LocalDate date, LocalDate dayFirstDate, int start, int end) {
        /**
         * The date as a page writes it.
         *
         * @param dayFirst whether the page writes the day first, so that {@code 04/03/2024} means 4 March
         * @return the date
         */
        public LocalDate date(boolean dayFirst) {
            return dayFirst ? dayFirstDate : date;
        }
    }

    /** How a date pattern writes the month and day: its groups. */
    private enum Form {
        /** Groups {@code year}, {@code mon} and {@code day}. */
        NUMBERS,
        /** Groups {@code a}, {@code b} (month and day, in an order to guess) and {@code year}. */
        SLASHES,
        /** Groups {@code month} (a name), {@code day} and {@code year}. */
        MONTH_NAME
    }

    /**
     * A date pattern with the {@link #yearContexts context} its year has in it, its form, and
     * whether its matches open with a month name: it can match only where a year of the text has
     * that context, only in a text with a month name if it has one, and then only where a name
     * starts if it opens with one. Such a pattern comes again for each {@link Literals#fold folded}
     * initial of the names, with only the names of that initial, in the same order: where a
     * character folds to an initial, no other name can match, so the pattern of the initial finds
     * the same match, without trying every name ({@code byInitial} is {@code null} when a name's
     * initial does not fold to itself, and the whole pattern is tried).
     */
    private record DatePattern(Pattern pattern, int yearContext, Form form, boolean opensWithMonth,
            Map<Character, Pattern> byInitial) {
        /** The pattern to try where the text has character {@code c}, or {@code null} if no match opens there. */
        @Nullable Pattern at(char c) {
            return byInitial == null ? pattern : byInitial.get(Literals.fold(c));
        }
    }

    /** Year contexts: any year; a year followed by '-' or '.'; preceded by '.', '/' or \s; a 年 or 년 in the text. */
    private static final int ANY_YEAR = 1;
    private static final int DASH_AFTER = 1 << 1;
    private static final int DOT_AFTER = 1 << 2;
    private static final int DOT_BEFORE = 1 << 3;
    private static final int SLASH_BEFORE = 1 << 4;
    private static final int SPACE_BEFORE = 1 << 5;
    private static final int YEAR_CHARACTER = 1 << 6;

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final List<DatePattern> PATTERNS = new ArrayList<>();
    /** The month names of the patterns, to skip the patterns on texts that have none. */
    private static final Literals MONTH_NAMES;
    /** A clock time; both forms open with a digit, which the lookahead tests before anything else. */
    private static final Pattern TIME = Pattern.compile(
            "(?i)(?=[0-9])(?:(?<![\\d:])([01]?\\d|2[0-3])\\s*[時时시]\\s*([0-5]?\\d)\\s*[分분]|(?<![\\d:])([01]?\\d|2[0-3])[:.h]([0-5]\\d)(?![\\d.,])(?::[0-5]\\d)?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h))?"
                    + "(?:\\s*(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|ist|jst|msk|et|pt)\\b)?"
                    + "(?:\\s*[+-]\\d{2}:?\\d{2})?)");

    static {
        List<String> names = new ArrayList<>();
        for (String lang : Phrases.languages()) {
            for (String line : Phrases.entries(lang, "months")) {
                String[] parts = line.split("\\s+");
                if (parts.length < 2 || !parts[0].matches("\\d{1,2}")) {
                    continue;
                }
                int month = Integer.parseInt(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    String name = Fold.line(parts[i]);
                    if (!name.isEmpty() && !name.matches("\\d+")) {
                        MONTHS.putIfAbsent(name, month);
                        names.add(parts[i].replaceAll("\\.$", ""));
                    }
                }
            }
        }
        names.sort((a, b) -> b.length() - a.length());
        MONTH_NAMES = Literals.of(names);
        String month = month(names, StartFilter.of(names));
        String day = "(?<day>[0-3]?\\d)(?:st|nd|rd|th|er|º|\\.)?";
        String year = "(?<year>(?:19|20)\\d{2})";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Function<String, String> monthFirst = m -> "(?<!\\p{L})" + m + "\\s+" + day + ",?\\s+" + year + "(?!\\d)";
        Map<Character, List<String>> namesByInitial = new HashMap<>();
        boolean initialsFoldToThemselves = true;
        for (String n : names) {
            char initial = Literals.fold(n.charAt(0));
            initialsFoldToThemselves &= !Character.isSurrogate(n.charAt(0)) && Literals.fold(initial) == initial;
            namesByInitial.computeIfAbsent(initial, c -> new ArrayList<>()).add(n);
        }
        Map<Character, Pattern> monthFirstByInitial = null;
        if (initialsFoldToThemselves) {
            monthFirstByInitial = new HashMap<>();
            for (Map.Entry<Character, List<String>> group : namesByInitial.entrySet()) {
                // no start filter: the pattern is tried only where the character folds to the initial
                monthFirstByInitial.put(group.getKey(), Pattern.compile(monthFirst.apply(month(group.getValue(), "")), flags));
            }
        }
        PATTERNS.add(new DatePattern(Pattern.compile("(?<![\\d.])" + year + "-(?<mon>[01]?\\d)-(?<day>[0-3]?\\d)(?!\\d)"),
                DASH_AFTER, Form.NUMBERS, false, null));
        PATTERNS.add(new DatePattern(Pattern.compile(year + "\\s*[年년]\\s*(?<mon>[01]?\\d)\\s*[月월]\\s*(?<day>[0-3]?\\d)\\s*[日일]?"),
                YEAR_CHARACTER, Form.NUMBERS, false, null));
        PATTERNS.add(new DatePattern(Pattern.compile("(?<![\\d.])" + year + "\\.\\s?(?<mon>[01]?\\d)\\.\\s?(?<day>[0-3]?\\d)\\.?(?!\\d)"),
                DOT_AFTER, Form.NUMBERS, false, null));
        PATTERNS.add(new DatePattern(Pattern.compile("(?<![\\d.])(?<day>[0-3]?\\d)\\.(?<mon>[01]?\\d)\\.(?<year>(?:19|20)\\d{2})(?!\\d)"),
                DOT_BEFORE, Form.NUMBERS, false, null));
        PATTERNS.add(new DatePattern(Pattern.compile("(?<![\\d/])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<year>(?:19|20)\\d{2})(?!\\d)"),
                SLASH_BEFORE, Form.SLASHES, false, null));
        PATTERNS.add(new DatePattern(Pattern.compile(monthFirst.apply(month), flags),
                SPACE_BEFORE, Form.MONTH_NAME, true, monthFirstByInitial));
        PATTERNS.add(new DatePattern(Pattern.compile("(?=[0-9])(?<![\\d\\p{L}])" + day + "\\s*(?:de\\s+|tháng\\s+)?" + month
                + ",?\\s+(?:de\\s+)?" + year + "(?!\\d)", flags), SPACE_BEFORE, Form.MONTH_NAME, false, null));
    }

    /**
     * The group {@code month} of some month names (longest first), with an optional dot after it;
     * {@code filter} is a lookahead to put before the names, such as a {@link StartFilter#of}.
     */
    private static String month(List<String> names, String filter) {
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        return "(?<month>" + (alt.length() == 0 ? "\\p{L}{3,}" : filter + "(?:" + alt + ")") + ")\\.?";
    }

    private Dates() {}

    /**
     * The first date in a short text as {@code yyyy-MM-dd}, for rules outside this package that
     * read dates from page elements.
     *
     * @param text the text (at most 500 characters are searched)
     * @return the date, or {@code null} when the text holds none
     */
    public static @Nullable String isoDate(String text) {
        Found found = find(text);
        return found == null ? null : found.date().toString();
    }

    /**
     * The first date in a text, with both readings of an ambiguous slash date.
     *
     * @param text the text (at most 500 characters are searched)
     * @return the date with its span, or {@code null}
     */
    public static @Nullable Found find(String text) {
        if (text.length() > 500) {
            return null;
        }
        int contexts = yearContexts(text);
        if (contexts == 0) {
            return null;
        }
        Found best = null;
        int firstMonthName = -2;
        for (DatePattern p : PATTERNS) {
            if ((contexts & p.yearContext()) == 0) {
                continue;
            }
            if (p.form() == Form.MONTH_NAME) {
                firstMonthName = firstMonthName == -2 ? MONTH_NAMES.mayOccurAt(text, 0) : firstMonthName;
                if (firstMonthName < 0) {
                    continue;
                }
            }
            Found found = p.opensWithMonth() ? firstDateAtMonthNames(p, text, firstMonthName)
                    : firstDate(p.pattern().matcher(text), p.form());
            if (found != null && (best == null || found.start() < best.start())) {
                best = found;
            }
        }
        return best;
    }

    /** The first match that reads as a date, or {@code null}. */
    private static @Nullable Found firstDate(Matcher m, Form form) {
        while (m.find()) {
            Found found = found(m, form);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * {@link #firstDate} for a pattern whose matches open with a month name: the pattern is tried
     * only where a name may start, from {@code at} on, which finds the same matches.
     */
    private static @Nullable Found firstDateAtMonthNames(DatePattern p, String text, int at) {
        while (at >= 0) {
            Pattern pattern = p.at(text.charAt(at));
            Matcher m = pattern == null ? null
                    : pattern.matcher(text).useTransparentBounds(true).region(at, text.length());
            if (m != null && m.lookingAt()) {
                Found found = found(m, p.form());
                if (found != null) {
                    return found;
                }
                at = MONTH_NAMES.mayOccurAt(text, m.end());
            } else {
                at = MONTH_NAMES.mayOccurAt(text, at + 1);
            }
        }
        return null;
    }

    /**
     * The contexts of the four-digit years from 19xx or 20xx in a text (every date form has one, as
     * {@code (?:19|20)\d{2}} finds it), as bits: {@link #ANY_YEAR} if there is one, then what
     * precedes or follows a year in the date patterns, and {@link #YEAR_CHARACTER} for a 年 or 년
     * anywhere. 0 when the text has no year.
     */
    private static int yearContexts(String text) {
        int contexts = 0;
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
                contexts |= ANY_YEAR;
                char before = i > 0 ? text.charAt(i - 1) : 0;
                char after = i + 4 < text.length() ? text.charAt(i + 4) : 0;
                contexts |= after == '-' ? DASH_AFTER : after == '.' ? DOT_AFTER : 0;
                contexts |= before == '.' ? DOT_BEFORE : before == '/' ? SLASH_BEFORE
                        : i > 0 && Texts.isAsciiSpace(before) ? SPACE_BEFORE : 0;
            }
        }
        if (contexts != 0 && (text.indexOf('年') >= 0 || text.indexOf('년') >= 0)) {
            contexts |= YEAR_CHARACTER;
        }
        return contexts;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The span of the first clock time ("10:22 AM ET", "14.32 Uhr").
     *
     * @param text the text
     * @return the start and end of the time, or {@code null}
     */
    public static int @Nullable [] findTime(String text) {
        Matcher m = TIME.matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /**
     * A match read as a date, or {@code null} when it names no day of the calendar. Both readings of
     * a slash date are valid or neither is: they differ only where both numbers are 12 or below.
     */
    private static @Nullable Found found(Matcher m, Form form) {
        LocalDate date = toDate(m, form, false);
        if (date == null) {
            return null;
        }
        return new Found(date, form == Form.SLASHES ? toDate(m, form, true) : date, m.start(), m.end());
    }

    private static @Nullable LocalDate toDate(Matcher m, Form form, boolean dayFirst) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int month;
            int day;
            if (form == Form.SLASHES) {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                boolean swap = a > 12 || (dayFirst && b <= 12);
                month = swap ? b : a;
                day = swap ? a : b;
            } else if (form == Form.NUMBERS) {
                month = Integer.parseInt(m.group("mon"));
                day = Integer.parseInt(m.group("day"));
            } else {
                Integer mo = MONTHS.get(Fold.line(m.group("month")));
                if (mo == null) {
                    return null;
                }
                month = mo;
                day = Integer.parseInt(m.group("day"));
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
