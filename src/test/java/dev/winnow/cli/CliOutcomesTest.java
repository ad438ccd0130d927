package dev.winnow.cli;

import static dev.winnow.cli.MainTest.PROSE;
import static dev.winnow.cli.MainTest.SUMMARY;
import static dev.winnow.cli.MainTest.run;
import static dev.winnow.cli.MainTest.runWithInput;
import static dev.winnow.cli.MainTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Limits;
import dev.winnow.TestFiles;
import dev.winnow.model.Article;
import dev.winnow.model.Status;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the command line says about inputs it cannot clean, gzip pages, bad paths, usage errors and
 * a contradicting {@code --kind}; the inputs are in {@code testdata/cli}.
 */
class CliOutcomesTest {
    private static final Path CLI = TestFiles.TESTDATA.resolve("cli");
    private static final List<String> FORMATS = List.of("json", "markdown", "text", "html", "report");

    static Stream<Arguments> nothingToClean() {
        return Stream.of(
                Arguments.of("empty.html", "empty input (0 bytes)"),
                Arguments.of("blank.txt", "no text in the input"),
                Arguments.of("binary.dat", "unsupported input: application/octet-stream, not HTML or text"),
                Arguments.of("menu-only.html", "no article text found: all 4 blocks were removed (1 boilerplate, "
                        + "3 navigation); --format report shows why"));
    }

    @ParameterizedTest
    @MethodSource("nothingToClean")
    void anInputWithNothingToCleanSaysWhyInOneLineAndExitsThreeInEveryFormat(String file, String reason) {
        String path = CLI.resolve(file).toString();
        for (String format : FORMATS) {
            MainTest.Run r = run("--format", format, path);
            assertThat(r.code()).as(format).isEqualTo(Main.NOTHING_CLEANED);
            assertThat(r.errLines()).as(format).containsExactly("winnow: " + path + ": " + reason);
        }
    }

    @Test
    void standardInputWithNothingToCleanIsNamedAsSuch() {
        MainTest.Run r = runWithInput(new ByteArrayInputStream(new byte[0]), "--format", "text", "-");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("winnow: standard input: empty input (0 bytes)\n");
    }

    @Test
    void gzipPagesAreDecompressedByNameOrByTheirFirstBytes() throws Exception {
        String html = TestFiles.TESTDATA.resolve("html-cases/en-comments-section-after-article/input.html").toString();
        MainTest.Run plain = run("--format", "markdown", html);
        assertThat(plain.out()).contains("Lakeside Public Library");
        for (String gz : List.of("page.html.gz", "gzip-named-html.html")) {
            MainTest.Run r = run("--format", "markdown", CLI.resolve(gz).toString());
            assertThat(r.code()).as(gz).isZero();
            assertThat(r.out()).as(gz).isEqualTo(plain.out());
        }
        MainTest.Run xi = run("--format", "markdown", CLI.resolve("xi-russia.gz").toString());
        assertThat(xi.out()).isEqualTo(run("--format", "markdown", TestFiles.TESTDATA.resolve("xi-russia.txt").toString()).out());
        MainTest.Run stdin = runWithInput(Files.newInputStream(CLI.resolve("page.html.gz")), "--format", "markdown", "-");
        assertThat(stdin.out()).isEqualTo(plain.out());
    }

    @Test
    void aGzipPageIsDecompressedUpToTheInputLimitAsAWarcRecordIs() throws Exception {
        Cleaner small = Cleaner.builder().limits(Limits.standard().withMaxInputBytes(1000)).build();
        Article a = small.clean(PageFiles.open(CLI.resolve("xi-russia.gz"), small.limits().maxInputBytes()));
        assertThat(a.status()).isEqualTo(Status.PARTIAL);
        assertThat(a.input().bytes()).isEqualTo(1000);
        assertThat(a.warnings()).contains("input longer than 1000 bytes: only the first part was read");
    }

    @Test
    void aBrokenGzipFileFailsNamingThePathAndTheCause() {
        String path = CLI.resolve("broken.html.gz").toString();
        MainTest.Run r = run("--format", "text", path);
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.err()).isEqualTo("winnow: " + path + ": not a readable gzip file: Unexpected end of ZLIB input stream\n");
    }

    @Test
    void aMissingFileSaysItDoesNotExist(@TempDir Path dir) {
        String path = dir.resolve("missing.html").toString();
        MainTest.Run r = run(path);
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.err()).isEqualTo("winnow: " + path + ": does not exist\n");
    }

    @Test
    void aDirectoryIsNamedWithAHintAtBatch(@TempDir Path dir) {
        MainTest.Run r = run("--format", "markdown", dir.toString());
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.err()).isEqualTo("winnow: " + dir + ": is a directory (to clean the pages in it: winnow batch "
                + dir + " OUT)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionsEndWithTryHelp() {
        MainTest.Run r = run("--bogus", "x.html");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.errLines()).containsExactly("winnow: Unknown option: '--bogus'",
                "Try 'winnow --help' for more information.");
        MainTest.Run batch = run("batch", "--threds", "2", "in", "out");
        assertThat(batch.code()).isEqualTo(Main.USAGE);
        assertThat(batch.errLines().get(0)).startsWith("winnow: Unknown option").contains("'--threds'");
        assertThat(batch.errLines()).contains("Possible solutions: --threads")
                .last().isEqualTo("Try 'winnow batch --help' for more information.");
        MainTest.Run missing = run();
        assertThat(missing.errLines()).last().isEqualTo("Try 'winnow --help' for more information.");
    }

    @Test
    void helpDocumentsEveryExitCode() {
        String help = run("--help").out();
        assertThat(help).contains("Exit codes:").containsPattern("(?m)^  0 +every input was cleaned")
                .containsPattern("(?m)^  1 +an input could not be read").containsPattern("(?m)^  2 +usage error")
                .containsPattern("(?m)^  3 +nothing to clean");
    }

    @Test
    void aKindThatContradictsTheDetectedTypeWarnsAndTheOthersDoNot() {
        String html = CLI.resolve("untitled.html").toString();
        String text = TestFiles.TESTDATA.resolve("xi-russia.txt").toString();
        MainTest.Run tags = run("--kind", "text", "--format", "text", html);
        assertThat(tags.code()).isZero();
        assertThat(tags.err()).isEqualTo("winnow: " + html + ": warning: --kind text, but the input looks like HTML "
                + "(text/html): its markup was cleaned as text\n");
        MainTest.Run parsed = run("--kind", "html", "--format", "text", text);
        assertThat(parsed.err()).isEqualTo("winnow: " + text + ": warning: --kind html, but the input looks like plain "
                + "text (text/plain): it was parsed as HTML\n");
        MainTest.Run binary = run("--kind", "text", "--format", "text", CLI.resolve("binary.dat").toString());
        assertThat(binary.err()).contains("warning: --kind text, but the input is application/octet-stream, not HTML or text");
        assertThat(run("--kind", "html", "--format", "text", html).err()).isEmpty();
        assertThat(run("--kind", "text", "--format", "text", text).err()).isEmpty();
        assertThat(run("--format", "text", html).err()).isEmpty();
    }

    @Test
    void htmlOfAnUntitledPageHasNoEmptyTitle() {
        MainTest.Run r = run("--format", "html", CLI.resolve("untitled.html").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("<title>").contains("northern channel");
    }

    @Test
    void theReportFormatWritesOneHtmlFileAlsoForAPageThatLostEveryBlock() {
        MainTest.Run xi = run("--format", "report", TestFiles.TESTDATA.resolve("xi-russia.txt").toString());
        assertThat(xi.code()).isZero();
        assertThat(xi.err()).isEmpty();
        assertThat(xi.out()).startsWith("<!DOCTYPE html>\n").contains("Winnow report of testdata/xi-russia.txt")
                .endsWith("</html>\n");
        String menu = CLI.resolve("menu-only.html").toString();
        MainTest.Run lost = run("--format", "report", menu);
        assertThat(lost.code()).isEqualTo(Main.NOTHING_CLEANED);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(lost.out());
        assertThat(doc.select("section.block.removed")).hasSize(4);
        assertThat(doc.select("section.block.kept")).isEmpty();
    }

    // --- batch ----------------------------------------------------------------------------------

    /** testdata/cli and one good text page, copied into {@code in}. */
    private static Path copyOfTheCliInputs(Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        try (Stream<Path> files = Files.walk(CLI)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = in.resolve(CLI.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        write(in.resolve("good.txt"), PROSE);
        return in;
    }

    @Test
    void batchListsSkippedAndFailedPagesWithTheirCausesAndKeepsEveryOutputName(@TempDir Path tmp) throws Exception {
        Path in = copyOfTheCliInputs(tmp);
        Path out = tmp.resolve("out");

        MainTest.Run r = run("batch", "--format", "markdown", "--threads", "2", in.toString(), out.toString());

        assertThat(r.code()).isEqualTo(Main.FAILED);
        List<String> lines = r.errLines();
        assertThat(lines).containsSubsequence(
                "skipped: binary.dat: unsupported input: application/octet-stream, not HTML or text",
                "skipped: blank.txt: no text in the input",
                "skipped: empty.html: empty input (0 bytes)",
                "skipped: menu-only.html: no article text found: all 4 blocks were removed (1 boilerplate, 3 navigation); "
                        + "--format report shows why",
                "failed: broken.html.gz: not a readable gzip file: Unexpected end of ZLIB input stream");
        assertThat(lines.get(lines.size() - 1)).matches(SUMMARY).startsWith("cleaned 8 pages in ")
                .endsWith(", 4 skipped, 1 failed");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()))
                    .containsExactlyInAnyOrder("README.md", "gzip-named-html.md", "page.md", "untitled.md", "xi-russia.md",
                            "good.md", "same-stem/nyt.htm.md", "same-stem/nyt.html.md");
        }
        assertThat(Files.readString(out.resolve("same-stem/nyt.htm.md"))).contains("saved with the .htm extension");
        assertThat(Files.readString(out.resolve("same-stem/nyt.html.md"))).contains("saved with the .html extension");
        assertThat(Files.readString(out.resolve("page.md"))).contains("Lakeside Public Library");
    }

    @Test
    void aBatchWithSkippedPagesAndNoFailureExitsThree(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("good.txt"), PROSE);
        Files.copy(CLI.resolve("binary.dat"), in.resolve("binary.dat"));
        MainTest.Run r = run("batch", in.toString(), tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(Main.NOTHING_CLEANED);
        assertThat(r.errLines().get(r.errLines().size() - 1)).endsWith("), 1 skipped, 0 failed");
        assertThat(tmp.resolve("out/good.json")).isRegularFile();
        assertThat(tmp.resolve("out/binary.json")).doesNotExist();
    }

    @Test
    void batchOfJsonLinesSkipsEmptyPagesAndWarnsOfAContradictingKind() throws Exception {
        String lines = "{\"id\": \"blank\", \"text\": \"  \"}\n{\"id\": \"none\", \"html\": \"\"}\n"
                + "{\"id\": \"good\", \"text\": \"" + PROSE.replace("\n", "\\n") + "\"}\n";
        MainTest.Run r = runWithInput(new ByteArrayInputStream(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "batch", "-", "-");
        assertThat(r.code()).isEqualTo(Main.NOTHING_CLEANED);
        assertThat(r.out().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("{\"source\":\"good\""));
        assertThat(r.errLines()).contains("skipped: blank: no text in the input", "skipped: none: empty input (0 bytes)");

        Path page = CLI.resolve("untitled.html");
        MainTest.Run kind = run("batch", "--kind", "text", page.getParent().resolve("same-stem").toString(), "-");
        assertThat(kind.errLines()).contains(
                "warning: nyt.htm: --kind text, but the input looks like HTML (text/html): its markup was cleaned as text",
                "warning: nyt.html: --kind text, but the input looks like HTML (text/html): its markup was cleaned as text");
    }

    @Test
    void theReportFormatIsForOnePage(@TempDir Path tmp) {
        MainTest.Run r = run("batch", "--format", "report", CLI.toString(), tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.errLines()).contains("winnow: --format report is for one page: winnow --format report FILE > report.html");
    }
}
