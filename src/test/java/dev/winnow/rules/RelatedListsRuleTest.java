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
    private static final String FIRST = "The council met on Tuesday to discuss the new budget, which had been delayed for"
            + " months by arguments over the cost of the bridge, the schools and the new library that the town"
            + " was promised five years ago.";
    private static final String SECOND = "Members agreed in the end to send the proposal back to the finance committee,"
            + " which will report again in the spring, after a long and sometimes angry debate about taxes and"
            + " parking in the centre of town.";
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
