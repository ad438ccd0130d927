package dev.winnow.reading;

import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import org.jspecify.annotations.Nullable;

/**
 * The first date of each block's text ({@link Dates#find(String)}), found once per draft and
 * shared by the rules that read dates from short lines: the dateline rule, then the related lists
 * with their meta lines. A block's date is found again when its text has changed. A draft and its
 * dates belong to one thread.
 */
public final class BlockDates {
    /** The text each date was found in, by block index; {@code null} where none was looked for. */
    private final String[] texts;
    private final Dates.Found[] dates;

    private BlockDates(Draft draft) {
        texts = new String[draft.blocks().size()];
        dates = new Dates.Found[texts.length];
    }

    /**
     * The dates of a draft's blocks.
     *
     * @param draft the draft
     * @return the dates, shared by the rules that run on the draft
     */
    public static BlockDates of(Draft draft) {
        return draft.derived(BlockDates.class, BlockDates::new);
    }

    /**
     * The first date of a block's text, as {@link Dates#find(String)} finds it.
     *
     * @param block a block of the draft
     * @return the date with its span, or {@code null}
     */
    public Dates.@Nullable Found find(Block block) {
        int i = block.index();
        if (texts[i] != block.text()) {
            dates[i] = Dates.find(block.text());
            texts[i] = block.text();
        }
        return dates[i];
    }
}
