package dev.winnow.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Another article that the page links to from a related, latest or most-read list. Every field but
 * the title is optional and stays {@code null} when the page does not show it.
 *
 * @param title  the headline
 * @param url    the link target, absolute when the page URL is known
 * @param author the author shown next to the item
 * @param date   the date shown next to the item
 * @param views  the view count shown next to the item
 */
public record RelatedItem(String title, @Nullable String url, @Nullable String author,
        @Nullable LocalDate date, @Nullable Long views) {
    /** Requires a title. */
    public RelatedItem {
        Objects.requireNonNull(title, "title");
    }

    /** An item known only by its headline. @param title the headline @return the item */
    public static RelatedItem titled(String title) {
        return new RelatedItem(title, null, null, null, null);
    }
}
