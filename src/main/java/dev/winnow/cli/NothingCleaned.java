package dev.winnow.cli;

import dev.winnow.model.Article;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.model.Status;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Why a cleaned page has nothing to show, in one line: an input that is not HTML or text (binary
 * data, an image, an archive), an empty input, an input without text, or a page whose every block
 * a rule removed. The command line prints it and exits with {@link Main#NOTHING_CLEANED}; {@code
 * batch} lists such a page as skipped.
 */
final class NothingCleaned {
    private NothingCleaned() {}

    /**
     * The reason, or {@code null} when the article has a body.
     *
     * @param article the cleaned page
     * @return the reason, or {@code null}
     */
    static @Nullable String reason(Article article) {
        if (article.status() == Status.UNSUPPORTED) {
            return "unsupported input: " + article.input().mediaType() + ", not HTML or text";
        }
        if (!article.isEmpty()) {
            return null;
        }
        if (article.input().bytes() == 0) {
            return "empty input (0 bytes)";
        }
        if (article.removed().isEmpty()) {
            return "no text in the input";
        }
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        for (Removed r : article.removed()) {
            roles.merge(r.role(), 1, Integer::sum);
        }
        String counts = roles.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        return "no article text found: all " + article.removed().size() + " blocks were removed (" + counts
                + "); --format report shows why";
    }
}
