package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import org.junit.jupiter.api.Test;

class UrlDateRuleTest {
    private static final String ID = StandardRules.URL_DATE;

    private static String published(String url) {
        Draft d = Drafts.apply(new UrlDateRule(), Drafts.textAt(url, SampleProse.FIRST));
        return d.metadata(MetadataField.PUBLISHED);
    }

    @Test
    void takesTheDateFromTheUrlPath() {
        Draft d = Drafts.apply(new UrlDateRule(), Drafts.textAt("https://news.example.com/2019/11/19/budget-delayed",
                SampleProse.FIRST));
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2019-11-19");
        assertThat(d.provenance()).containsEntry("published", "url");
        assertThat(Drafts.decisions(d, ID)).extracting(Decision::reason).containsExactly("from url");
        assertThat(published("https://news.example.com/news/2019-11-19/budget")).isEqualTo("2019-11-19");
        assertThat(published("https://news.example.com/2024/3/5/budget")).isEqualTo("2024-03-05");
        assertThat(published("https://news.example.com/2024/03/05_budget.html")).isEqualTo("2024-03-05");
        assertThat(published("https://news.example.com/2024/03/05")).isEqualTo("2024-03-05");
        // an HTML draft reads its URL the same way
        Draft html = Drafts.apply(new UrlDateRule(), Drafts.htmlAt("https://news.example.com/2019/11/19/x",
                "<p>" + SampleProse.FIRST + "</p>"));
        assertThat(html.metadata(MetadataField.PUBLISHED)).isEqualTo("2019-11-19");
    }

    @Test
    void takesNoDateThatIsNotACalendarDateOrNotAWholePathPart() {
        assertThat(published("https://news.example.com/2019/02/30/budget")).isNull();
        assertThat(published("https://news.example.com/2019/13/01/budget")).isNull();
        assertThat(published("https://news.example.com/2019/11/budget")).isNull();
        assertThat(published("https://news.example.com/1850/11/19/budget")).isNull();
        assertThat(published("https://news.example.com/2019/11/193/budget")).isNull();
        assertThat(published(null)).isNull();
    }

    @Test
    void anotherSourcesDateWins() {
        Draft d = Drafts.textAt("https://news.example.com/2019/11/19/budget", SampleProse.FIRST);
        Drafts.given(d, StandardRules.BLOCK_METADATA, x -> x.metadata(MetadataField.PUBLISHED, "2019-11-20", "dateline"));
        Drafts.apply(new UrlDateRule(), d);
        assertThat(d.metadata(MetadataField.PUBLISHED)).isEqualTo("2019-11-20");
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
