package dev.winnow.rules;

import static dev.winnow.rules.Drafts.apply;
import static dev.winnow.rules.Drafts.decision;
import static dev.winnow.rules.Drafts.role;
import static dev.winnow.rules.Drafts.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedListsRuleTest {
    private static final String FIRST = SampleProse.FIRST;
    private static final String SECOND = SampleProse.SECOND;
    private static final String TEASER = "A new bakery has opened on the high street, and the queue reached the"
            + " station.";
    private static final String ID = StandardRules.RELATED_LISTS;

    private static Draft run(Draft draft) {
        return apply(RelatedListsRule.standard(), draft);
    }

    private static List<String> titles(Draft draft) {
        return draft.related().stream().map(RelatedItem::title).toList();
    }

    // --- through the whole cleaner ---

    @Test
    void inTextARelatedHeadingWithoutItemsAfterProseIsALabel() {
        String text = "Budget delayed again\n\n" + FIRST + "\n\n" + SECOND + "\n\nRelated articles\n\n" + TEASER + "\n";
        Article a = Cleaner.standard().clean(Input.text(text));
        assertThat(a.removed()).filteredOn(r -> r.text().equals("Related articles"))
                .extracting(Removed::role, Removed::rule)
                .containsExactly(Tuple.tuple(Role.BOILERPLATE, StandardRules.RELATED_LISTS));
        assertThat(a.bodyText()).contains(SECOND).doesNotContain(TEASER);
    }

    // --- zones under a heading, on drafts built directly ---

    @Test
    void liftsTheHeadlinesUnderARelatedHeadingAndDropsTheHeading() {
        Draft d = run(Drafts.text(FIRST, SECOND, "Related News",
                "Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs",
                "Tram line delayed by another six months"));
        assertThat(role(d, "Related News")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "Related News").reason()).isEqualTo("related-list label");
        assertThat(texts(d, Role.RELATED)).containsExactly(
                "Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs",
                "Tram line delayed by another six months");
        assertThat(d.related()).containsExactly(
                RelatedItem.titled("Council approves new cycle lanes for the city centre"),
                RelatedItem.titled("Library reopens after two years of repairs"),
                RelatedItem.titled("Tram line delayed by another six months"));
        Decision item = decision(d, ID, "Library reopens after two years of repairs");
        assertThat(item.action()).startsWith("related+");
        assertThat(Drafts.decisions(d, ID)).filteredOn(x -> x.action().equals("role=related"))
                .extracting(Decision::reason).containsOnly("related-list item");
        // the article itself is untouched
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void readsAuthorDateAndViewsFromAnItemMetaLine() {
        Draft d = run(Drafts.text(FIRST, "Latest News",
                "Council approves new cycle lanes for the city centre",
                "Alex Braham - Nov 12, 2025 58 Views",
                "Library reopens after two years of repairs",
                "Maria Lopez | 3 March 2024 | 1.2k views"));
        assertThat(d.related()).containsExactly(
                new RelatedItem("Council approves new cycle lanes for the city centre", null, "Alex Braham",
                        LocalDate.of(2025, 11, 12), 58L),
                new RelatedItem("Library reopens after two years of repairs", null, "Maria Lopez",
                        LocalDate.of(2024, 3, 3), 1200L));
        assertThat(role(d, "Alex Braham - Nov 12, 2025 58 Views")).isEqualTo(Role.RELATED);
        assertThat(decision(d, ID, "Alex Braham - Nov 12, 2025 58 Views").reason()).isEqualTo("related-item details");
    }

    @Test
    void anItemMayCarryABylineAndADatelineAsItsMetaLines() {
        // Arrange: the byline and dateline rules (CLASSIFY) run first and attach their findings to the item's meta lines.
        Draft d = Drafts.text(FIRST, "Most Read",
                "Council approves new cycle lanes for the city centre",
                "By Jane Doe",
                "March 11, 2024",
                "Library reopens after two years of repairs");
        Drafts.apply(new BylineRule(), d);
        Drafts.apply(new DatelineRule(), d);
        run(d);
        assertThat(d.related()).containsExactly(
                new RelatedItem("Council approves new cycle lanes for the city centre", null, "Jane Doe",
                        LocalDate.of(2024, 3, 11), null),
                RelatedItem.titled("Library reopens after two years of repairs"));
        assertThat(role(d, "By Jane Doe")).isEqualTo(Role.RELATED);
        assertThat(role(d, "March 11, 2024")).isEqualTo(Role.RELATED);
        assertThat(Drafts.block(d, "By Jane Doe").roleRule()).isEqualTo(ID);
    }

    @Test
    void aHeadingWithOneTypoStillOpensAList() {
        Draft d = run(Drafts.text(FIRST, "Lastest News",
                "Council approves new cycle lanes for the city centre"));
        assertThat(role(d, "Lastest News")).isEqualTo(Role.BOILERPLATE);
        assertThat(titles(d)).containsExactly("Council approves new cycle lanes for the city centre");
    }

    @Test
    void readsGermanFrenchAndSpanishHeadings() {
        for (String heading : List.of("Mehr zum Thema", "Lire aussi", "Noticias relacionadas", "Das könnte Sie auch interessieren")) {
            Draft d = run(Drafts.text(FIRST, heading, "Neue Radwege für die Innenstadt beschlossen",
                    "Stadtbibliothek nach zwei Jahren wieder offen"));
            assertThat(role(d, heading)).as(heading).isEqualTo(Role.BOILERPLATE);
            assertThat(titles(d)).as(heading).containsExactly("Neue Radwege für die Innenstadt beschlossen",
                    "Stadtbibliothek nach zwei Jahren wieder offen");
        }
    }

    @Test
    void aHeadingIsMatchedOnTheWholeLineOnly() {
        String line = "Related news from the council will follow in the spring";
        Draft d = run(Drafts.text(FIRST, line, "Council approves new cycle lanes for the city centre"));
        assertThat(d.related()).isEmpty();
        assertThat(role(d, line)).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    @Test
    void aHeadlineDirectlyFollowedByProseIsTheArticlesOwnHeadingAndEndsTheZone() {
        Draft d = run(Drafts.text(FIRST, "Related",
                "Council approves new cycle lanes for the city centre",
                "What the budget means for schools",
                SECOND));
        assertThat(titles(d)).containsExactly("Council approves new cycle lanes for the city centre");
        assertThat(role(d, "What the budget means for schools")).isEqualTo(Role.BODY);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void aHeadlineFollowedByItsDatelineAndProseIsTheArticlesOwnHeading() {
        // Arrange: a menu under a list heading, then the article's headline, dateline and prose;
        // a menu rule (CLASSIFY) took the menu and the dateline rule read the dateline.
        Draft d = Drafts.text("Top Stories", "Local", "Weather",
                "Fire crews contain wildfire near Cedar Ridge after three days",
                "Posted May 27, 2024 6:40 PM", FIRST, SECOND);
        Drafts.marked(d, StandardRules.NAVIGATION_LINES, Role.NAVIGATION, "Local", "Weather");
        Drafts.apply(new DatelineRule(), d);
        run(d);
        assertThat(d.related()).isEmpty();
        assertThat(role(d, "Fire crews contain wildfire near Cedar Ridge after three days")).isEqualTo(Role.BODY);
    }

    @Test
    void fromThreeItemsTheListIsTakenWholeEvenIfProseFollows() {
        Draft d = run(Drafts.text(FIRST, "Related",
                "Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs",
                "Tram line delayed by another six months",
                SECOND));
        assertThat(d.related()).hasSize(RelatedListsRule.MIN_UNIFORM_ITEMS);
        assertThat(role(d, "Tram line delayed by another six months")).isEqualTo(Role.RELATED);
        assertThat(role(d, SECOND)).isEqualTo(Role.BODY);
    }

    @Test
    void aCommentsHeadingEndsTheZone() {
        Draft d = run(Drafts.text(FIRST, "Related",
                "Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs",
                "Tram line delayed by another six months",
                "Comments",
                "Great to see the library open again"));
        assertThat(d.related()).hasSize(3);
        assertThat(role(d, "Comments")).isEqualTo(Role.BODY);
        assertThat(role(d, "Great to see the library open again")).isEqualTo(Role.BODY);
    }

    @Test
    void chromeInsideTheZoneIsPassedOverAndDetailsWithoutHeadlineAreBoilerplate() {
        // Arrange: the separator rule (CLASSIFY) marked the rule line between the items.
        Draft d = Drafts.text(FIRST, "Related Stories",
                "Nov 12, 2025",
                "Council approves new cycle lanes for the city centre",
                "* * *",
                "Library reopens after two years of repairs");
        Drafts.marked(d, StandardRules.SEPARATOR_LINES, Role.BOILERPLATE, "* * *");
        run(d);
        assertThat(titles(d)).containsExactly("Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs");
        assertThat(role(d, "Nov 12, 2025")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "Nov 12, 2025").reason()).isEqualTo("details without headline");
        // the separator keeps the role and rule that gave it
        assertThat(Drafts.block(d, "* * *").roleRule()).isEqualTo(StandardRules.SEPARATOR_LINES);
    }

    @Test
    void aCommentsHeadingAfterTwoItemsEndsTheZoneWithBothItems() {
        Draft d = run(Drafts.text(FIRST, "Related",
                "Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs",
                "Comments"));
        assertThat(titles(d)).containsExactly("Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs");
    }

    @Test
    void aHeadingTheNavigationRuleTookStillOpensAList() {
        // Arrange: a menu rule (CLASSIFY) already called the heading navigation.
        Draft d = Drafts.text(FIRST, "Popular", "Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs");
        Drafts.marked(d, StandardRules.NAVIGATION_LINES, Role.NAVIGATION, "Popular");
        run(d);
        assertThat(role(d, "Popular")).isEqualTo(Role.BOILERPLATE);
        assertThat(titles(d)).hasSize(2);
    }

    // --- a heading without items ---

    @Test
    void inTextAHeadingAfterProseWithoutItemsIsALabel() {
        Draft d = run(Drafts.text(FIRST, SECOND, "Related articles", TEASER));
        assertThat(role(d, "Related articles")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "Related articles").reason()).isEqualTo("related-list label without items");
        assertThat(d.related()).isEmpty();
        assertThat(role(d, TEASER)).isEqualTo(Role.BODY);
    }

    @Test
    void aHeadingBeforeAnyProseWithoutItemsIsLeftAlone() {
        Draft d = run(Drafts.text("Related articles", FIRST, SECOND));
        assertThat(role(d, "Related articles")).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    // --- card groups without heading ---

    @Test
    void twoCardsWithMetaLinesMakeAListWithoutHeading() {
        Draft d = run(Drafts.text(FIRST, SECOND,
                "Council approves new cycle lanes for the city centre",
                "Alex Braham - Nov 12, 2025",
                "Library reopens after two years of repairs",
                "Maria Lopez - Nov 10, 2025"));
        assertThat(d.related()).extracting(RelatedItem::title, RelatedItem::author, RelatedItem::date).containsExactly(
                Tuple.tuple("Council approves new cycle lanes for the city centre", "Alex Braham", LocalDate.of(2025, 11, 12)),
                Tuple.tuple("Library reopens after two years of repairs", "Maria Lopez", LocalDate.of(2025, 11, 10)));
        assertThat(role(d, "Maria Lopez - Nov 10, 2025")).isEqualTo(Role.RELATED);
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    @Test
    void oneCardWithoutHeadingIsNotAList() {
        Draft d = run(Drafts.text(FIRST, SECOND,
                "Council approves new cycle lanes for the city centre",
                "Alex Braham - Nov 12, 2025"));
        assertThat(d.related()).isEmpty();
        assertThat(role(d, "Council approves new cycle lanes for the city centre")).isEqualTo(Role.BODY);
    }

    @Test
    void aCardMayCarryATeaserBetweenHeadlineAndMetaLine() {
        String teaser2 = "The reading room has new lights, and the children's corner is twice as big.";
        Draft d = run(Drafts.text(FIRST, SECOND,
                "Council approves new cycle lanes for the city centre",
                TEASER,
                "2 hours ago",
                "Library reopens after two years of repairs",
                teaser2,
                "5 hours ago"));
        assertThat(titles(d)).containsExactly("Council approves new cycle lanes for the city centre",
                "Library reopens after two years of repairs");
        assertThat(role(d, TEASER)).isEqualTo(Role.RELATED);
        assertThat(decision(d, ID, TEASER).reason()).isEqualTo("related-item teaser");
        assertThat(role(d, teaser2)).isEqualTo(Role.RELATED);
        assertThat(role(d, "5 hours ago")).isEqualTo(Role.RELATED);
        // a relative time gives no date
        assertThat(d.related()).extracting(RelatedItem::date).containsOnlyNulls();
    }

    @Test
    void aHeadlineLikeLabelRightBeforeACardGroupIsItsHeading() {
        Draft d = run(Drafts.text(FIRST, SECOND, "From the archive",
                "Council approves new cycle lanes for the city centre",
                "Nov 12, 2025",
                "Library reopens after two years of repairs",
                "Nov 10, 2025"));
        assertThat(role(d, "From the archive")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "From the archive").reason()).isEqualTo("related-list label");
        assertThat(titles(d)).hasSize(2);
    }

    // --- HTML sections ---

    @Test
    void inHtmlAHeadingAfterProseTakesItsWholeSection() {
        Draft d = run(Drafts.html("<html><body><article><h1>Budget delayed again</h1><p>" + FIRST + "</p><p>"
                + SECOND + "</p></article><section class=more><h2>Related</h2><ul>"
                + "<li><a href=\"/2024/03/10/cycle-lanes\">Council approves new cycle lanes for the city centre</a></li>"
                + "<li><a href=\"https://other.example.org/library\">Library reopens after two years of repairs</a></li>"
                + "</ul><p>" + TEASER + "</p></section></body></html>"));
        assertThat(role(d, "Related")).isEqualTo(Role.BOILERPLATE);
        assertThat(d.related()).extracting(RelatedItem::title, RelatedItem::url).containsExactly(
                Tuple.tuple("Council approves new cycle lanes for the city centre",
                        "https://news.example.com/2024/03/10/cycle-lanes"),
                Tuple.tuple("Library reopens after two years of repairs", "https://other.example.org/library"));
        // a teaser inside the section belongs to it
        assertThat(role(d, TEASER)).isEqualTo(Role.RELATED);
        assertThat(role(d, "Budget delayed again")).isEqualTo(Role.BODY);
        assertThat(role(d, FIRST)).isEqualTo(Role.BODY);
    }

    /** In HTML, a related heading after prose under which no item was found: above prose, or left last (another rule took its list). */
    @ParameterizedTest
    @ValueSource(strings = {"<p>Related articles</p><p>" + TEASER + "</p>", "<p>Related articles</p>"})
    void inHtmlAHeadingAfterProseWithoutItemsIsALabel(String tail) {
        Draft d = run(Drafts.html("<html><body><article><p>" + FIRST + "</p>" + tail + "</article></body></html>"));
        assertThat(role(d, "Related articles")).isEqualTo(Role.BOILERPLATE);
        assertThat(decision(d, ID, "Related articles").reason()).isEqualTo("related-list label without items");
        assertThat(d.related()).isEmpty();
        assertThat(d.blocks()).filteredOn(b -> !b.text().equals("Related articles"))
                .allSatisfy(b -> assertThat(b.role()).isEqualTo(Role.BODY)); // the prose under it stays
    }

    @Test
    void inHtmlAHeadingBeforeAnyProseWithoutItemsIsLeftAlone() {
        Draft d = run(Drafts.html("<html><body><article><p>Related articles</p><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article></body></html>"));
        assertThat(role(d, "Related articles")).isEqualTo(Role.BODY);
        assertThat(Drafts.decisions(d, ID)).isEmpty();
    }

    // --- configuration ---

    @Test
    void withMinItemsNeedsMoreItemsUnderAHeading() {
        Object[] page = {FIRST, "Related", "Council approves new cycle lanes for the city centre",
            "What the budget means for schools", SECOND};
        assertThat(run(Drafts.text(page)).related()).hasSize(1);
        Draft d = apply(RelatedListsRule.standard().withMinItems(2), Drafts.text(page));
        assertThat(d.related()).isEmpty();
        assertThat(role(d, "Council approves new cycle lanes for the city centre")).isEqualTo(Role.BODY);
        assertThatThrownBy(() -> RelatedListsRule.standard().withMinItems(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withHeadingsAddsASitesOwnHeading() {
        Object[] page = {FIRST, "Picked by the Acme Gazette desk", "Council approves new cycle lanes for the city centre",
            "Library reopens after two years of repairs"};
        assertThat(run(Drafts.text(page)).related()).isEmpty();
        Draft d = apply(RelatedListsRule.standard().withHeadings(List.of("Picked by the Acme Gazette desk")), Drafts.text(page));
        assertThat(role(d, "Picked by the Acme Gazette desk")).isEqualTo(Role.BOILERPLATE);
        assertThat(titles(d)).hasSize(2);
        assertThat(RelatedListsRule.standard().withHeadings(List.of("x")).id()).isEqualTo(ID);
    }

    // --- what it must not touch ---

    @Test
    void anOrdinaryArticleWithSectionHeadingsIsLeftAlone() {
        Draft d = run(Drafts.text("Budget delayed again", "By Jane Doe", FIRST,
                "What the budget means for schools", SECOND,
                "Parking charges rise in April", TEASER));
        assertThat(d.related()).isEmpty();
        assertThat(Drafts.decisions(d, ID)).isEmpty();
        assertThat(d.blocks()).allMatch(b -> b.role() == Role.BODY);
    }
}
