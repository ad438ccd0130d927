package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.DocumentDraft;
import dev.winnow.rule.DocumentRule;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rules.StandardRules;
import dev.winnow.rules.TruncatedEndingRule;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    /** A minimal rule with a given id and phase that does nothing. */
    record NoopRule(String id, Phase phase) implements Rule {
        @Override
        public void apply(Draft draft) {}
    }

    /** A rule that marks every block containing a word as boilerplate (to observe that it runs). */
    record NoopDocumentRule(String id, Phase phase) implements DocumentRule {
        @Override public void edit(DocumentDraft draft) {}
    }

    record MarkingRule(String id, Phase phase, String word) implements Rule {
        @Override
        public void apply(Draft draft) {
            for (Block b : draft.blocks()) {
                if (b.isBody() && b.text().contains(word)) {
                    draft.mark(b, Role.BOILERPLATE, "contains " + word);
                }
            }
        }
    }

    @Test
    void standardIdsAreUniqueAndInPhaseOrder() {
        RuleSet standard = RuleSet.standard();
        List<String> ids = standard.ids();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).hasSize(StandardRules.all().size());
        assertThat(ids).contains(StandardRules.SEPARATOR_LINES, StandardRules.HIDDEN_BLOCKS,
                StandardRules.BOILERPLATE_LINES, StandardRules.TEASER_LINES, StandardRules.BYLINE,
                StandardRules.DATELINE, StandardRules.NAVIGATION_LINES, StandardRules.LAYOUT_BLOCKS,
                StandardRules.HEADING_LINES, StandardRules.INLINE_RELATED, StandardRules.RELATED_LISTS,
                StandardRules.COMMENTS_TAIL, StandardRules.HEADLINE, StandardRules.MAIN_ZONE,
                StandardRules.TRUNCATED_ENDING, StandardRules.HTML_METADATA, StandardRules.BLOCK_METADATA,
                StandardRules.LANGUAGE, StandardRules.TITLE_HEADING_DEDUPE);
        List<Rule> rules = standard.rules();
        for (int i = 1; i < rules.size(); i++) {
            assertThat(rules.get(i - 1).phase()).as("phase of %s before %s", rules.get(i - 1).id(), rules.get(i).id())
                    .isLessThanOrEqualTo(rules.get(i).phase());
        }
        // The documented default order is kept within each phase.
        assertThat(ids).isEqualTo(StandardRules.all().stream().map(Rule::id).toList());
        for (Rule r : rules) {
            assertThat(r.description()).as("description of %s", r.id()).isNotBlank();
        }
    }

    @Test
    void standardReturnsFreshButEqualSets() {
        assertThat(RuleSet.standard().ids()).isEqualTo(RuleSet.standard().ids());
        assertThat(RuleSet.empty().ids()).isEmpty();
    }

    @Test
    void withAppendsAtTheEndOfItsPhaseAndLeavesTheOriginalUnchanged() {
        RuleSet original = RuleSet.standard();
        List<String> before = original.ids();
        RuleSet extended = original.with(new NoopRule("acme.classify-last", Phase.CLASSIFY));

        assertThat(original.ids()).isEqualTo(before);
        assertThat(original.contains("acme.classify-last")).isFalse();
        assertThat(extended).isNotSameAs(original);
        assertThat(extended.contains("acme.classify-last")).isTrue();
        List<String> ids = extended.ids();
        assertThat(ids).hasSize(before.size() + 1);
        // after the last standard CLASSIFY rule, before the first ZONE rule
        assertThat(ids.indexOf("acme.classify-last")).isEqualTo(ids.indexOf(StandardRules.HEADING_LINES) + 1);
        assertThat(ids.indexOf(StandardRules.INLINE_RELATED)).isEqualTo(ids.indexOf("acme.classify-last") + 1);
    }

    @Test
    void insertBeforeAndAfterPlaceTheRuleNextToTheAnchor() {
        RuleSet original = RuleSet.standard();
        List<String> before = original.ids();

        RuleSet b = original.insertBefore(StandardRules.MAIN_ZONE, new NoopRule("acme.before-zone", Phase.ZONE));
        assertThat(b.ids().indexOf("acme.before-zone")).isEqualTo(b.ids().indexOf(StandardRules.MAIN_ZONE) - 1);

        RuleSet a = original.insertAfter(StandardRules.BYLINE, new NoopRule("acme.after-byline", Phase.CLASSIFY));
        assertThat(a.ids().indexOf("acme.after-byline")).isEqualTo(a.ids().indexOf(StandardRules.BYLINE) + 1);

        assertThat(original.ids()).isEqualTo(before);
        assertThat(a.ids()).hasSize(before.size() + 1);
        assertThat(b.ids()).hasSize(before.size() + 1);
    }

    @Test
    void replaceKeepsThePlaceAndLeavesTheOriginalUnchanged() {
        RuleSet original = RuleSet.standard();
        Rule oldRule = original.rules().get(original.ids().indexOf(StandardRules.TRUNCATED_ENDING));
        TruncatedEndingRule replacement = TruncatedEndingRule.standard()
                .withPartial(TruncatedEndingRule.Partial.DROP);

        RuleSet replaced = original.replace(StandardRules.TRUNCATED_ENDING, replacement);

        assertThat(replaced.ids()).isEqualTo(original.ids());
        assertThat(replaced.rules().get(replaced.ids().indexOf(StandardRules.TRUNCATED_ENDING))).isSameAs(replacement);
        assertThat(original.rules().get(original.ids().indexOf(StandardRules.TRUNCATED_ENDING))).isSameAs(oldRule);
    }

    @Test
    void replaceWithRuleOfAnotherIdAndPhaseRunsInTheNewPhase() {
        RuleSet replaced = RuleSet.standard().replace(StandardRules.COMMENTS_TAIL,
                new NoopRule("acme.late", Phase.STRUCTURE));
        assertThat(replaced.contains(StandardRules.COMMENTS_TAIL)).isFalse();
        // it keeps its place in set order, which puts it first among the STRUCTURE rules
        assertThat(replaced.ids()).endsWith("acme.late", StandardRules.TITLE_HEADING_DEDUPE);
    }

    @Test
    void withoutRemovesOneRuleAndLeavesTheOriginalUnchanged() {
        RuleSet original = RuleSet.standard();
        RuleSet without = original.without(StandardRules.COMMENTS_TAIL);
        assertThat(without.contains(StandardRules.COMMENTS_TAIL)).isFalse();
        assertThat(without.ids()).hasSize(original.ids().size() - 1);
        assertThat(original.contains(StandardRules.COMMENTS_TAIL)).isTrue();
    }

    @Test
    void rulesListIsUnmodifiable() {
        RuleSet set = RuleSet.standard();
        assertThatThrownBy(() -> set.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void malformedIdsAreRejectedWithTheIdInTheMessage() {
        for (String bad : List.of("Bad_Id", "BadId", "bad id", "bad--id", "-bad", "bad-", "acme..rule", ".rule",
                "rule.", "")) {
            assertThatThrownBy(() -> RuleSet.standard().with(new NoopRule(bad, Phase.CLASSIFY)))
                    .as("id '%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> RuleSet.of(List.of(new NoopRule("Bad_Id", Phase.ZONE))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad_Id");
    }

    @Test
    void dottedVendorIdsAreAccepted() {
        RuleSet set = RuleSet.standard()
                .with(new NoopRule("acme.podcast-promo", Phase.CLASSIFY))
                .with(new NoopRule("acme.sites.byline-2", Phase.METADATA))
                .with(new NoopRule("x1", Phase.ZONE));
        assertThat(set.ids()).contains("acme.podcast-promo", "acme.sites.byline-2", "x1");
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> RuleSet.standard().with(new NoopRule(StandardRules.BYLINE, Phase.CLASSIFY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StandardRules.BYLINE);
        RuleSet once = RuleSet.standard().with(new NoopRule("acme.twice", Phase.ZONE));
        assertThatThrownBy(() -> once.with(new NoopRule("acme.twice", Phase.METADATA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme.twice");
        assertThatThrownBy(() -> once.insertAfter(StandardRules.MAIN_ZONE, new NoopRule("acme.twice", Phase.ZONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme.twice");
        // replacing a rule by one with the id of another rule also makes a duplicate
        assertThatThrownBy(() -> RuleSet.standard().replace(StandardRules.COMMENTS_TAIL,
                new NoopRule(StandardRules.MAIN_ZONE, Phase.ZONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StandardRules.MAIN_ZONE);
    }

    @Test
    void unknownIdsAndAnchorsAreRejected() {
        RuleSet set = RuleSet.standard();
        Rule rule = new NoopRule("acme.extra", Phase.ZONE);
        assertThatThrownBy(() -> set.without("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
        assertThatThrownBy(() -> set.replace("no-such-rule", rule))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-rule");
        assertThatThrownBy(() -> set.insertBefore("no-such-anchor", rule))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-anchor");
        assertThatThrownBy(() -> set.insertAfter("no-such-anchor", rule))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-anchor");
        assertThatThrownBy(() -> set.without(StandardRules.BYLINE).without(StandardRules.BYLINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StandardRules.BYLINE);
    }

    @Test
    void insertingNextToARuleOfAnotherPhaseIsRejected() {
        RuleSet set = RuleSet.standard();
        assertThatThrownBy(() -> set.insertBefore(StandardRules.MAIN_ZONE,
                new NoopRule("acme.classifier", Phase.CLASSIFY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme.classifier")
                .hasMessageContaining(StandardRules.MAIN_ZONE);
        assertThatThrownBy(() -> set.insertAfter(StandardRules.BYLINE, new NoopRule("acme.meta", Phase.METADATA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme.meta");
    }

    @Test
    void rulesRunInPhaseOrderWhateverTheOrderTheyWereGiven() {
        // A STRUCTURE rule given first still runs after a CLASSIFY rule given later: the CLASSIFY rule
        // removes the line, so the STRUCTURE rule (which would mark it as boilerplate) finds nothing.
        RuleSet set = RuleSet.of(List.of(new MarkingRule("acme.late", Phase.STRUCTURE, "promo"),
                new MarkingRule("acme.early", Phase.CLASSIFY, "promo")));
        assertThat(set.ids()).containsExactly("acme.early", "acme.late");
        Report report = Cleaner.builder().rules(set).build()
                .explain(Input.text("A promo line\nSome words of the article body."));
        assertThat(report.article().removed()).singleElement()
                .satisfies(r -> assertThat(r.rule()).isEqualTo("acme.early"));
    }

    @Test
    void aDocumentRuleCannotBeRegisteredAsABlockRuleNorABlockRuleAsADocumentRule() {
        assertThat(RuleSet.standard().with(new NoopDocumentRule("acme.edit", Phase.PREPARE)).ids()).contains("acme.edit");
        assertThatThrownBy(() -> RuleSet.standard().with(new NoopDocumentRule("acme.edit", Phase.CLASSIFY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("document rule 'acme.edit'");
        assertThatThrownBy(() -> RuleSet.standard().with(new NoopRule("acme.early", Phase.PREPARE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a DocumentRule");
    }
}
