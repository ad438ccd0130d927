package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RelatedListsRuleTest {
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String TEASER = "A new bakery has opened on the high street, and the queue reached the"
            + " station.";

    @Test
    void inTextARelatedHeadingWithoutItemsAfterProseIsALabel() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\n" + SECOND + "\n\nRelated articles\n\n" + TEASER + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.removed()).filteredOn(r -> r.text().equals("Related articles"))
                .extracting(Removed::role, Removed::rule)
                .containsExactly(Tuple.tuple(Role.BOILERPLATE, StandardRules.RELATED_LISTS));
        assertThat(a.bodyText()).contains(SECOND).doesNotContain(TEASER);
    }
}
