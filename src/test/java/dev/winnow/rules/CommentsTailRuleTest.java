package dev.winnow.rules;

import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.model.Role;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentsTailRuleTest {
    private static final String ID = StandardRules.COMMENTS_TAIL;
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String COMMENT1 = "Jane from Riverside";
    private static final String COMMENT2 = "About time the library got the money, the old one leaks every winter.";

    private static Draft run(Draft draft) {
        return Drafts.apply(CommentsTailRule.standard(), draft);
    }

    @Test
    void cutsEverythingFromTheCommentsHeadingToTheEnd() {
        for (String heading : List.of("Comments", "12 Comments", "Leave a Reply", "Kommentare (3)", "Have your say")) {
            Draft d = run(Drafts.text(FIRST, SECOND, heading, COMMENT1, COMMENT2));
            assertThat(role(d, heading)).as(heading).isEqualTo(Role.COMMENTS);
            assertThat(decision(d, ID, heading).reason()).isEqualTo("comments heading");
            assertThat(role(d, COMMENT1)).isEqualTo(Role.COMMENTS);
            assertThat(decision(d, ID, COMMENT2).reason()).isEqualTo("after the comments heading");
            assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
            assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
        }
    }

    @Test
    void blocksAfterTheHeadingThatOtherRulesRemovedKeepTheirRole() {
        // Arrange: the boilerplate rule (CLASSIFY) marked the share line inside the comments.
        Draft d = Drafts.text(FIRST, SECOND, "Comments", "Share", COMMENT2);
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE, "Share");
        run(d);
        assertThat(role(d, "Share")).isEqualTo(Role.BOILERPLATE);
        assertThat(role(d, COMMENT2)).isEqualTo(Role.COMMENTS);
    }

    @Test
    void needsTwoProseParagraphsBeforeTheHeading() {
        Draft d = run(Drafts.text(FIRST, "Comments", COMMENT2, SECOND));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void aCountLabelFollowedByANumberIsNoHeading() {
        Draft d = run(Drafts.text(FIRST, SECOND, "Comments:", "1,664", "Views:", "12"));
        assertThat(role(d, "Comments:")).isEqualTo(Role.BODY);
        assertThat(decision(d, ID, "Comments:").action()).isEqualTo("not a comments heading");
        assertThat(d.bodyBlocks()).hasSize(6);
    }

    @Test
    void aCommentCountAboveTheArticleIsALinkToTheComments() {
        String third = SampleProse.FIRST.replace("council", "committee");
        Draft d = run(Drafts.text(FIRST, SECOND, "21 Comments", third, SECOND.replace("Members", "Traders"), COMMENT2));
        assertThat(role(d, "21 Comments")).isEqualTo(Role.NAVIGATION);
        assertThat(decision(d, ID, "21 Comments").reason()).isEqualTo("comments link above the article");
        assertThat(role(d, third)).isEqualTo(Role.BODY);
        assertThat(role(d, COMMENT2)).isEqualTo(Role.BODY);
    }

    @Test
    void aCommentsButtonBetweenShareButtonsIsPassedOver() {
        Draft d = Drafts.text(FIRST, SECOND, "Facebook", "Comments", "Email", COMMENT2);
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE, "Facebook", "Email");
        run(d);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void aHeadingOtherRulesLiftedAsRelatedOrTrailerIsPassedOver() {
        Draft d = Drafts.text(FIRST, SECOND, "Comments", COMMENT2, "Leave a comment", "Your name");
        Drafts.marked(d, StandardRules.RELATED_LISTS, Role.RELATED, "Comments");
        run(d);
        assertThat(role(d, "Comments")).isEqualTo(Role.RELATED);
        assertThat(role(d, COMMENT2)).isEqualTo(Role.BODY);
        assertThat(role(d, "Leave a comment")).isEqualTo(Role.COMMENTS);
        assertThat(role(d, "Your name")).isEqualTo(Role.COMMENTS);
    }

    @Test
    void anArticleWithoutCommentsIsLeftAlone() {
        Draft d = run(Drafts.text(FIRST, "Readers were asked for their comments on the plan before the vote.", SECOND));
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }
}
