package dev.winnow.rules;

import static dev.winnow.rules.Drafts.apply;
import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateLinesRuleTest {
    private static final String ID = StandardRules.BOILERPLATE_LINES;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;

    private static Draft run(Object... lines) {
        return apply(BoilerplateLinesRule.standard(), Drafts.text(lines));
    }

    private static void assertMarked(String line, String reason) {
        Draft d = run(FIRST, line, SECOND);
        assertThat(role(d, line)).as(line).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, line).reason()).as(line).isEqualTo(reason);
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    private static void assertKept(String line) {
        assertThat(role(run(FIRST, line, SECOND), line)).as(line).isEqualTo(Role.BODY);
    }

    @Test
    void marksWholeLinesFromTheBoilerplatePhrases() {
        for (String line : List.of("Share on Facebook", "Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                "Artikel teilen", "Auf Facebook teilen")) {
            assertMarked(line, "boilerplate phrase");
        }
    }

    @Test
    void marksRowsMadeOnlyOfBoilerplateWords() {
        assertMarked("Share Facebook Twitter Email", "row of boilerplate words");
        assertMarked("Facebook | Twitter | WhatsApp", "row of boilerplate words");
        assertKept("Facebook Twitter Bridge");
    }

    @Test
    void marksShortNoticesOpeningWithANoticePhrase() {
        assertMarked("We use cookies to give you the best experience on our website.", "notice opening");
        assertMarked("Nous utilisons des cookies pour améliorer votre expérience.", "notice opening");
        assertMarked("By continuing to use this site you agree to our terms.", "notice opening");
    }

    @Test
    void aNoticeOfMoreThanFortyWordsIsProse() {
        String notice = "We use cookies " + "and other tools ".repeat(13) + "on this site.";
        assertThat(Drafts.text(notice).blocks().get(0).words()).isGreaterThan(BoilerplateLinesRule.MAX_NOTICE_WORDS);
        assertKept(notice);
        String shorter = "We use cookies " + "and other tools ".repeat(11) + "on this site.";
        assertThat(Drafts.text(shorter).blocks().get(0).words()).isLessThanOrEqualTo(BoilerplateLinesRule.MAX_NOTICE_WORDS);
        assertMarked(shorter, "notice opening");
    }

    @Test
    void marksShortCopyrightLines() {
        for (String line : List.of("© 2024 Acme Gazette", "Copyright 2024 Acme Media Group", "(c) Acme Media",
                "Acme Gazette Ltd. © 2023", "Acme Gazette. All rights reserved.")) {
            assertMarked(line, "copyright line");
        }
    }

    @Test
    void aCopyrightWordInsideALineOrWordIsNoCopyrightLine() {
        assertKept("Copyrighted songs were played at the festival all weekend");
        assertKept("The artist owns the © on the mural she painted last year");
    }

    @Test
    void aShortLineBetweenTwoBoilerplateLinesIsPartOfTheBox() {
        Draft d = run(FIRST, "Sign up for our newsletter", "The best stories of the week every Friday", "Subscribe now",
                SECOND);
        assertThat(role(d, "The best stories of the week every Friday")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "The best stories of the week every Friday").reason())
                .isEqualTo("between boilerplate lines");
    }

    @Test
    void aLineBetweenLinesOtherRulesRemovedIsNotBoxed() {
        // Arrange: the navigation rule (here run before, as a site profile may order it) marked both edges.
        Draft d = Drafts.text(FIRST, "Weekly", "The best stories of the week every Friday", "Monthly", SECOND);
        Drafts.marked(d, StandardRules.NAVIGATION_LINES, Role.BOILERPLATE, "Weekly", "Monthly");
        apply(BoilerplateLinesRule.standard(), d);
        assertThat(role(d, "The best stories of the week every Friday")).isEqualTo(Role.BODY);
    }

    @Test
    void aLongLineBetweenTwoBoilerplateLinesIsNotBoxed() {
        Draft d = run("Advertisement", FIRST, "Advertisement");
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    @Test
    void withLinesAddsPhrases() {
        String line = "Acme Gazette on your phone";
        assertKept(line);
        Draft d = apply(BoilerplateLinesRule.standard().withLines(List.of(line)), Drafts.text(FIRST, line));
        assertThat(role(d, line)).isEqualTo(Role.BOILERPLATE);
        assertThat(BoilerplateLinesRule.standard().withLines(List.of(line)).id()).isEqualTo(ID);
    }

    @Test
    void proseThatTalksAboutSharingStays() {
        Draft d = run(FIRST, "Residents were asked to share their views on Facebook before the vote.", SECOND,
                "Share");
        assertThat(role(d, "Residents were asked to share their views on Facebook before the vote."))
                .isEqualTo(Role.BODY);
        assertThat(role(d, "Share")).isEqualTo(Role.BOILERPLATE);
        assertThat(Drafts.decisions(d, ID)).hasSize(1);
    }
}
