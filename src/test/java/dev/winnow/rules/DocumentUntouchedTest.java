package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code Source.document()} and {@code Origin.element()}: block rules read the
 * document and never change it. Jsoup has no read-only view, so this test holds the standard rules
 * to it: with no document rule in the set, the cleaner hands the caller's own document to the
 * segmenter and every block rule, and afterwards the document must be as it was.
 */
class DocumentUntouchedTest {

    @Test
    void theStandardRulesLeaveTheDocumentAsItWas() throws IOException {
        List<Path> pages;
        try (Stream<Path> cases = Files.list(TestFiles.TESTDATA.resolve("html-cases"))) {
            pages = cases.map(c -> c.resolve("input.html")).filter(Files::exists).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            Document document = Jsoup.parse(TestFiles.read(page), "https://news.example/article");
            String before = document.outerHtml();
            Cleaner.standard().clean(Input.document(document));
            assertThat(document.outerHtml()).as("document of %s after cleaning", page).isEqualTo(before);
        }
    }
}
