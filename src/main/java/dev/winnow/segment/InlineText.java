package dev.winnow.segment;

import dev.winnow.internal.Texts;
import dev.winnow.model.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The text of the block being gathered, with inline markup: the segmenter appends the text of a
 * block and writes private-use marker characters around links and emphasis; {@link #extract}
 * strips them, collapses whitespace (as {@code Texts.normalizeSpace} does) and returns the spans in
 * the final text's coordinates. The text is kept in a character array reused from block to block,
 * so strings are copied in bulk and only the final text is made a string. Not thread-safe; one per
 * traversal.
 */
final class InlineText {
    private static final char START = '\uE000';
    private static final char END = '\uE010';
    private static final Inline.Type[] TYPES = Inline.Type.values();

    /** The gathered text, markers included: {@code length} characters. */
    private char[] chars = new char[256];
    private int length;
    /** Whether anything but white space and markers was gathered: else the block has no text. */
    private boolean hasContent;
    /** The output of {@link #extract}, reused from block to block. */
    private char[] out = new char[256];
    private final List<String> hrefs = new ArrayList<>();
    /** The spans of the block being extracted, and the elements still open (reused from block to block). */
    private final List<Inline> spans = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();

    /** Text without markers and its inline spans. */
    record Result(String text, List<Inline> inlines) {}

    private record Open(int type, int start, String href) {}

    /** The number of characters gathered, markers included. */
    int length() {
        return length;
    }

    /** Whether anything but white space and markers was gathered since the last {@link #clear}. */
    boolean hasContent() {
        return hasContent;
    }

    /** Appends a character. */
    void append(char c) {
        ensureRoom(1);
        chars[length++] = c;
        hasContent = true;
    }

    /** Appends a text as it is. */
    void append(String s) {
        ensureRoom(s.length());
        s.getChars(0, s.length(), chars, length);
        length += s.length();
        hasContent |= !s.isEmpty();
    }

    /**
     * Appends text as {@code StringUtil.appendNormalisedWhitespace(out, text, false)} does (so as
     * {@link org.jsoup.nodes.TextNode#text()} gives it): each run of HTML white space or no-break
     * spaces becomes one space, and zero-width spaces and soft hyphens are dropped; the characters
     * between are copied in runs rather than one at a time.
     */
    void appendNormalisedWhitespace(String text) {
        ensureRoom(text.length());
        boolean lastWasWhite = false;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD') {
                continue;
            }
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0';
            boolean invisible = c == '\u200B' || c == '\u00AD';
            if (!white && !invisible) {
                continue; // a control character: kept
            }
            if (i > run) {
                text.getChars(run, i, chars, length);
                length += i - run;
                lastWasWhite = false;
                hasContent = true;
            }
            run = i + 1;
            if (white && !lastWasWhite) {
                chars[length++] = ' ';
                lastWasWhite = true;
            }
        }
        if (text.length() > run) {
            text.getChars(run, text.length(), chars, length);
            length += text.length() - run;
            hasContent = true;
        }
    }

    /**
     * The number of characters gathered from {@code start} on, without leading and trailing white
     * space (as {@link String#strip} counts them; white space is never a surrogate).
     */
    int strippedLength(int start) {
        int end = length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        return end - start;
    }

    /** Appends the start marker of an inline element (and remembers a link's target). */
    void open(Inline.Type type, String href) {
        appendMarker((char) (START + type.ordinal()));
        if (type == Inline.Type.LINK) {
            hrefs.add(href);
        }
    }

    /** Appends the end marker of an inline element. */
    void close(Inline.Type type) {
        appendMarker((char) (END + type.ordinal()));
    }

    private void appendMarker(char marker) {
        ensureRoom(1);
        chars[length++] = marker;
    }

    /** Forgets the gathered text and its link targets, for the next block. */
    void clear() {
        length = 0;
        hasContent = false;
        hrefs.clear();
    }

    /** The text and spans of the gathered block (which stays gathered until {@link #clear}). */
    Result extract() {
        if (out.length < length) {
            out = new char[Math.max(length, out.length * 2)];
        }
        int n = 0;
        int link = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c > ' ' && c < 0x7F) { // a run of visible ASCII, kept as it is
                int end = i + 1;
                while (end < length && chars[end] > ' ' && chars[end] < 0x7F) {
                    end++;
                }
                if (space && n > 0) {
                    out[n++] = ' ';
                }
                space = false;
                System.arraycopy(chars, i, out, n, end - i);
                n += end - i;
                i = end - 1;
            } else if (c >= START && c < START + TYPES.length) {
                int type = c - START;
                String href = type == Inline.Type.LINK.ordinal() && link < hrefs.size() ? hrefs.get(link++) : null;
                open.push(new Open(type, n + (space && n > 0 ? 1 : 0), href));
            } else if (c >= END && c < END + TYPES.length) {
                close(open, spans, c - END, n);
            } else if (Texts.isSpace(c)) {
                space = true;
            } else if (c < 0x80 || Character.getType(c) != Character.FORMAT || c == '\u200C' || c == '\u200D') {
                if (space && n > 0) {
                    out[n++] = ' ';
                }
                space = false;
                out[n++] = c;
            }
        }
        if (!open.isEmpty()) {
            open.clear();
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Inline> inlines = List.copyOf(spans);
        spans.clear();
        return new Result(new String(out, 0, n), inlines);
    }

    private static void close(Deque<Open> open, List<Inline> spans, int type, int end) {
        for (var it = open.iterator(); it.hasNext(); ) {
            Open o = it.next();
            if (o.type() == type) {
                it.remove();
                if (end > o.start()) {
                    spans.add(new Inline(o.start(), end, TYPES[type], o.href()));
                }
                return;
            }
        }
    }

    /** The gathered text without any marker. */
    String plain() {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < START || c >= END + TYPES.length) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void ensureRoom(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }
}
