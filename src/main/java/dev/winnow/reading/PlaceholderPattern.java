package dev.winnow.reading;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A phrase with placeholders matched against a whole line without backtracking: {@code {*}} is any
 * text of 1 to {@value #MAX_ANY} characters, {@code {n}} a number ({@code [0-9][0-9.,]*[km]?}), the
 * rest literal. It matches exactly the lines the equivalent regular expression matches, but walks
 * the phrase's parts once, keeping the set of line positions each part can end at, so a match takes
 * time proportional to the line's length times the phrase's, however many placeholders it has (the
 * regular expression backtracked for minutes on a phrase with a dozen {@code {*}}). Immutable.
 */
final class PlaceholderPattern {
    /** The most characters a {@code {*}} stands for. */
    static final int MAX_ANY = 120;

    private enum Kind { LITERAL, ANY, NUMBER }

    private record Part(Kind kind, String literal) {}

    private final List<Part> parts;

    private PlaceholderPattern(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /**
     * Reads a phrase.
     *
     * @param phrase the phrase, such as {@code "{n} thoughts on {*}"}
     * @return the pattern
     */
    static PlaceholderPattern of(String phrase) {
        List<Part> parts = new ArrayList<>();
        int literalStart = 0;
        for (int i = 0; i < phrase.length(); i++) {
            Kind placeholder = phrase.startsWith("{*}", i) ? Kind.ANY : phrase.startsWith("{n}", i) ? Kind.NUMBER : null;
            if (placeholder != null) {
                if (i > literalStart) {
                    parts.add(new Part(Kind.LITERAL, phrase.substring(literalStart, i)));
                }
                parts.add(new Part(placeholder, null));
                i += 2;
                literalStart = i + 1;
            }
        }
        if (literalStart < phrase.length()) {
            parts.add(new Part(Kind.LITERAL, phrase.substring(literalStart)));
        }
        return new PlaceholderPattern(parts);
    }

    /**
     * Whether the whole line matches.
     *
     * @param line the line
     * @return true if it does
     */
    boolean matches(String line) {
        int n = line.length();
        BitSet at = new BitSet(n + 1);
        at.set(0);
        for (Part part : parts) {
            at = switch (part.kind()) {
                case LITERAL -> afterLiteral(at, line, part.literal());
                case ANY -> afterAny(at, n);
                case NUMBER -> afterNumber(at, line);
            };
            if (at.isEmpty()) {
                return false;
            }
        }
        return at.get(n);
    }

    private static BitSet afterLiteral(BitSet starts, String line, String literal) {
        BitSet ends = new BitSet(line.length() + 1);
        for (int p = starts.nextSetBit(0); p >= 0 && p + literal.length() <= line.length(); p = starts.nextSetBit(p + 1)) {
            if (line.startsWith(literal, p)) {
                ends.set(p + literal.length());
            }
        }
        return ends;
    }

    /** Every position 1 to {@link #MAX_ANY} characters after a start, in one sweep. */
    private static BitSet afterAny(BitSet starts, int n) {
        BitSet ends = new BitSet(n + 1);
        int reach = -1;
        for (int p = starts.nextSetBit(0); p >= 0 && p < n; p = starts.nextSetBit(p + 1)) {
            int from = Math.max(p + 1, reach + 1);
            int to = Math.min(n, p + MAX_ANY);
            if (from <= to) {
                ends.set(from, to + 1);
                reach = to;
            }
        }
        return ends;
    }

    /**
     * Every position a number starting at a start can end at: after its first digit and each of the
     * digits, dots and commas that follow, and after a {@code k} or {@code m} right after them.
     * Starts inside one run of such characters share the run's end, found once.
     */
    private static BitSet afterNumber(BitSet starts, String line) {
        int n = line.length();
        BitSet ends = new BitSet(n + 1);
        int runEnd = -1;
        for (int p = starts.nextSetBit(0); p >= 0 && p < n; p = starts.nextSetBit(p + 1)) {
            if (!isDigit(line.charAt(p))) {
                continue;
            }
            if (runEnd <= p) {
                runEnd = p + 1;
                while (runEnd < n && isNumberChar(line.charAt(runEnd))) {
                    runEnd++;
                }
            }
            ends.set(p + 1, runEnd + 1);
            if (runEnd < n && (line.charAt(runEnd) == 'k' || line.charAt(runEnd) == 'm')) {
                ends.set(runEnd + 1);
            }
        }
        return ends;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return isDigit(c) || c == '.' || c == ',';
    }
}
