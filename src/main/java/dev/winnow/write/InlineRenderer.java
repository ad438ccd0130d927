package dev.winnow.write;

import dev.winnow.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders a block's text with its inline markup for the Markdown and HTML writers. Spans that
 * cross each other are left out (only nested or separate spans are rendered); the text between
 * markup goes through the writer's escaping. Stateless.
 */
final class InlineRenderer {
    /** How one output format writes markup. */
    interface Markup {
        String open(Inline inline);

        String close(Inline inline);

        /** The text of a code span, which is not escaped like other text. */
        String code(String text);
    }

    private InlineRenderer() {}

    static String render(String text, List<Inline> inlines, UnaryOperator<String> escape, Markup markup) {
        if (inlines.isEmpty()) {
            return escape.apply(text);
        }
        List<Inline> kept = new ArrayList<>();
        List<Inline> stack = new ArrayList<>();
        int codeSpans = 0; // how many spans on the stack are code
        for (Inline i : sorted(inlines, text.length())) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).end() <= i.start()) {
                codeSpans -= stack.remove(stack.size() - 1).type() == Inline.Type.CODE ? 1 : 0;
            }
            boolean nested = stack.isEmpty() || i.end() <= stack.get(stack.size() - 1).end();
            if (nested && codeSpans == 0) {
                kept.add(i);
                stack.add(i);
                codeSpans += i.type() == Inline.Type.CODE ? 1 : 0;
            }
        }
        StringBuilder out = new StringBuilder();
        List<Inline> open = new ArrayList<>();
        int pos = 0;
        for (int k = 0; k < kept.size(); k++) {
            Inline i = kept.get(k);
            pos = closeUpTo(i.start(), text, pos, open, escape, markup, out);
            out.append(escape.apply(text.substring(pos, i.start()))).append(markup.open(i));
            if (i.type() == Inline.Type.CODE) {
                out.append(markup.code(text.substring(i.start(), i.end()))).append(markup.close(i));
                while (k + 1 < kept.size() && kept.get(k + 1).start() < i.end()) {
                    k++;
                }
                pos = i.end();
            } else {
                open.add(i);
                pos = i.start();
            }
        }
        pos = closeUpTo(text.length(), text, pos, open, escape, markup, out);
        return out.append(escape.apply(text.substring(pos))).toString();
    }

    /**
     * Closes the open spans (innermost last in {@code open}) that end at or before {@code at},
     * writing the text before each end; a loop rather than recursion, so that deeply nested spans
     * cannot overflow the stack.
     *
     * @return the position the text is written up to
     */
    private static int closeUpTo(int at, String text, int pos, List<Inline> open, UnaryOperator<String> escape,
            Markup markup, StringBuilder out) {
        while (!open.isEmpty() && open.get(open.size() - 1).end() <= at) {
            Inline i = open.remove(open.size() - 1);
            out.append(escape.apply(text.substring(pos, i.end()))).append(markup.close(i));
            pos = i.end();
        }
        return pos;
    }

    private static List<Inline> sorted(List<Inline> inlines, int length) {
        List<Inline> list = new ArrayList<>();
        for (Inline i : inlines) {
            if (i.end() <= length) {
                list.add(i);
            }
        }
        list.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return list;
    }
}
