package dev.winnow.write;

import dev.winnow.model.Ending;
import dev.winnow.model.RelatedItem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wording every format shares for what follows the body: the note on a truncated ending and
 * the details of a related item. Stateless.
 */
final class Notes {
    private Notes() {}

    /**
     * The note on a truncated ending, such as {@code Truncated (mid-sentence)} or
     * {@code Truncated (char-count, 2829 characters missing)}.
     *
     * @param ending the ending
     * @return the note, or {@code null} when the ending is not truncated
     */
    static @Nullable String truncation(Ending ending) {
        if (!ending.truncated()) {
            return null;
        }
        String missing = ending.missingChars() == null ? "" : ", " + ending.missingChars() + " characters missing";
        return "Truncated (" + ending.kind().label() + missing + ")";
    }

    /**
     * The details shown next to a related item's title, in this order: author, date ({@code yyyy-MM-dd})
     * and {@code N views}; a missing one is left out.
     *
     * @param item the item
     * @return the details, possibly empty
     */
    static List<String> details(RelatedItem item) {
        List<String> details = new ArrayList<>(3);
        if (item.author() != null) {
            details.add(item.author());
        }
        if (item.date() != null) {
            details.add(item.date().toString());
        }
        if (item.views() != null) {
            details.add(item.views() + " views");
        }
        return details;
    }
}
