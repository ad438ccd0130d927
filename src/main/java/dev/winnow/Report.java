package dev.winnow;

import dev.winnow.model.Article;
import dev.winnow.rule.Decision;
import java.util.List;

/**
 * The result of {@link Cleaner#explain(Input)}: the article and every decision that produced it.
 *
 * @param article the cleaned article
 * @param trace   the decisions in the order they were taken
 */
public record Report(Article article, List<Decision> trace) {
    /** Copies the trace. */
    public Report {
        trace = List.copyOf(trace);
    }
}
