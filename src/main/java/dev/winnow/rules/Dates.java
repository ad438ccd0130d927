package dev.winnow.rules;

import dev.winnow.internal.Fold;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates and clock times in short lines: ISO dates, day.month.year, month/day/year
 * (day/month/year when the day is over 12 or the caller says the page language writes day first),
 * CJK and Korean year-month-day forms, and month names of every language with a {@code months.txt}
 * phrase file ("Nov 12, 2025", "12. März 2024", "3 de marzo de 2024"). Never guesses a year, and
 * never reads relative dates ("3 hours ago"). Thread-safe.
 */
public final class Dates {
    /** A date found in a text, with the span it covers. */
    record Found(LocalDate date, int start, int end) {}

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final List<Pattern> PATTERNS = new ArrayList<>();
    private static final Pattern TIME = Pattern.compile(
            "(?i)(?<![\\d:])([01]?\\d|2[0-3])\\s*[時时시]\\s*([0-5]?\\d)\\s*[分분]|(?<![\\d:])([01]?\\d|2[0-3])[:.h]([0-5]\\d)(?![\\d.,])(?::[0-5]\\d)?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h))?"
                    + "(?:\\s*(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|ist|jst|msk|et|pt)\\b)?"
                    + "(?:\\s*[+-]\\d{2}:?\\d{2})?");

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
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        String month = "(?<month>" + (alt.length() == 0 ? "\\p{L}{3,}" : Phrases.startFilter(names) + "(?:" + alt + ")")
                + ")\\.?";
        String day = "(?<day>[0-3]?\\d)(?:st|nd|rd|th|er|º|\\.)?";
        String year = "(?<year>(?:19|20)\\d{2})";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        PATTERNS.add(Pattern.compile("(?<![\\d.])" + year + "-(?<mon>[01]?\\d)-(?<day>[0-3]?\\d)(?!\\d)"));
        PATTERNS.add(Pattern.compile(year + "\\s*[年년]\\s*(?<mon>[01]?\\d)\\s*[月월]\\s*(?<day>[0-3]?\\d)\\s*[日일]?"));
        PATTERNS.add(Pattern.compile("(?<![\\d.])" + year + "\\.\\s?(?<mon>[01]?\\d)\\.\\s?(?<day>[0-3]?\\d)\\.?(?!\\d)"));
        PATTERNS.add(Pattern.compile("(?<![\\d.])(?<day>[0-3]?\\d)\\.(?<mon>[01]?\\d)\\.(?<year>(?:19|20)\\d{2})(?!\\d)"));
        PATTERNS.add(Pattern.compile("(?<![\\d/])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<year>(?:19|20)\\d{2})(?!\\d)"));
        PATTERNS.add(Pattern.compile("(?<!\\p{L})" + month + "\\s+" + day + ",?\\s+" + year + "(?!\\d)", flags));
        PATTERNS.add(Pattern.compile("(?<![\\d\\p{L}])" + day + "\\s*(?:de\\s+|tháng\\s+)?" + month
                + ",?\\s+(?:de\\s+)?" + year + "(?!\\d)", flags));
    }

    private Dates() {}

    /**
     * The first date in a text.
     *
     * @param text the text
     * @return the date with its span, or {@code null}
     */
    static Found find(String text) {
        return find(text, false);
    }

    /**
     * The first date in a short text as {@code yyyy-MM-dd}, for rules outside this package that
     * read dates from page elements.
     *
     * @param text the text (at most 500 characters are searched)
     * @return the date, or {@code null} when the text holds none
     */
    public static String isoDate(String text) {
        Found found = find(text);
        return found == null ? null : found.date().toString();
    }

    /**
     * The first date in a text.
     *
     * @param text     the text
     * @param dayFirst whether an ambiguous {@code 04/03/2024} means 4 March (else April 3)
     * @return the date with its span, or {@code null}
     */
    static Found find(String text, boolean dayFirst) {
        if (text.length() > 500 || !hasYear(text)) {
            return null;
        }
        Found best = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate date = toDate(m, dayFirst);
                if (date != null) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date, m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return best;
    }

    /** Whether a text has a four-digit year from 19xx or 20xx (every date form has one), as {@code (?:19|20)\d{2}} finds. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
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
    static int[] findTime(String text) {
        Matcher m = TIME.matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static LocalDate toDate(Matcher m, boolean dayFirst) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int month;
            int day;
            if (hasGroup(m, "a")) {
                int a = Integer.parseInt(m.group("a"));
                int b = Integer.parseInt(m.group("b"));
                boolean swap = a > 12 || (dayFirst && b <= 12);
                month = swap ? b : a;
                day = swap ? a : b;
            } else if (hasGroup(m, "mon")) {
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

    private static boolean hasGroup(Matcher m, String name) {
        try {
            return m.group(name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
