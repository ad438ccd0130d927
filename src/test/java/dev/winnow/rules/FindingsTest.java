package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.RuleSet;
import dev.winnow.model.Article;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Byline;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Later rules read what the byline rule recognised, so replacing it changes what they read. */
class FindingsTest {
    private static final String PAGE = String.join("\n\n", "Budget delayed again", "By Jane Doe",
            SampleProse.FIRST, SampleProse.SECOND, "Related articles", "Bridge to close for a year",
            "By John Roe", "New library opens in the spring", "By Ann Lee") + "\n";

    /** A byline rule that reads "By X" lines as written by the news desk. */
    private static final class DeskBylineRule implements Rule {
        @Override public String id() { return "test.desk-byline"; }
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public void apply(Draft draft) {
            for (Block b : draft.blocks()) {
                if (b.isBody() && b.text().startsWith("By ")) {
                    draft.mark(b, Role.BYLINE, "desk byline", new Byline(List.of("News Desk"), null));
                }
            }
        }
    }

    @Test
    void metadataAndRelatedItemsTakeTheAuthorsTheBylineRuleRead() {
        Article a = Cleaner.standard().clean(Input.text(PAGE));
        assertThat(a.metadata().authors()).containsExactly("Jane Doe");
        assertThat(a.related()).extracting(RelatedItem::author).containsExactly("John Roe", "Ann Lee");
    }

    @Test
    void aReplacedBylineRuleChangesTheAuthorsOfMetadataAndRelatedItems() {
        RuleSet rules = RuleSet.standard().replace(StandardRules.BYLINE, new DeskBylineRule());
        Article a = Cleaner.builder().rules(rules).build().clean(Input.text(PAGE));
        assertThat(a.metadata().authors()).containsExactly("News Desk");
        assertThat(a.related()).extracting(RelatedItem::author).containsExactly("News Desk", "News Desk");
    }
}
