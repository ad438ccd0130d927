package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.TestFiles;
import dev.winnow.model.Article;
import dev.winnow.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The charset and type decisions of {@code testdata/encodings/cases.tsv}, as the WHATWG Encoding
 * and MIME Sniffing standards make them: labels outside the standard ignored, {@code utf-16}
 * meaning UTF-16LE, the {@code FF FE 00 00} BOM read as UTF-16LE, an HTML type kept for a page that
 * starts with {@code <svg>}, flattened text that starts like a mail, PostScript or an executable
 * read as text, and markup after more than 64 KB of white space read as HTML.
 */
class EncodingCasesTest {
    private static final Cleaner CLEANER = Cleaner.standard();
    private static final Path FOLDER = TestFiles.TESTDATA.resolve("encodings");

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve("cases.tsv"), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], dash(f[1]), dash(f[2]), f[3], f[4], f[5]));
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReadAsBrowsersReadIt(String file, String contentType, String url, String charset, String shape,
            String expected) throws IOException {
        Article a = CLEANER.clean(Input.bytes(Files.readAllBytes(FOLDER.resolve(file)), url, contentType));

        assertThat(a.status()).as("status; warnings %s", a.warnings()).isEqualTo(Status.OK);
        assertThat(a.input().charset()).as("charset; warnings %s", a.warnings()).isEqualTo(charset);
        assertThat(a.bodyText()).contains(expected);
        if (shape.equals("HTML")) {
            assertThat(a.bodyText()).as("read as HTML, so no markup in the body").doesNotContain("<", ">");
        }
    }
}
