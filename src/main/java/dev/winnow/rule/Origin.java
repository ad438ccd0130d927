package dev.winnow.rule;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Where a block came from, and the features of its source that rules may look at.
 *
 * @param tagPath     for HTML, the element path such as {@code body>div.story>p}; empty for text
 * @param tokens      lower-case class and id tokens of the block's element and its ancestors
 * @param linkDensity the share of the block's characters inside links, in [0, 1]
 * @param href        the link target when the whole block is one link; for a figure caption, the
 *                    figure's image; else {@code null}
 * @param hidden      whether the element is hidden ({@code hidden}, {@code aria-hidden}, {@code display:none})
 * @param line        for text input, the 1-based first source line; for HTML, 0
 * @param element     for HTML, the block-level element the text came from (read it, never change it:
 *                    see {@link Source}); {@code null} for text
 */
public record Origin(String tagPath, Set<String> tokens, double linkDensity, @Nullable String href,
        boolean hidden, int line, @Nullable Element element) {

    /** Copies the tokens. */
    public Origin {
        tokens = Set.copyOf(tokens);
    }

    /**
     * The origin of a block of flattened text.
     *
     * @param line the 1-based source line
     * @return the origin
     */
    public static Origin textLine(int line) {
        return new Origin("", Set.of(), 0, null, false, line, null);
    }
}
