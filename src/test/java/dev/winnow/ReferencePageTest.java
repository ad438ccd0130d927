package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import dev.winnow.model.Section;
import dev.winnow.model.TruncationKind;
import dev.winnow.write.JsonWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference page {@code testdata/xi-russia.txt}: the whole result, field by field and as golden JSON. */
class ReferencePageTest {
    private static String input;
    private static Article article;

    @BeforeAll
    static void clean() {
        input = TestFiles.read("xi-russia.txt");
        article = Cleaner.standard().clean(Input.path(TestFiles.TESTDATA.resolve("xi-russia.txt")));
    }

    @Test
    void fixtureIsTheVerbatimPage() {
        assertThat(input).startsWith("Hey guys!").endsWith("60 Views");
    }

    @Test
    void hasNoTitleAndFindsNoAuthorOrDate() {
        assertThat(article.metadata().title()).isNull();
        assertThat(article.metadata().authors()).isEmpty();
        assertThat(article.metadata().published()).isNull();
    }

    @Test
    void hasALeadAndFourHeadedSectionsOfTwoParagraphsEach() {
        assertThat(article.sections()).extracting(s -> s.heading() == null ? null : s.heading().text())
                .containsExactly(null, "The Strategic Alignment", "Economic Interdependence",
                        "Geopolitical Implications", "The 'No-Limits' Partnership: Reality vs. Rhetoric");
        for (Section s : article.sections()) {
            assertThat(s.blocks()).hasSize(2).allMatch(b -> b instanceof BodyBlock.Paragraph);
        }
    }

    @Test
    void keepsParagraphTextUnchanged() {
        List<String> lines = input.lines().toList();
        List<String> paragraphs = article.sections().stream().flatMap(s -> s.blocks().stream())
                .map(BodyBlock::plainText).toList();
        assertThat(paragraphs.get(0)).isEqualTo(lines.get(0));
        assertThat(paragraphs.get(9)).isEqualTo(lines.get(13));
        assertThat(lines).containsAll(paragraphs);
    }

    @Test
    void endingIsTruncatedMidSentence() {
        assertThat(article.ending())
                .isEqualTo(Ending.truncated(TruncationKind.MID_SENTENCE, "from being entirely", null));
    }

    @Test
    void liftsTheFiveRelatedItems() {
        assertThat(article.related()).extracting(RelatedItem::title, RelatedItem::author, RelatedItem::date,
                RelatedItem::views).containsExactly(
                tuple("LMZH Academy Sports: Your Guide To Southside Blvd Location", "Alex Braham",
                        LocalDate.of(2025, 11, 12), 58L),
                tuple("Barrett Positions: A Comprehensive Guide", "Alex Braham", LocalDate.of(2025, 11, 9), 40L),
                tuple("Top Master's Programs In Finance: A Guide", "Alex Braham", LocalDate.of(2025, 11, 12), 41L),
                tuple("Airtel's Basic Postpaid Plan: Details & Benefits", "Alex Braham",
                        LocalDate.of(2025, 11, 12), 48L),
                tuple("Benfica Vs Sporting: Horário E Onde Assistir Ao Jogo De Hoje", "Alex Braham",
                        LocalDate.of(2025, 11, 13), 60L));
    }

    @Test
    void removesListLabelsAndSeparatorsAsBoilerplate() {
        List<Removed> boilerplate = article.removed().stream().filter(r -> r.role() == Role.BOILERPLATE).toList();
        assertThat(boilerplate).extracting(Removed::text)
                .containsExactly("Lastest News", "-", "-", "Related News", "Related News", "Related News",
                        "Related News", "Related News");
        assertThat(article.removed()).allMatch(r -> !r.rule().isEmpty());
    }

    @Test
    void matchesTheGoldenJson() {
        assertThat(new JsonWriter().render(article)).isEqualTo(TestFiles.read("xi-russia.expected.json"));
    }
}
