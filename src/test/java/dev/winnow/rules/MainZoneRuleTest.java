package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.Removed;
import org.junit.jupiter.api.Test;

class MainZoneRuleTest {
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String SIDEBAR = "Our weekly newsletter brings the best stories of the week to your inbox"
            + " every Friday morning, with the events of the weekend and the results of the local league.";

    @Test
    void inTextChromeBetweenTwoProseBlocksEndsTheArticle() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\n" + SECOND
                + "\n\nShare on Facebook\n\nShare on Twitter\n\nShare by email\n\n" + SIDEBAR + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.bodyText()).contains(FIRST).contains(SECOND).doesNotContain(SIDEBAR);
        assertThat(a.removed()).filteredOn(r -> r.text().equals(SIDEBAR)).extracting(Removed::rule)
                .containsExactly(StandardRules.MAIN_ZONE);
    }

    @Test
    void inTextOneChromeLineDoesNotCutALongArticle() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\nShare on Facebook\n\n" + SECOND + "\n\n" + FIRST + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.bodyText()).contains(SECOND);
    }

    @Test
    void inTextAFormBetweenTwoProseBlocksEndsTheArticle() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\n" + SECOND
                + "\n\nYour name\n[ ]\nYour message\n[ ]\n[ ] [ ]\n\n" + SIDEBAR + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.bodyText()).contains(FIRST).contains(SECOND).doesNotContain(SIDEBAR);
    }
}
