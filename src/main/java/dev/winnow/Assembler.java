package dev.winnow;

import dev.winnow.internal.Texts;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.Heading;
import dev.winnow.model.InputInfo;
import dev.winnow.model.Metadata;
import dev.winnow.model.Removed;
import dev.winnow.model.Section;
import dev.winnow.model.Status;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.MetadataField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a finished draft into an {@link Article}. Fixed code, not a rule: it only reads the roles
 * and kinds the rules decided.
 *
 * <p>Body blocks become sections (a heading opens a new one; consecutive list items of one list
 * become one list, consecutive rows of one table one table, captions figures); every other block
 * becomes a {@link Removed} entry with its role and deciding rule.
 *
 * <p>Confidence, in [0, 1], rounded to two decimals: {@code 0.6 * min(1, words / 250)} (enough body
 * text) {@code + 0.25 * proseShare} (share of body words in blocks that end like sentences)
 * {@code + 0.15 * endingScore} (1 complete, 0.6 truncated, 0.3 unknown); 0 for an empty body.
 */
final class Assembler {
    /** Body words from which the length part of the confidence is full. */
    static final int CONFIDENT_WORDS = 250;

    private Assembler() {}

    /**
     * Assembles the article of a finished draft.
     *
     * @param draft    the draft
     * @param warnings what the input side noticed
     * @param input    how the input was read
     * @param partial  whether a limit was reached
     */
    static Article assemble(Draft draft, List<String> warnings, InputInfo input, boolean partial) {
        List<Section> sections = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        Heading heading = null;
        List<BodyBlock> blocks = new ArrayList<>();
        List<Block> all = draft.blocks();
        int words = 0;
        int proseWords = 0;
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            if (!b.isBody()) {
                removed.add(new Removed(b.text(), b.role(), b.roleRule()));
                continue;
            }
            words += b.words();
            if (Texts.endsWithTerminal(b.text())) {
                proseWords += b.words();
            }
            switch (b.kind()) {
                case HEADING -> {
                    if (heading != null || !blocks.isEmpty()) {
                        sections.add(new Section(heading, blocks));
                    }
                    heading = new Heading(b.text(), Math.max(1, Math.min(6, b.level() == 0 ? 2 : b.level())));
                    blocks = new ArrayList<>();
                }
                case LIST_ITEM, TABLE_ROW -> {
                    int end = groupEnd(all, i);
                    List<String> items = new ArrayList<>();
                    for (int j = i; j < end; j++) {
                        if (all.get(j).isBody()) {
                            items.add(all.get(j).text());
                            if (j > i) {
                                words += all.get(j).words();
                            }
                        } else {
                            removed.add(new Removed(all.get(j).text(), all.get(j).role(), all.get(j).roleRule()));
                        }
                    }
                    blocks.add(b.kind() == Kind.LIST_ITEM ? new BodyBlock.ItemList(b.ordered(), items)
                            : new BodyBlock.Table(items.stream().map(r -> Arrays.asList(r.split("\t", -1))).toList()));
                    i = end - 1;
                }
                case QUOTE -> blocks.add(new BodyBlock.Quote(b.text(), b.inlines()));
                case PREFORMATTED -> blocks.add(new BodyBlock.Preformatted(b.text()));
                case CAPTION -> blocks.add(new BodyBlock.Figure(b.text(), b.origin().href()));
                case PARAGRAPH -> blocks.add(new BodyBlock.Paragraph(b.text(), b.inlines()));
            }
        }
        if (heading != null || !blocks.isEmpty()) {
            sections.add(new Section(heading, blocks));
        }
        Metadata metadata = new Metadata(draft.metadata(MetadataField.TITLE), draft.authors(),
                draft.metadata(MetadataField.PUBLISHED), draft.metadata(MetadataField.MODIFIED),
                draft.metadata(MetadataField.SITE_NAME), draft.metadata(MetadataField.LANGUAGE),
                draft.metadata(MetadataField.CANONICAL_URL), draft.metadata(MetadataField.IMAGE),
                draft.metadata(MetadataField.DESCRIPTION), draft.metadata(MetadataField.NEXT_PAGE_URL),
                draft.metadata(MetadataField.SINGLE_PAGE_URL), draft.metadata(MetadataField.SPONSORED) != null,
                draft.provenance());
        Status status = partial ? Status.PARTIAL : sections.isEmpty() ? Status.EMPTY : Status.OK;
        return new Article(metadata, sections, draft.ending(), draft.related(), removed,
                confidence(words, proseWords, draft.ending()), status, warnings, input);
    }

    /** The end (exclusive) of the run of list items or table rows of one group starting at {@code start}. */
    private static int groupEnd(List<Block> all, int start) {
        Block first = all.get(start);
        int j = start + 1;
        while (j < all.size() && all.get(j).kind() == first.kind() && all.get(j).listId() == first.listId()) {
            j++;
        }
        return j;
    }

    static double confidence(int words, int proseWords, Ending ending) {
        if (words == 0) {
            return 0;
        }
        double endingScore = switch (ending.status()) {
            case COMPLETE -> 1.0;
            case TRUNCATED -> 0.6;
            case UNKNOWN -> 0.3;
        };
        double c = 0.6 * Math.min(1.0, words / (double) CONFIDENT_WORDS) + 0.25 * proseWords / words
                + 0.15 * endingScore;
        return Math.round(Math.min(1.0, c) * 100) / 100.0;
    }
}
