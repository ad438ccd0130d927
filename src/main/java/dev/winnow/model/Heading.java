package dev.winnow.model;

import java.util.Objects;

/**
 * A section heading with its original level.
 *
 * @param text  the heading text, never blank
 * @param level the level from 1 to 6 as on the page (headings found in flattened text get level 2)
 */
public record Heading(String text, int level) {
    /** Validates the level and text. */
    public Heading {
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1..6, was " + level);
        }
    }
}
