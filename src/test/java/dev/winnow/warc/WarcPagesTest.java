package dev.winnow.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.winnow.TestFiles;
import dev.winnow.warc.WarcPages.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcReader;

/**
 * {@link WarcPages} over the broken WARC files of {@code testdata/warc/}: each holds a good record,
 * a broken one and a good one; the broken one is a failed page and reading resumes after it.
 */
class WarcPagesTest {
    private static final Path DIR = TestFiles.TESTDATA.resolve("warc");

    static Stream<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(WarcPages::isWarc).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void theBrokenRecordIsAFailedPageAndTheRecordAfterItIsRead(Path file) throws IOException {
        List<Page> pages;
        try (Stream<Page> records = WarcPages.pages(file, 1 << 20)) {
            pages = records.toList();
        }
        assertThat(pages).extracting(Page::index).containsExactly(1, 2, 3);
        assertThat(pages.get(0).url()).isEqualTo("https://news.example/page-1");
        assertThat(pages.get(2).url()).isEqualTo("https://news.example/page-3");
        for (Page good : List.of(pages.get(0), pages.get(2))) {
            assertThat(good.problem()).isNull();
            assertThat(new String(good.body(), StandardCharsets.UTF_8)).contains("The harbour authority reopened");
        }
        Page broken = pages.get(1);
        assertThat(broken.body()).isNull();
        assertThat(broken.problem()).contains("at byte ").contains("resumed at byte ");
    }

    @Test
    void aBrokenRecordInAStreamIsTheLastPage() throws IOException {
        List<Page> pages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(DIR.resolve("short-content-length.warc"));
             WarcReader reader = WarcPages.open(in)) {
            for (Iterator<Page> it = WarcPages.pages(reader, 1 << 20); it.hasNext();) {
                pages.add(it.next());
            }
        }
        assertThat(pages).extracting(Page::problem).first().isNull();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1).problem()).contains("Content-Length (40)").contains("the rest of the stream is not read");
    }

    @Test
    void aGoodFileGivesEveryResponseRecordAndNothingElse() throws IOException {
        Path file = DIR.resolve("short-content-length.warc");
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        int second = text.indexOf("WARC/1.0", 1);
        int third = text.indexOf("WARC/1.0", second + 1);
        Path good = Files.createTempFile("good", ".warc");
        try {
            Files.writeString(good, text.substring(0, second) + text.substring(third), StandardCharsets.ISO_8859_1);
            try (Stream<Page> records = WarcPages.pages(good, 1 << 20)) {
                assertThat(records.toList()).extracting(Page::index, Page::url, p -> p.problem() == null)
                        .containsExactly(tuple(1, "https://news.example/page-1", true),
                                tuple(2, "https://news.example/page-3", true));
            }
        } finally {
            Files.delete(good);
        }
    }
}
