package dev.winnow;

import dev.winnow.model.Article;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link Cleaner#explain(Input)}: the article, every decision that produced it, and
 * the page's blocks as the rules left them (what {@code dev.winnow.write.ReportWriter} shows).
 *
 * @param article the cleaned article
 * @param trace   the decisions in the order they were taken
 * @param blocks  every block of the page in page order, kept and removed; their indexes are the
 *                ones {@link Decision#block()} refers to (empty for an unsupported input)
 */
public record Report(Article article, List<Decision> trace, List<Report.Segment> blocks) {
    /** Copies the trace and the blocks. */
    public Report {
        trace = List.copyOf(trace);
        blocks = List.copyOf(blocks);
    }

    /**
     * A report without blocks.
     *
     * @param article the cleaned article
     * @param trace   the decisions in the order they were taken
     */
    public Report(Article article, List<Decision> trace) {
        this(article, trace, List.of());
    }

    /** The report of a finished draft, with a snapshot of its blocks unless {@code draft} is {@code null}. */
    static Report of(Article article, List<Decision> trace, @Nullable Draft draft) {
        return new Report(article, trace, draft == null ? List.of() : draft.blocks().stream().map(Segment::of).toList());
    }

    /**
     * One block of the page as the rules left it.
     *
     * @param index the block's index, from 0, as in {@link Decision#block()}
     * @param text  its text, after any rewrite
     * @param kind  its structural kind
     * @param level the heading level (1..6) for a heading, else 0
     * @param role  its role: {@link Role#BODY} when it is kept
     * @param rule  the id of the rule that set the role, or empty when no rule did
     * @param path  where it came from: for HTML the element path (such as {@code body>div.story>p}),
     *              for text {@code line N}
     */
    public record Segment(int index, String text, Kind kind, int level, Role role, String rule, String path) {
        private static Segment of(Block b) {
            String path = b.origin().element() != null || b.origin().line() == 0 ? b.origin().tagPath()
                    : "line " + b.origin().line();
            return new Segment(b.index(), b.text(), b.kind(), b.level(), b.role(), b.roleRule(), path);
        }

        /** Whether the block is part of the body. @return true for {@link Role#BODY} */
        public boolean kept() {
            return role == Role.BODY;
        }
    }
}
