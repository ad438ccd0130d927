package dev.winnow.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run of body blocks under one heading. The lead section (text before the first heading) has no
 * heading.
 *
 * @param heading the heading, or {@code null} for the lead section
 * @param blocks  the blocks in page order
 */
public record Section(@Nullable Heading heading, List<BodyBlock> blocks) {
    /** Copies the blocks. */
    public Section {
        blocks = List.copyOf(blocks);
    }
}
