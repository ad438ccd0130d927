package dev.winnow.rule;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A byline as the rule that marked it read it: the {@code byline} rule attaches one to each line it
 * marks {@link dev.winnow.model.Role#BYLINE}, and so does the {@code furniture-elements} rule to
 * the blocks of an author element; the metadata and related-list rules take author names from it.
 *
 * @param authors the names after the byline prefix ("By Jane Doe and John Roe" gives both), in
 *                order; empty when the line names nobody after a prefix: a prefix alone on its line,
 *                or the line below it
 * @param name    when {@code authors} is empty, the whole line if it reads as a person's name (the
 *                name on the line below a lone "By"); else {@code null}
 */
public record Byline(List<String> authors, @Nullable String name) implements Finding {
    /**
     * Copies the names.
     *
     * @param authors the names after the byline prefix
     * @param name    the line as a name, or {@code null}
     */
    public Byline {
        authors = List.copyOf(authors);
    }
}
