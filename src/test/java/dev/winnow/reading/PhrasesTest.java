package dev.winnow.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    /** The concept files every language has (the standard rules load these). */
    static final List<String> CONCEPTS = List.of("boilerplate", "boilerplate-prefixes", "byline-prefixes",
            "comments-headings", "copyright", "dateline-prefixes", "months", "navigation", "paywall", "read-more",
            "related-headings", "stopwords", "update-prefixes", "views");

    private static final Phrases RELATED = Phrases.standard("related-headings");

    @Test
    void alternationGroupMatchesWhatTheBareAlternationMatches() {
        Phrases phrases = Phrases.of(List.of("Sept", "Kelvin", "istanbul", "Ärger", "{n} views"));
        java.util.regex.Pattern grouped = java.util.regex.Pattern.compile("(?iu)" + phrases.alternationGroup());
        java.util.regex.Pattern bare = java.util.regex.Pattern.compile("(?iu)(?:" + phrases.alternation() + ")");
        for (String text : List.of("ſept", "SEPT 3", "x sept", "\u212Aelvin", "İstanbul", "ıstanbul", "ärger", "ÄRGER",
                "3 views", "nothing", "")) {
            java.util.regex.Matcher g = grouped.matcher(text);
            java.util.regex.Matcher b = bare.matcher(text);
            boolean found = b.find();
            assertThat(g.find()).as(text).isEqualTo(found);
            if (found) {
                assertThat(g.start()).as(text).isEqualTo(b.start());
                assertThat(g.end()).as(text).isEqualTo(b.end());
            }
        }
        assertThat(Phrases.of(List.of("{n} views")).alternationGroup()).isEqualTo("(?:)");
    }

    @Test
    void matchesWholeLinesOnly() {
        assertThat(RELATED.matchesLine("Related News")).isTrue();
        assertThat(RELATED.matchesLine("  Related   News  ")).isTrue();
        assertThat(RELATED.matchesLine("This related news story")).isFalse();
        assertThat(RELATED.matchesLine("Related News about the council budget")).isFalse();
        assertThat(RELATED.matchesLine("The latest news from the front is grim.")).isFalse();
        assertThat(RELATED.matchesLine("")).isFalse();
        assertThat(RELATED.matchesLine("»»»")).isFalse();
        assertThat(RELATED.matchesLine("Related News ".repeat(30))).isFalse();
    }

    @Test
    void foldsCaseIncludingTurkishDottedI() {
        assertThat(Phrases.entries("tr", "related-headings")).contains("İlgili Haberler");
        assertThat(RELATED.matchesLine("İLGİLİ HABERLER")).isTrue();
        assertThat(RELATED.matchesLine("ilgili haberler")).isTrue();
        assertThat(RELATED.matchesLine("İlgili Haberler")).isTrue();
        assertThat(RELATED.matchesLine("RELATED NEWS")).isTrue();
        assertThat(RELATED.matchesLine("related news")).isTrue();
    }

    @Test
    void matchesFullWidthFormsAndDecorations() {
        assertThat(Phrases.entries("en", "related-headings")).contains("Related News");
        assertThat(Phrases.entries("zh", "related-headings")).contains("相关新闻");
        assertThat(Phrases.entries("hi", "related-headings")).contains("यह भी पढ़ें");

        assertThat(RELATED.matchesLine("Ｒｅｌａｔｅｄ　Ｎｅｗｓ：")).isTrue();
        assertThat(RELATED.matchesLine("Related News »")).isTrue();
        assertThat(RELATED.matchesLine("Related News:")).isTrue();
        assertThat(RELATED.matchesLine("→ Related News ←")).isTrue();
        assertThat(RELATED.matchesLine("【相关新闻】")).isTrue();
        assertThat(RELATED.matchesLine("相关新闻")).isTrue();
        assertThat(RELATED.matchesLine("📰 यह भी पढ़ें")).isTrue();
        assertThat(RELATED.matchesLine("यह भी पढ़ें:")).isTrue();
    }

    @Test
    void toleratesOneTypoInLongLatinPhrasesOnly() {
        assertThat(RELATED.matchesLine("Lastest News")).isTrue();   // insertion
        assertThat(RELATED.matchesLine("Relatde News")).isTrue();   // swap
        assertThat(RELATED.matchesLine("Related Nevs")).isTrue();   // substitution
        assertThat(RELATED.matchesLine("Latest Storis")).isTrue();  // deletion
        assertThat(RELATED.matchesLine("Lastest Newz")).isFalse();  // two typos

        // short phrases need an exact match
        assertThat(RELATED.matchesLine("Popular")).isTrue();
        assertThat(RELATED.matchesLine("Populat")).isFalse();
        assertThat(RELATED.matchesLine("Lattest")).isFalse();
        assertThat(RELATED.matchesLine("Relatd")).isFalse();
        assertThat(RELATED.matchesLine("Most Raed")).isFalse();

        Phrases custom = Phrases.of(List.of("Breaking News", "Trending"));
        assertThat(custom.matchesLine("Braking News")).isTrue();
        assertThat(custom.matchesLine("Breaking Newss")).isTrue();
        assertThat(custom.matchesLine("Trending")).isTrue();
        assertThat(custom.matchesLine("Trendng")).isFalse();
        assertThat(custom.matchesLine("Trendimg")).isFalse();
        // non-Latin phrases never match with a typo
        Phrases cyrillic = Phrases.of(List.of("Читайте также"));
        assertThat(cyrillic.matchesLine("Читайте также")).isTrue();
        assertThat(cyrillic.matchesLine("Читайтe также")).isFalse(); // one Latin e
        assertThat(cyrillic.matchesLine("Читайте такжe")).isFalse();
    }

    @Test
    void numberPlaceholdersMatchCounts() {
        Phrases comments = Phrases.standard("comments-headings");
        assertThat(Phrases.entries("en", "comments-headings")).contains("{n} Comments");
        assertThat(comments.matchesLine("12 Comments")).isTrue();
        assertThat(comments.matchesLine("1,234 Comments")).isTrue();
        assertThat(comments.matchesLine("1 Comment")).isTrue();
        assertThat(comments.matchesLine("Comments (12)")).isTrue();
        assertThat(comments.matchesLine("Many Comments")).isFalse();
        assertThat(comments.matchesLine("12 Comments about nothing in particular")).isFalse();

        Phrases custom = Phrases.of(List.of("{n} Shares"));
        assertThat(custom.matchesLine("3 shares")).isTrue();
        assertThat(custom.matchesLine("2.5k Shares")).isTrue();
        assertThat(custom.matchesLine("Shares")).isFalse();
    }

    @Test
    void commentFormsEndTheArticleButBareCountsDoNot() {
        Phrases comments = Phrases.standard("comments-headings");
        assertThat(comments.matchesLine("Schreibe einen Kommentar Antworten abbrechen")).isTrue();
        assertThat(comments.matchesLine("5 Gedanken zu „Endlich wird es spannend“")).isTrue();
        assertThat(comments.matchesLine("Laisser un commentaire Annuler la réponse")).isTrue();
        assertThat(comments.matchesLine("Deja una respuesta Cancelar la respuesta")).isTrue();
        assertThat(comments.matchesLine("1 Kommentar")).isFalse();
        assertThat(comments.matchesLine("Keine Kommentare")).isFalse();
    }

    @Test
    void relatedHeadingsAndPromptsOfGermanFrenchAndSpanishSites() {
        assertThat(RELATED.matchesLine("Weitere Themen")).isTrue();
        assertThat(RELATED.matchesLine("Das Thema könnte dich auch interessieren:")).isTrue();
        assertThat(RELATED.matchesLine("Lust auf mehr?")).isTrue();
        assertThat(RELATED.matchesLine("Pour approfondir")).isTrue();
        assertThat(RELATED.matchesLine("Mirá también")).isTrue();
        Phrases boilerplate = Phrases.standard("boilerplate");
        assertThat(boilerplate.matchesLine("Sieh dir diesen Beitrag auf Instagram an")).isTrue();
        assertThat(boilerplate.matchesLine("Ein Beitrag geteilt von Anna (@anna)")).isTrue();
        assertThat(boilerplate.matchesLine("View this post on Instagram")).isTrue();
        assertThat(Phrases.standard("navigation").matchesLine("Beitrags-Navigation")).isTrue();
    }

    @Test
    void listWithoutAnyWordIsRejected() {
        assertThatThrownBy(() -> Phrases.of(List.of("  ", "!!"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phrases.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Phrases.of(List.of("  ", "!!", "ok")).matchesLine("OK!")).isTrue();
    }

    @Test
    void withAddsPhrasesAndKeepsTheOriginal() {
        Phrases base = Phrases.of(List.of("More from Acme"));
        Phrases more = base.with(List.of("Acme Picks"));
        assertThat(more.matchesLine("Acme Picks")).isTrue();
        assertThat(base.matchesLine("Acme Picks")).isFalse();
        assertThat(more.entries()).containsExactly("More from Acme", "Acme Picks");
        assertThat(Phrases.of(List.of("a", "a", "b")).entries()).containsExactly("a", "b");
    }

    @Test
    void alternationQuotesPhrasesLongestFirstAndSkipsPlaceholders() {
        String alt = Phrases.of(List.of("Read", "Read more (now)", "{n} Reads")).alternation();
        assertThat(alt).isEqualTo("\\QRead more (now)\\E|\\QRead\\E");
    }

    @Test
    void languagesAreTheOnesListedInLanguagesTxt() throws IOException {
        List<String> listed = Arrays.stream(read("/dev/winnow/phrases/languages.txt").split("\n"))
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(listed).isNotEmpty().contains("en", "tr", "zh", "hi", "ar");
        assertThat(Phrases.languages()).isEqualTo(listed);
    }

    @Test
    void everyConceptFileExistsForEveryLanguage() {
        for (String lang : Phrases.languages()) {
            for (String concept : CONCEPTS) {
                String resource = "/dev/winnow/phrases/" + lang + "/" + concept + ".txt";
                assertThat(Phrases.class.getResource(resource)).as(resource).isNotNull();
            }
        }
    }

    @Test
    void everyStandardConceptLoads() {
        for (String concept : CONCEPTS) {
            Phrases p = Phrases.standard(concept);
            assertThat(p.entries()).as(concept).isNotEmpty();
            assertThat(Phrases.standard(concept)).as("cached " + concept).isSameAs(p);
        }
        // prose-ish concepts have entries in every language
        for (String lang : Phrases.languages()) {
            for (String concept : List.of("related-headings", "read-more", "paywall", "boilerplate", "views")) {
                assertThat(Phrases.entries(lang, concept)).as(lang + "/" + concept).isNotEmpty();
            }
        }
        assertThat(Phrases.entries("xx", "related-headings")).isEmpty();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
