package dev.winnow.model;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Inline markup inside a block's text: a link or emphasis over the characters
 * {@code [start, end)}.
 *
 * @param start the first character, from 0
 * @param end   one past the last character
 * @param type  what the markup is
 * @param href  the absolute link target for {@link Type#LINK}, else {@code null}
 */
public record Inline(int start, int end, Type type, @Nullable String href) {

    /** The kinds of inline markup kept. */
    public enum Type {
        /** A hyperlink. */
        LINK,
        /** Emphasis ({@code <em>}, {@code <i>}). */
        EMPHASIS,
        /** Strong importance ({@code <strong>}, {@code <b>}). */
        STRONG,
        /** Inline code ({@code <code>}). */
        CODE;

        /** The lower-case name used in JSON. @return the label */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the range. */
    public Inline {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad inline range [" + start + ", " + end + ")");
        }
    }
}
