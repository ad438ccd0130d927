package dev.winnow.segment;

import dev.winnow.internal.Texts;
import dev.winnow.rule.Block;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cuts flattened text into blocks: one block per line, except that the lines of a
 * blank-line-separated paragraph that was hard-wrapped (every line but the last at least 60% as long
 * as the longest, which is at most {@link #MAX_WRAP_WIDTH}) are joined again, bullet or numbered lines become list items
 * (marker removed), and {@link #MIN_TABLE_ROWS} or more lines in a row that each lay two or more
 * cells side by side (parts parted by two or more spaces, as a text browser lays out a table) become
 * the rows of one table, cells parted by tabs. The marks a text browser draws around inserted and deleted
 * text ("[INS:...:INS]", "[DEL:...:DEL]") are dropped, their text kept. Everything else is left to the rules. Stateless and thread-safe.
 */
public final class TextSegmenter {
    /** A line is taken as hard-wrapped only if the paragraph's longest line is at most this long. */
    public static final int MAX_WRAP_WIDTH = 100;

    /** Bullet markers that make a list item on their own. */
    private static final Pattern STRONG_BULLET = Pattern.compile("^[•▪◦●■□►▸‣⁃]\\s*(\\S.*)$");
    /** Dash and asterisk markers: list items only when at least two lines in a row carry one. */
    private static final Pattern WEAK_BULLET = Pattern.compile("^[-–—*]\\s+(\\S.*)$");
    /** Lines in a row, each with two or more cells, that make a table. */
    public static final int MIN_TABLE_ROWS = 3;
    /** What a text browser writes around inserted and deleted text. */
    private static final Pattern EDIT_MARK = Pattern.compile("\\[(?:INS|DEL):|:(?:INS|DEL)\\]");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");

    /** Creates a segmenter. */
    public TextSegmenter() {}

    /**
     * Segments text without a block limit.
     *
     * @param text the flattened page
     * @return the blocks, indexed from 0
     */
    public List<Block> segment(String text) {
        return segment(text, Integer.MAX_VALUE).blocks();
    }

    /**
     * Segments text into at most {@code maxBlocks} blocks.
     *
     * @param text      the flattened page
     * @param maxBlocks the most blocks to cut
     * @return the blocks, and a warning if the limit was reached
     */
    public Segmented segment(String text, int maxBlocks) {
        return segment(text, maxBlocks, Long.MAX_VALUE);
    }

    /**
     * Segments text into at most {@code maxBlocks} blocks holding at most {@code maxChars}
     * characters in all.
     *
     * @param text      the flattened page
     * @param maxBlocks the most blocks to cut
     * @param maxChars  the most characters of block text
     * @return the blocks, and a warning if a limit was reached
     */
    public Segmented segment(String text, int maxBlocks, long maxChars) {
        List<Line> read = splitLines(text, maxBlocks);
        String cut = read.size() > maxBlocks ? "more than " + maxBlocks + " lines: the rest of the text was not cleaned" : null;
        List<Line> lines = joinWrapped(read);
        boolean[] rows = tableRows(lines);
        List<Block> blocks = new ArrayList<>(lines.size());
        int listId = -1;
        ListMarker previous = null;
        int previousRow = -2;
        long chars = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (blocks.size() >= maxBlocks) {
                return new Segmented(blocks, "more than " + maxBlocks + " lines: the rest of the text was not cleaned");
            }
            Line line = lines.get(i);
            chars += line.text.length();
            if (chars > maxChars) {
                return new Segmented(blocks, "more than " + maxChars + " characters of text: the rest was not cleaned");
            }
            ListMarker marker = listMarker(lines, i);
            if (marker == null && rows[i]) {
                if (previousRow != i - 1) {
                    listId++;
                }
                previousRow = i;
                blocks.add(new Block(blocks.size(), line.cells, Kind.TABLE_ROW, 0, listId, false,
                        Origin.textLine(line.number)));
            } else if (marker == null) {
                blocks.add(new Block(blocks.size(), line.text, Kind.PARAGRAPH, 0, -1, false,
                        Origin.textLine(line.number)));
            } else {
                if (previous == null || previous.ordered != marker.ordered) {
                    listId++;
                }
                blocks.add(new Block(blocks.size(), marker.text, Kind.LIST_ITEM, 0, listId, marker.ordered,
                        Origin.textLine(line.number)));
            }
            previous = marker;
        }
        return new Segmented(blocks, cut);
    }

    /**
     * A non-empty source line: its text with spaces normalised, its 1-based number, whether a blank
     * line came before it, and its cells (the parts between runs of two or more spaces, joined by
     * tabs) when two or more of them hold a letter or digit, else {@code null}.
     */
    private record Line(String text, int number, boolean afterBlank, String cells) {
        Line(String text, int number, boolean afterBlank) {
            this(text, number, afterBlank, null);
        }
    }

    private record ListMarker(String text, boolean ordered) {}

    /**
     * The non-empty lines of the text, up to one more than {@code maxLines}: lines are read as the
     * block limit allows, so a text of millions of short lines never holds them all in memory (one
     * more line than the limit tells that it was reached).
     */
    private static List<Line> splitLines(String text, int maxLines) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        boolean afterBlank = true;
        int start = 0;
        int n = text.length();
        int nextReturn = text.indexOf('\r');
        while (start <= n && lines.size() <= maxLines) {
            int newline = text.indexOf('\n', start);
            if (nextReturn >= 0 && nextReturn < start) {
                nextReturn = text.indexOf('\r', start);
            }
            // the line ends at the first line break: a vectorised search for each kind
            int end = Math.min(newline < 0 ? n : newline, nextReturn < 0 ? n : nextReturn);
            number++;
            String t = Texts.normalizeSpace(withoutEditMarks(text.subSequence(start, end)));
            if (t.isEmpty()) {
                afterBlank = true;
            } else {
                lines.add(new Line(t, number, afterBlank, cells(text, start, end)));
                afterBlank = false;
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * The cells of the raw line {@code text[from, to)}, stripped, split at the gaps between table
     * cells laid side by side (runs of spaces and tabs other than one space) and joined by tabs, or
     * {@code null} if fewer than two hold a letter or digit (a form field, "[ ]").
     */
    private static @Nullable String cells(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int gap = gapAt(text, from, to);
        if (gap == to) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int filled = 0;
        for (int part = from; part < to; ) {
            String cell = Texts.normalizeSpace(withoutEditMarks(text.substring(part, gap)));
            if (!cell.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\t").append(cell);
                filled += cell.codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
            }
            part = gap;
            while (part < to && (text.charAt(part) == ' ' || text.charAt(part) == '\t')) {
                part++;
            }
            gap = gapAt(text, part, to);
        }
        return filled < 2 ? null : sb.toString();
    }

    /**
     * The text without the marks a text browser puts around inserted and deleted text
     * ({@code <ins>}, {@code <del>}): "[INS:", ":INS]", "[DEL:" and ":DEL]" are dropped and the text
     * between them stays, so an empty ad slot ("[INS::INS]") leaves nothing and the words of a
     * marked-up line read as the page shows them. A mark cut in two by a wrapped line is dropped
     * on each line.
     */
    private static String withoutEditMarks(CharSequence line) {
        String s = line.toString();
        return s.indexOf("INS") < 0 && s.indexOf("DEL") < 0 ? s : EDIT_MARK.matcher(s).replaceAll("");
    }

    /** The start of the first gap between cells in {@code text[from, to)}: a tab or two spaces; {@code to} if none. */
    private static int gapAt(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == ' ' && i + 1 < to && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return to;
    }

    /** Joins the lines of blank-line-separated paragraphs that were hard-wrapped (bullet and numbered lines stay apart). */
    private static List<Line> joinWrapped(List<Line> lines) {
        boolean hasBlankLines = false;
        for (int i = 1; i < lines.size(); i++) {
            hasBlankLines |= lines.get(i).afterBlank;
        }
        if (!hasBlankLines) {
            return lines;
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            int longest = lines.get(i).text.length();
            while (j < lines.size() && !lines.get(j).afterBlank) {
                longest = Math.max(longest, lines.get(j).text.length());
                j++;
            }
            if (j - i == 1 || longest > MAX_WRAP_WIDTH || longest < 40 || !evenlyWrapped(lines.subList(i, j), longest)) {
                out.addAll(lines.subList(i, j));
            } else {
                StringBuilder sb = new StringBuilder(lines.get(i).text);
                int number = lines.get(i).number;
                for (int k = i + 1; k < j; k++) {
                    Line prev = lines.get(k - 1);
                    Line cur = lines.get(k);
                    if (prev.text.length() * 2 >= longest && bulletText(cur.text) == null) {
                        sb.append(' ').append(cur.text);
                    } else {
                        out.add(new Line(sb.toString(), number, true));
                        sb = new StringBuilder(cur.text);
                        number = cur.number;
                    }
                }
                out.add(new Line(sb.toString(), number, true));
            }
            i = j;
        }
        return out;
    }

    /** Whether every line but the last is at least 60% as long as the longest: the mark of a hard wrap. */
    private static boolean evenlyWrapped(List<Line> chunk, int longest) {
        for (int k = 0; k + 1 < chunk.size(); k++) {
            if (chunk.get(k).text.length() * 10 < longest * 6 && bulletText(chunk.get(k + 1).text) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line may open with a list marker: a bullet, a dash or star, or a digit (a cheap test before the patterns). */
    private static boolean mayBeListItem(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return c >= '0' && c <= '9' || "•▪◦●■□►▸‣⁃-–—*".indexOf(c) >= 0;
    }

    private static @Nullable String bulletText(String line) {
        if (!mayBeListItem(line)) {
            return null;
        }
        Matcher m = STRONG_BULLET.matcher(line);
        if (m.matches()) {
            return m.group(1);
        }
        m = WEAK_BULLET.matcher(line);
        if (m.matches()) {
            return m.group(1);
        }
        m = NUMBERED.matcher(line);
        return m.matches() ? m.group(2) : null;
    }

    /** The list marker of line i, if the line is a list item in its context. */
    private static @Nullable ListMarker listMarker(List<Line> lines, int i) {
        String t = lines.get(i).text;
        if (!mayBeListItem(t)) {
            return null;
        }
        Matcher m = STRONG_BULLET.matcher(t);
        if (m.matches()) {
            return new ListMarker(m.group(1), false);
        }
        m = WEAK_BULLET.matcher(t);
        if (m.matches() && (neighbourMatches(lines, i - 1, WEAK_BULLET) || neighbourMatches(lines, i + 1, WEAK_BULLET))) {
            return new ListMarker(m.group(1), false);
        }
        m = NUMBERED.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (numberAt(lines, i - 1) == n - 1 || numberAt(lines, i + 1) == n + 1) {
                return new ListMarker(m.group(2), true);
            }
        }
        return null;
    }

    /**
     * For each line, whether it has cells and lies in a run of at least {@link #MIN_TABLE_ROWS} such
     * lines with no blank line between them.
     */
    private static boolean[] tableRows(List<Line> lines) {
        boolean[] rows = new boolean[lines.size()];
        int first = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean continues = i < lines.size() && lines.get(i).cells != null && (i == first || !lines.get(i).afterBlank);
            if (!continues) {
                if (i - first >= MIN_TABLE_ROWS) {
                    java.util.Arrays.fill(rows, first, i, true);
                }
                first = i < lines.size() && lines.get(i).cells != null ? i : i + 1;
            }
        }
        return rows;
    }

    private static boolean neighbourMatches(List<Line> lines, int i, Pattern p) {
        return i >= 0 && i < lines.size() && p.matcher(lines.get(i).text).matches();
    }

    private static int numberAt(List<Line> lines, int i) {
        if (i < 0 || i >= lines.size()) {
            return Integer.MIN_VALUE;
        }
        Matcher m = NUMBERED.matcher(lines.get(i).text);
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MIN_VALUE;
    }
}
