package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops copies of the article: a long block ({@link #MIN_AGGREGATE_WORDS} words or more) whose word
 * sequences occur almost entirely ({@link #COVERED}) in other blocks, such as the whole article
 * again on one line (print versions, hidden duplicates). Repeated short blocks stay: pages repeat
 * lines on purpose (a meal plan, a refrain).
 */
public final class DuplicateBlocksRule implements Rule {
    /** The fewest words of a block that may be a copy of several others. */
    public static final int MIN_AGGREGATE_WORDS = 60;
    /** Share of a long block's word 4-grams found elsewhere that makes it a copy. */
    public static final double COVERED = 0.8;

    /** Creates the rule. */
    public DuplicateBlocksRule() {}

    @Override public String id() { return StandardRules.DUPLICATE_BLOCKS; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() {
        return "Drops long blocks that copy text found in other blocks (the article again on one line).";
    }

    @Override
    public void apply(Draft draft) {
        List<Block> body = draft.bodyBlocks();
        List<Set<Long>> shingles = new ArrayList<>(body.size());
        Map<Long, Integer> blocksWith = new HashMap<>();
        for (Block b : body) {
            Set<Long> set = shingles(b.text());
            shingles.add(set);
            for (Long s : set) {
                blocksWith.merge(s, 1, Integer::sum);
            }
        }
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            Set<Long> set = shingles.get(i);
            if (b.words() >= MIN_AGGREGATE_WORDS && !set.isEmpty()) {
                long elsewhere = set.stream().filter(s -> blocksWith.get(s) > 1).count();
                if (elsewhere >= COVERED * set.size()) {
                    draft.mark(b, Role.BOILERPLATE, "copies text of other blocks");
                    for (Long s : set) {
                        blocksWith.merge(s, -1, Integer::sum);
                    }
                }
            }
        }
    }

    /** Hashes of the word 4-grams of a text (case-folded). */
    private static Set<Long> shingles(String text) {
        String[] words = dev.winnow.internal.Texts.split(Fold.line(text), cp -> !dev.winnow.internal.Texts.isLetterOrNumber(cp));
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + 3 < words.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + 4; k++) {
                h = 31 * h + words[k].hashCode();
            }
            set.add(h);
        }
        return set;
    }
}
