package dev.winnow;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;

/**
 * A rule pack registered in {@code src/test/resources/META-INF/services/dev.winnow.RulePack} for
 * {@link CleanerTest}: it is only used by cleaners that call {@code discoverRulePacks()}, and its
 * rule only touches a line that no real page contains.
 */
public final class DiscoveredTestPack implements RulePack {
    /** The id of the rule this pack adds. */
    public static final String RULE_ID = "winnow-test.discovered-marker";
    /** The only line the rule acts on. */
    public static final String MARKER_LINE = "WINNOW DISCOVERED PACK MARKER LINE";

    /** ServiceLoader needs a public no-argument constructor. */
    public DiscoveredTestPack() {}

    @Override
    public String name() {
        return "winnow-test-discovered";
    }

    @Override
    public void extend(Cleaner.Builder builder) {
        builder.rules(builder.rules().with(new MarkerRule()));
    }

    /** Marks the marker line as boilerplate. */
    static final class MarkerRule implements Rule {
        @Override
        public String id() {
            return RULE_ID;
        }

        @Override
        public Phase phase() {
            return Phase.CLASSIFY;
        }

        @Override
        public void apply(Draft draft) {
            for (Block b : draft.blocks()) {
                if (b.isBody() && b.text().equals(MARKER_LINE)) {
                    draft.mark(b, Role.BOILERPLATE, "discovered test pack marker");
                }
            }
        }
    }
}
