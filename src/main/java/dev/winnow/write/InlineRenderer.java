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
        for (Inline i : sorted(inlines, text.length())) {
            while (!stack.isEmpty() && stack.get(stack.size() - 1).end() <= i.start()) {
                stack.remove(stack.size() - 1);
            }
            boolean nested = stack.isEmpty() || i.end() <= stack.get(stack.size() - 1).end();
            boolean insideCode = stack.stream().anyMatch(s -> s.type() == Inline.Type.CODE);
            if (nested && !insideCode) {
                kept.add(i);
                stack.add(i);
            }
        }
        StringBuilder out = new StringBuilder();
        render(text, 0, text.length(), kept, 0, escape, markup, out);
        return out.toString();
    }

    /** Renders text[from, to) with the kept spans starting at index k that lie inside it. */
    private static int render(String text, int from, int to, List<Inline> kept, int k, UnaryOperator<String> escape,
            Markup markup, StringBuilder out) {
        int pos = from;
        while (k < kept.size() && kept.get(k).start() < to) {
            Inline i = kept.get(k);
            out.append(escape.apply(text.substring(pos, i.start())));
            out.append(markup.open(i));
            if (i.type() == Inline.Type.CODE) {
                out.append(markup.code(text.substring(i.start(), i.end())));
                k++;
                while (k < kept.size() && kept.get(k).start() < i.end()) {
                    k++;
                }
            } else {
                k = render(text, i.start(), i.end(), kept, k + 1, escape, markup, out);
            }
            out.append(markup.close(i));
            pos = i.end();
        }
        out.append(escape.apply(text.substring(pos, to)));
        return k;
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
