package dev.winnow.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.RuleSet;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.model.Section;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rules.StandardRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uses Winnow only through its public API, from a package outside {@code dev.winnow}, the way a
 * library user would: a user rule, a derived rule set and the README usage.
 */
class PublicApiTest {

    /** The user rule of the README: podcast promos are boilerplate. */
    static final class PodcastPromoRule implements Rule {
        @Override public String id() { return "acme.podcast-promo"; }
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public String description() { return "Removes podcast promos."; }
        @Override public void apply(Draft draft) {
            for (Block block : draft.blocks()) {
                if (block.isBody() && block.text().startsWith("Listen to our podcast")) {
                    draft.mark(block, Role.BOILERPLATE, "podcast promo");
                }
            }
        }
    }

    private static final String PAGE = String.join("\n",
            "The city council approved the new transport budget on Tuesday after a long debate about the cost "
                    + "of the planned tram line and the bus lanes in the centre.",
            "Listen to our podcast: The Council Hour, every Friday",
            "Officials said construction would start next spring and that the first trams should carry "
                    + "passengers within three years if the national government keeps its promises.");

    @Test
    void userRuleAddedWithWithRemovesItsLines() {
        RuleSet rules = RuleSet.standard().with(new PodcastPromoRule());
        assertThat(rules.ids()).contains("acme.podcast-promo");
        Cleaner cleaner = Cleaner.builder().rules(rules).build();

        Article article = cleaner.clean(Input.text(PAGE));

        assertThat(article.removed()).contains(new Removed("Listen to our podcast: The Council Hour, every Friday",
                Role.BOILERPLATE, "acme.podcast-promo"));
        assertThat(article.bodyText()).doesNotContain("podcast").contains("city council").contains("first trams");

        // without the rule the standard cleaner keeps the line
        assertThat(Cleaner.standard().clean(Input.text(PAGE)).bodyText()).contains("Listen to our podcast");
    }

    @Test
    void readmeUsageCompilesAndWorks() throws Exception {
        String scraped = Files.readString(Path.of("testdata", "xi-russia.txt"), StandardCharsets.UTF_8);

        Article article = Cleaner.standard().clean(Input.text(scraped));
        boolean truncated = article.ending().truncated();   // true when the last paragraph was cut off
        List<RelatedItem> related = article.related();     // the items of a trailing "Related News" list

        assertThat(truncated).isTrue();
        assertThat(article.ending().status()).isEqualTo(Ending.Status.TRUNCATED);
        assertThat(related).isNotEmpty();
        assertThat(related.get(0).title()).isEqualTo("LMZH Academy Sports: Your Guide To Southside Blvd Location");
        assertThat(article.metadata().language()).isEqualTo("en");
        assertThat(article.confidence()).isBetween(0.0, 1.0);

        // walking the model the way a renderer would
        StringBuilder headings = new StringBuilder();
        for (Section section : article.sections()) {
            if (section.heading() != null) {
                headings.append(section.heading().level()).append(' ').append(section.heading().text()).append('\n');
            }
            for (BodyBlock block : section.blocks()) {
                String text;
                if (block instanceof BodyBlock.Paragraph p) {
                    text = p.text();
                } else if (block instanceof BodyBlock.ItemList l) {
                    text = String.join("\n", l.items());
                } else {
                    text = block.plainText();
                }
                assertThat(block.type()).isIn("paragraph", "list", "quote", "preformatted", "table", "figure");
                assertThat(text).isNotNull();
            }
        }
        assertThat(headings.toString()).contains("2 The Strategic Alignment");
    }

    @Test
    void readmeRuleSetExampleCompiles() {
        RuleSet rules = RuleSet.standard()
                .with(new PodcastPromoRule())
                .without(StandardRules.COMMENTS_TAIL);
        assertThat(rules.contains(StandardRules.COMMENTS_TAIL)).isFalse();
        assertThat(rules.contains("acme.podcast-promo")).isTrue();
        assertThat(Cleaner.builder().rules(rules).build().rules().ids()).isEqualTo(rules.ids());
    }
}
