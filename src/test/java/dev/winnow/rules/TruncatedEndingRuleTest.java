package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.RuleSet;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.model.TruncationKind;
import dev.winnow.rule.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncatedEndingRuleTest {
    private static final String FIRST = "The city council met on Tuesday to discuss the new budget proposal for the "
            + "coming year, and members debated the tram line for hours.";
    private static final String LAST = "The mayor said the plan would be finalised next month after a public "
            + "consultation period";

    private static Article clean(String... lines) {
        return Cleaner.standard().clean(Input.text(String.join("\n", lines)));
    }

    private static Cleaner withPartial(TruncatedEndingRule.Partial partial) {
        return Cleaner.builder().rules(RuleSet.standard().replace(StandardRules.TRUNCATED_ENDING,
                TruncatedEndingRule.standard().withPartial(partial))).build();
    }

    private static List<String> paragraphs(Article article) {
        return article.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof BodyBlock.Paragraph).map(BodyBlock::plainText).toList();
    }

    @Test
    void charCountMarker() {
        Article a = clean(FIRST, LAST + "… [+2829 chars]");
        Ending e = a.ending();
        assertThat(e.status()).isEqualTo(Ending.Status.TRUNCATED);
        assertThat(e.truncated()).isTrue();
        assertThat(e.kind()).isEqualTo(TruncationKind.CHAR_COUNT);
        assertThat(e.missingChars()).isEqualTo(2829);
        assertThat(e.evidence()).isEqualTo("[+2829 chars]");
        List<String> paragraphs = paragraphs(a);
        assertThat(paragraphs).last().isEqualTo(LAST + "…");
        assertThat(a.bodyText()).doesNotContain("[+").doesNotContain("chars]");
    }

    @Test
    void charCountMarkerOnItsOwnLine() {
        Article a = clean(FIRST, LAST, "… [+512 chars]");
        assertThat(a.ending()).isEqualTo(Ending.truncated(TruncationKind.CHAR_COUNT, "[+512 chars]", 512));
        assertThat(paragraphs(a)).last().isEqualTo(LAST);
        assertThat(a.removed()).anySatisfy(r -> assertThat(r.text()).isEqualTo("… [+512 chars]"));
    }

    @Test
    void charCountMarkerWithThousandsSeparator() {
        Ending e = clean(FIRST, LAST + " ... [+1,234 chars]").ending();
        assertThat(e.kind()).isEqualTo(TruncationKind.CHAR_COUNT);
        assertThat(e.missingChars()).isEqualTo(1234);
    }

    @Test
    void continueReadingLine() {
        Article a = clean(FIRST, LAST + ".", "Continue reading");
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.READ_MORE);
        assertThat(a.ending().evidence()).isEqualTo("Continue reading");
        assertThat(a.ending().missingChars()).isNull();
        assertThat(a.removed()).contains(new Removed("Continue reading", Role.TRAILER, StandardRules.TEASER_LINES));
        assertThat(a.bodyText()).doesNotContain("Continue reading").endsWith(LAST + ".");
    }

    @Test
    void paywallNotice() {
        Article a = clean(FIRST, LAST + ".", "Subscribe to continue reading");
        assertThat(a.ending().status()).isEqualTo(Ending.Status.TRUNCATED);
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.PAYWALL);
        assertThat(a.ending().evidence()).isEqualTo("Subscribe to continue reading");
        assertThat(a.bodyText()).doesNotContain("Subscribe");
    }

    @Test
    void paywallElementNamedByClassOrId() {
        for (String name : List.of("class=\"c-paywall\"", "id=\"Pay_Wall\"", "class=\"box regWall\"")) {
            Article a = Cleaner.standard().clean(Input.html("<html><body><article><p>" + FIRST + "</p><p>" + LAST
                    + ".</p><div " + name + "></div></article></body></html>", "https://example.com/a"));
            assertThat(a.ending().kind()).as(name).isEqualTo(TruncationKind.PAYWALL);
            assertThat(a.ending().evidence()).as(name).startsWith("paywall element .").endsWith("wall");
        }
        Article a = Cleaner.standard().clean(Input.html("<html><body><article><p>" + FIRST + "</p><p>" + LAST
                + ".</p><div class=\"article-payWall\"></div></article></body></html>", "https://example.com/a"));
        assertThat(a.ending().status()).isEqualTo(Ending.Status.COMPLETE);
    }

    @Test
    void ellipsis() {
        for (String end : List.of("…", "...", " [...]", " […]", " (...)", " (…)", " [&hellip;]")) {
            Article a = clean(FIRST, LAST + end);
            assertThat(a.ending().kind()).as(end).isEqualTo(TruncationKind.ELLIPSIS);
            assertThat(a.ending().evidence()).as(end).endsWith(end.strip()).contains("consultation");
            assertThat(paragraphs(a)).as(end).last().isEqualTo(LAST + end);
        }
    }

    @Test
    void midSentence() {
        Article a = clean(FIRST, "The mayor said the plan would be finalised next month. Officials expect the "
                + "vote to pass but some members want");
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.MID_SENTENCE);
        assertThat(a.ending().evidence()).isEqualTo("some members want");
        assertThat(a.ending().missingChars()).isNull();
    }

    @Test
    void complete() {
        Article a = clean(FIRST, LAST + ".");
        assertThat(a.ending()).isEqualTo(Ending.complete());
        assertThat(a.ending().truncated()).isFalse();
        assertThat(clean(FIRST, LAST + "?").ending().status()).isEqualTo(Ending.Status.COMPLETE);
        assertThat(clean(FIRST, "“" + LAST + ",” he said.").ending().status()).isEqualTo(Ending.Status.COMPLETE);
    }

    @Test
    void emptyBodyIsUnknown() {
        assertThat(clean("").ending()).isEqualTo(Ending.unknown());
    }

    @Test
    void cjkEndingWithIdeographicFullStopIsComplete() {
        Article a = clean("东京电力公司周二表示，福岛第一核电站的处理水排放工作将于下周继续进行，预计持续约十七天。"
                + "相关部门将持续监测周边海域的放射性物质浓度。");
        assertThat(a.ending().status()).isEqualTo(Ending.Status.COMPLETE);
    }

    @Test
    void cjkEndingWithoutFullStopIsMidSentence() {
        Article a = clean("东京电力公司周二表示，福岛第一核电站的处理水排放工作将于下周继续进行，预计持续约十七天。"
                + "相关部门将持续监测周边海域的放射性物质浓度，并将在每周");
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.MID_SENTENCE);
        assertThat(a.ending().evidence()).isEqualTo("质浓度，并将在每周"); // the last 3 x 3 characters
    }

    @Test
    void hindiEndingWithDandaIsComplete() {
        Article a = clean("केंद्र सरकार ने मंगलवार को नई शिक्षा नीति के तहत कई बड़े बदलावों की घोषणा की है। शिक्षा "
                + "मंत्री ने कहा कि इन बदलावों से छात्रों को काफी फायदा मिलेगा और देश भर के स्कूलों में नई व्यवस्था "
                + "अगले साल से लागू होगी।");
        assertThat(a.ending().status()).isEqualTo(Ending.Status.COMPLETE);
    }

    @Test
    void arabicEndingWithArabicQuestionMarkIsComplete() {
        Article a = clean("قال وزير الخارجية في مؤتمر صحفي يوم الثلاثاء إن المحادثات مع الجانب الآخر كانت مثمرة وإن "
                + "الطرفين اتفقا على مواصلة الحوار خلال الأسابيع المقبلة، فهل ستنجح هذه الجهود في النهاية؟");
        assertThat(a.ending().status()).isEqualTo(Ending.Status.COMPLETE);
    }

    @Test
    void trimToSentenceCutsBackToTheLastFullSentence() {
        Article a = withPartial(TruncatedEndingRule.Partial.TRIM_TO_SENTENCE).clean(Input.text(FIRST + "\n"
                + "The mayor said the plan would be finalised next month. Officials expect the vote to pass but "
                + "some members want"));
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.MID_SENTENCE);
        assertThat(paragraphs(a)).containsExactly(FIRST, "The mayor said the plan would be finalised next month.");
        assertThat(a.bodyText()).doesNotContain("some members want");
    }

    @Test
    void trimToSentenceDropsAParagraphWithoutAFullSentence() {
        Article a = withPartial(TruncatedEndingRule.Partial.TRIM_TO_SENTENCE).clean(Input.text(FIRST + "\n" + LAST
                + " and then"));
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.MID_SENTENCE);
        assertThat(paragraphs(a)).containsExactly(FIRST);
    }

    @Test
    void trimToSentenceAfterEllipsis() {
        Article a = withPartial(TruncatedEndingRule.Partial.TRIM_TO_SENTENCE).clean(Input.text(FIRST + "\n"
                + "The mayor spoke first. " + LAST + "…"));
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.ELLIPSIS);
        assertThat(paragraphs(a)).containsExactly(FIRST, "The mayor spoke first.");
    }

    @Test
    void dropRemovesThePartialParagraph() {
        String partial = "The mayor said the plan would be finalised next month. Officials expect the vote to pass "
                + "but some members want";
        Article a = withPartial(TruncatedEndingRule.Partial.DROP).clean(Input.text(FIRST + "\n" + partial));
        assertThat(a.ending().kind()).isEqualTo(TruncationKind.MID_SENTENCE);
        assertThat(a.ending().evidence()).isEqualTo("some members want");
        assertThat(paragraphs(a)).containsExactly(FIRST);
        assertThat(a.removed()).contains(new Removed(partial, Role.TRAILER, StandardRules.TRUNCATED_ENDING));
    }

    @Test
    void partialModesLeaveCompleteEndingsAlone() {
        for (TruncatedEndingRule.Partial p : TruncatedEndingRule.Partial.values()) {
            Article a = withPartial(p).clean(Input.text(FIRST + "\n" + LAST + "."));
            assertThat(paragraphs(a)).as(p.name()).containsExactly(FIRST, LAST + ".");
        }
    }

    @Test
    void withPartialReturnsANewRuleWithTheSameId() {
        TruncatedEndingRule standard = TruncatedEndingRule.standard();
        TruncatedEndingRule drop = standard.withPartial(TruncatedEndingRule.Partial.DROP);
        assertThat(drop).isNotSameAs(standard);
        assertThat(drop.id()).isEqualTo(StandardRules.TRUNCATED_ENDING).isEqualTo(standard.id());
        assertThatThrownBy(() -> standard.withPartial(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void urlOrNumberEndingScanAgreesWithThePatternItReplaced() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(?:https?://\\S+|www\\.\\S+|\\d)\\s*$");
        String alphabet = "wwwhttps:/. \t\n1aé";
        java.util.Random random = new java.util.Random(15);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int length = random.nextInt(16); length > 0; length--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = random.nextBoolean() ? sb.toString() : "see www.example.com/" + sb;
            assertThat(TruncatedEndingRule.endsWithUrlOrNumber(text)).as("'%s'", text)
                    .isEqualTo(pattern.matcher(text).find());
        }
    }

    // --- on drafts built directly ---

    private static final String ID = StandardRules.TRUNCATED_ENDING;

    private static Draft run(Draft draft) {
        return Drafts.apply(TruncatedEndingRule.standard(), draft);
    }

    private static String endingReason(Draft d) {
        List<dev.winnow.rule.Decision> endings = Drafts.decisions(d, ID).stream()
                .filter(x -> x.action().startsWith("ending=")).toList();
        assertThat(endings).hasSize(1);
        assertThat(endings.get(0).block()).isEqualTo(-1);
        return endings.get(0).reason();
    }

    @Test
    void onADraftACharCountMarkerIsCutFromTheLastBlock() {
        Draft d = run(Drafts.text(FIRST, LAST + "… [+2829 chars]"));
        assertThat(d.ending()).isEqualTo(Ending.truncated(TruncationKind.CHAR_COUNT, "[+2829 chars]", 2829));
        assertThat(Drafts.block(d, LAST + "…").role()).isEqualTo(Role.BODY);
        assertThat(Drafts.decision(d, ID, LAST + "…").reason()).isEqualTo("character-count marker removed");
        assertThat(endingReason(d)).isEqualTo("character-count marker");
    }

    @Test
    void onADraftACharCountMarkerOnTheLineAfterTheBodyIsATrailer() {
        // Arrange: main-zone (ZONE, before this rule) took the short marker line out of the body, as it
        // does through the cleaner.
        Draft d = Drafts.text(FIRST, LAST, "... [+512 chars]");
        Drafts.marked(d, StandardRules.MAIN_ZONE, Role.BOILERPLATE, "... [+512 chars]");
        run(d);
        assertThat(d.ending()).isEqualTo(Ending.truncated(TruncationKind.CHAR_COUNT, "[+512 chars]", 512));
        assertThat(Drafts.role(d, "... [+512 chars]")).isEqualTo(Role.TRAILER);
        assertThat(endingReason(d)).isEqualTo("character-count marker after the body");
    }

    @Test
    void onADraftATrailerAfterTheBodyIsReadMoreOrPaywall() {
        // Arrange: the teaser rule (CLASSIFY) marked the trailer lines.
        Draft more = Drafts.text(FIRST, LAST + ".", "Continue reading");
        Drafts.marked(more, StandardRules.TEASER_LINES, Role.TRAILER, "Continue reading");
        run(more);
        assertThat(more.ending()).isEqualTo(Ending.truncated(TruncationKind.READ_MORE, "Continue reading", null));
        assertThat(endingReason(more)).isEqualTo("read-more line after the body");

        Draft paid = Drafts.text(FIRST, LAST + ".", "This article is for subscribers only");
        Drafts.marked(paid, StandardRules.TEASER_LINES, Role.TRAILER, "This article is for subscribers only");
        run(paid);
        assertThat(paid.ending().kind()).isEqualTo(TruncationKind.PAYWALL);
        assertThat(endingReason(paid)).isEqualTo("paywall notice after the body");
    }

    @Test
    void withPaywallPhrasesASitesOwnNoticeIsAPaywall() {
        Draft d = Drafts.text(FIRST, LAST + ".", "Acme members read on");
        Drafts.marked(d, StandardRules.TEASER_LINES, Role.TRAILER, "Acme members read on");
        Drafts.apply(TruncatedEndingRule.standard().withPaywallPhrases(List.of("Acme members read on")), d);
        assertThat(d.ending().kind()).isEqualTo(TruncationKind.PAYWALL);
    }

    @Test
    void inHtmlADeclaredPaywallTruncatesACompleteLookingBody() {
        Draft d = run(Drafts.html("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Budget delayed\",\"isAccessibleForFree\":false}</script>"
                + "</head><body><article><p>" + FIRST + "</p><p>" + LAST + ".</p></article></body></html>"));
        assertThat(d.ending()).isEqualTo(Ending.truncated(TruncationKind.PAYWALL, "isAccessibleForFree: false", null));
        assertThat(endingReason(d)).isEqualTo("the page declares a paywall");
        // the body is kept as it is
        assertThat(d.bodyBlocks()).hasSize(2);
    }

    @Test
    void onADraftAnEllipsisOrAMissingStopTruncatesOnlyAParagraph() {
        Draft ellipsis = run(Drafts.text(FIRST, LAST + " …"));
        assertThat(ellipsis.ending()).isEqualTo(Ending.truncated(TruncationKind.ELLIPSIS, "consultation period …", null)); // the last three words
        assertThat(endingReason(ellipsis)).isEqualTo("ends with an ellipsis");
        Draft mid = run(Drafts.text(FIRST, LAST));
        assertThat(mid.ending()).isEqualTo(Ending.truncated(TruncationKind.MID_SENTENCE, "public consultation period", null));
        assertThat(endingReason(mid)).isEqualTo("last paragraph stops mid-sentence");
        // a list item or a heading without a stop says nothing
        Draft item = run(Drafts.text(FIRST, Drafts.item(0, "Bridge repairs"), Drafts.item(0, LAST)));
        assertThat(item.ending()).isEqualTo(Ending.unknown());
        assertThat(endingReason(item)).isEqualTo("last block is not a paragraph to judge");
        assertThat(run(Drafts.text(FIRST, Drafts.heading(2, LAST))).ending()).isEqualTo(Ending.unknown());
    }

    @Test
    void aLastParagraphOfFewerThanSixWordsOrEndingWithANumberOrLinkIsNotMidSentence() {
        assertThat(run(Drafts.text(FIRST, "The mayor said the plan")).ending()).isEqualTo(Ending.unknown());
        assertThat(run(Drafts.text(FIRST, "The mayor said the plan would")).ending().kind())
                .isEqualTo(TruncationKind.MID_SENTENCE);
        assertThat(run(Drafts.text(FIRST, "Tickets for the public meeting cost 12")).ending()).isEqualTo(Ending.unknown());
        assertThat(run(Drafts.text(FIRST, "The full report is online at https://council.example.org/budget")).ending())
                .isEqualTo(Ending.unknown());
    }

    @Test
    void onlyBodyBlocksAreJudged() {
        // Arrange: an earlier rule removed the share line after the last paragraph.
        Draft d = Drafts.text(FIRST, LAST + ".", "Share this article with friends and family");
        Drafts.marked(d, StandardRules.BOILERPLATE_LINES, Role.BOILERPLATE, "Share this article with friends and family");
        run(d);
        assertThat(d.ending()).isEqualTo(Ending.complete());
        assertThat(endingReason(d)).isEqualTo("ends with terminal punctuation");
    }

    @Test
    void anEmptyBodyIsUnknown() {
        Draft d = Drafts.text("Home");
        Drafts.marked(d, StandardRules.NAVIGATION_LINES, Role.NAVIGATION, "Home");
        run(d);
        assertThat(d.ending()).isEqualTo(Ending.unknown());
        assertThat(endingReason(d)).isEqualTo("no body");
    }

    @Test
    void onADraftPartialModesTrimOrDropTheCutParagraph() {
        String partial = "The mayor spoke first. " + LAST;
        Draft trimmed = Drafts.apply(TruncatedEndingRule.standard().withPartial(TruncatedEndingRule.Partial.TRIM_TO_SENTENCE),
                Drafts.text(FIRST, partial));
        assertThat(Drafts.block(trimmed, "The mayor spoke first.").role()).isEqualTo(Role.BODY);
        assertThat(Drafts.decision(trimmed, ID, "The mayor spoke first.").reason()).isEqualTo("partial sentence trimmed");
        Draft dropped = Drafts.apply(TruncatedEndingRule.standard().withPartial(TruncatedEndingRule.Partial.DROP),
                Drafts.text(FIRST, partial));
        assertThat(Drafts.role(dropped, partial)).isEqualTo(Role.TRAILER);
        assertThat(Drafts.decision(dropped, ID, partial).reason()).isEqualTo("partial paragraph dropped");
        assertThat(Drafts.role(dropped, FIRST)).isEqualTo(Role.BODY);
    }

    @Test
    void aCompleteArticleIsNotTouched() {
        Draft d = Drafts.apply(TruncatedEndingRule.standard().withPartial(TruncatedEndingRule.Partial.DROP),
                Drafts.text(FIRST, "“" + LAST + ",” he said."));
        assertThat(d.ending()).isEqualTo(Ending.complete());
        assertThat(Drafts.decisions(d, ID)).hasSize(1);
        assertThat(d.bodyBlocks()).hasSize(2);
    }
}
