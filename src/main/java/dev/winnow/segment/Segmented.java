package dev.winnow.segment;

import dev.winnow.rule.Block;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a segmenter cut.
 *
 * @param blocks  the blocks, indexed from 0
 * @param warning why segmentation stopped early (a limit was reached), or {@code null}
 */
public record Segmented(List<Block> blocks, @Nullable String warning) {
    /** Copies the blocks. */
    public Segmented {
        blocks = List.copyOf(blocks);
    }
}
