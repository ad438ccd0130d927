package dev.winnow.segment;

import dev.winnow.internal.Texts;
import dev.winnow.model.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Block text with inline markup: while gathering a block's text, the segmenter writes private-use
 * marker characters around links and emphasis; {@link #extract} strips them, collapses whitespace
 * (as {@code Texts.normalizeSpace} does) and returns the spans in the final text's coordinates.
 * Not thread-safe; one per traversal.
 */
final class InlineText {
    private static final char START = '\uE000';
    private static final char END = '\uE010';
    private static final Inline.Type[] TYPES = Inline.Type.values();

    private final List<String> hrefs = new ArrayList<>();
    /** The spans of the block being extracted, and the elements still open (reused from block to block). */
    private final List<Inline> spans = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();

    /** Text without markers and its inline spans. */
    record Result(String text, List<Inline> inlines) {}

    private record Open(int type, int start, String href) {}

    /** Appends the start marker of an inline element (and remembers a link's target). */
    void open(StringBuilder text, Inline.Type type, String href) {
        text.append((char) (START + type.ordinal()));
        if (type == Inline.Type.LINK) {
            hrefs.add(href);
        }
    }

    /** Appends the end marker of an inline element. */
    static void close(StringBuilder text, Inline.Type type) {
        text.append((char) (END + type.ordinal()));
    }

    /** The text and spans of a gathered block; forgets the block's link targets. */
    Result extract(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int link = 0;
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > ' ' && c < 0x7F) { // a run of visible ASCII, kept as it is
                int end = i + 1;
                while (end < raw.length() && raw.charAt(end) > ' ' && raw.charAt(end) < 0x7F) {
                    end++;
                }
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(raw, i, end);
                i = end - 1;
            } else if (c >= START && c < START + TYPES.length) {
                int type = c - START;
                String href = type == Inline.Type.LINK.ordinal() && link < hrefs.size() ? hrefs.get(link++) : null;
                open.push(new Open(type, out.length() + (space && out.length() > 0 ? 1 : 0), href));
            } else if (c >= END && c < END + TYPES.length) {
                close(open, spans, c - END, out.length());
            } else if (Texts.isSpace(c)) {
                space = true;
            } else if (c < 0x80 || Character.getType(c) != Character.FORMAT || c == '\u200C' || c == '\u200D') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        hrefs.clear();
        if (!open.isEmpty()) {
            open.clear();
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Inline> inlines = List.copyOf(spans);
        spans.clear();
        return new Result(out.toString(), inlines);
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

    /** The text without any marker. */
    static String strip(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < START || c >= END + TYPES.length) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
