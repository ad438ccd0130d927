package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Article;
import dev.winnow.rule.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTest {
    private static final String PROSE = "<p>The county council voted on Thursday to close the Harbour Road bridge to lorries from"
            + " March, after engineers found cracks in two of its supporting piers during an inspection.</p>"
            + "<p>Repairs are expected to take at least eighteen months, and the council will publish a timetable in"
            + " the spring once a government grant to cover most of the cost has been agreed.</p>"
            + "<p>Hauliers said the closure would add costs at a difficult time, since the diversion adds eleven miles"
            + " to each trip between the port and the ring road.</p>";

    private static List<Decision> recoveryDecisions(Report report) {
        return report.trace().stream().filter(d -> d.rule().equals(Cleaner.RECOVERY)).toList();
    }

    @Test
    void aPlausibleBodyCostsNoSecondPass() {
        Report report = Cleaner.standard().explain(Input.html("<html><body><article>" + PROSE
                + "</article><aside><p>" + "About the author, who has written about transport for the paper since"
                + " the old bridge was first closed for repairs in the winter of the great floods.</p></aside></body></html>",
                "https://example.org/a"));
        assertThat(recoveryDecisions(report)).isEmpty();
        assertThat(report.article().warnings()).isEmpty();
    }

    @Test
    void recoversAnArticleARegionRuleTookAway() {
        Report report = Cleaner.standard().explain(Input.html("<html><body><aside>" + PROSE + "</aside></body></html>",
                "https://example.org/a"));
        Article a = report.article();
        assertThat(a.bodyText()).contains("Harbour Road bridge", "eleven miles");
        assertThat(recoveryDecisions(report)).extracting(Decision::action).containsExactly("recovered");
        assertThat(a.warnings()).singleElement().asString().startsWith("recovery: ").contains("layout-blocks");
        Article plain = Cleaner.builder().rules(RuleSet.standard().without("layout-blocks")).build()
                .clean(Input.html("<html><body><aside>" + PROSE + "</aside></body></html>", "https://example.org/a"));
        assertThat(a.confidence()).isLessThan(plain.confidence());
    }

    @Test
    void keepsTheFirstAnswerWhenTheSecondIsNoBetter() {
        // The prose is removed as boilerplate by a rule of the caller's that recovery may relax, but the
        // second pass finds no more prose, because a zone-level rule of the caller's removes it again.
        String html = "<html><body><div class=x>" + PROSE + "</div></body></html>";
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard()
                .insertBefore("separator-lines", new DropAll("drop-classify", dev.winnow.rule.Phase.CLASSIFY))
                .insertBefore("content-root", new DropAll("drop-zone", dev.winnow.rule.Phase.ZONE))).build();
        Report report = cleaner.explain(Input.html(html, "https://example.org/a"));
        assertThat(recoveryDecisions(report)).extracting(Decision::action).containsExactly("not recovered");
        assertThat(report.article().isEmpty()).isTrue();
        assertThat(report.article().warnings()).isEmpty();
    }

    /** A test rule that removes every body block. */
    private record DropAll(String id, dev.winnow.rule.Phase phase) implements dev.winnow.rule.Rule {
        @Override
        public String description() {
            return "removes everything";
        }

        @Override
        public void apply(dev.winnow.rule.Draft draft) {
            for (var b : draft.bodyBlocks()) {
                draft.mark(b, dev.winnow.model.Role.BOILERPLATE, "test");
            }
        }
    }
}
