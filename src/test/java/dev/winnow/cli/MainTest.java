package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final String XI = "testdata/xi-russia.txt";
    static final String SUMMARY = "cleaned (\\d+) pages in \\d+\\.\\d+ s \\(\\d+\\.\\d+ pages/s\\), (\\d+) skipped, (\\d+) failed";
    static final String PROSE = "The regional council approved the new transport budget on Tuesday after a "
            + "long debate about the cost of the planned tram line and the bus lanes in the city centre.\n"
            + "Officials said construction would start next spring and that the first trams should carry "
            + "passengers within three years.\n";

    /** The result of one run: exit code, standard output and standard error. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        return runWithInput(new java.io.ByteArrayInputStream(new byte[0]), args);
    }

    static Run runWithInput(java.io.InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, in, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void listRulesPrintsEveryStandardRuleId() {
        Run r = run("--list-rules");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        List<String> ids = RuleSet.standard().ids();
        assertThat(lines).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(lines.get(i)).startsWith(ids.get(i) + " ");
        }
        assertThat(r.out()).contains("CLASSIFY").contains("METADATA");
    }

    @Test
    void listRulesLeavesOutDisabledRules() {
        Run r = run("--list-rules", "--disable", "comments-tail");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("comments-tail").contains("related-lists");
    }

    @Test
    void markdownOfTheReferencePage() {
        Run r = run("--format", "markdown", XI);
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).contains("## The Strategic Alignment", "## Economic Interdependence", "## Related");
        assertThat(lines).contains("- LMZH Academy Sports: Your Guide To Southside Blvd Location — Alex Braham, "
                + "2025-11-12, 58 views");
        assertThat(lines).anyMatch(l -> l.startsWith("- Benfica Vs Sporting"));
        assertThat(r.out()).contains("Truncated (mid-sentence)");
        assertThat(r.out()).doesNotContain("Lastest News").doesNotContain("Related News");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonIsTheDefaultFormat() {
        Run r = run(XI);
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("{\n  \"schemaVersion\": 1,");
        assertThat(r.out()).isEqualTo(dev.winnow.TestFiles.read("xi-russia.expected.json"));
    }

    @Test
    void textFormatEndsWithTheTruncationNoteAndTheRelatedList() {
        Run r = run("--format", "text", XI);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("The Strategic Alignment").contains("Hey guys!")
                .doesNotContain("Related News").doesNotContain("Lastest News");
        assertThat(r.out()).contains("keep this partnership from being entirely\n\n[Truncated (mid-sentence)]\n\n"
                + "Related:\n- LMZH Academy Sports: Your Guide To Southside Blvd Location — Alex Braham, 2025-11-12, "
                + "58 views\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void explainPrintsDecisionsToStandardError() {
        Run r = run("--explain", "--format", "text", XI);
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("related-lists").contains("truncated-ending").contains("heading-lines")
                .contains("ending=truncated");
        assertThat(r.out()).doesNotContain("related-lists");
        Run quiet = run("--format", "text", XI);
        assertThat(quiet.out()).isEqualTo(r.out());
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void partialAndDisableOptionsChangeTheOutput() {
        Run keep = run("--format", "text", XI);
        Run drop = run("--format", "text", "--partial", "drop", XI);
        assertThat(keep.out()).contains("keep this partnership from being entirely");
        assertThat(drop.out()).doesNotContain("keep this partnership from being entirely");
        Run noRelated = run("--format", "markdown", "--disable", "related-lists", XI);
        assertThat(noRelated.out()).doesNotContain("LMZH Academy Sports: Your Guide To Southside Blvd Location — ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("--bogus", XI);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--bogus");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }

    @Test
    void missingFileExitsOneWithAMessage(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-page.txt");
        Run r = run(missing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("winnow: ").contains("no-such-page.txt");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--format").contains("batch").contains("Exit codes");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("winnow ");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(run("--format", "nope", XI).code()).isEqualTo(2);
        assertThat(run("--kind", "bogus", XI).code()).isEqualTo(2);
        assertThat(run("--partial", "bogus", XI).code()).isEqualTo(2);
        assertThat(run("--disable", "no-such-rule", XI).code()).isEqualTo(2);
    }

    @Test
    void badOptionValuesFailWithAMessageNamingTheValue() {
        Run r = run("--format", "nope", XI);
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("nope");
        Run d = run("--disable", "no-such-rule", XI);
        assertThat(d.code()).isNotZero();
        assertThat(d.err()).contains("no-such-rule");
    }

    // --- batch ----------------------------------------------------------------------------------

    @Test
    void batchWritesOneFilePerPageAndReportsAFailure(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        write(in.resolve("a.txt"), PROSE);
        write(in.resolve("b.html"), "<html><body><p>" + PROSE + "</p></body></html>");
        write(in.resolve("sub/c.txt"), dev.winnow.TestFiles.read("xi-russia.txt"));
        write(in.resolve("bad.txt"), PROSE);
        // the result of bad.txt cannot be written: its target is a directory
        Files.createDirectories(out.resolve("bad.json"));

        Run r = run("batch", "--threads", "2", in.toString(), out.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(out.resolve("a.json")).isRegularFile();
        assertThat(out.resolve("b.json")).isRegularFile();
        assertThat(out.resolve("sub/c.json")).isRegularFile();
        assertThat(Files.readString(out.resolve("a.json"))).startsWith("{\n  \"schemaVersion\": 1,")
                .contains("regional council");
        assertThat(Files.readString(out.resolve("sub/c.json")))
                .isEqualTo(dev.winnow.TestFiles.read("xi-russia.expected.json"));
        List<String> errLines = r.errLines();
        assertThat(errLines).anySatisfy(l -> assertThat(l).startsWith("failed: bad.txt: "));
        assertThat(errLines.get(errLines.size() - 1)).matches(SUMMARY).startsWith("cleaned 3 pages in ")
                .endsWith(", 1 failed");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void batchWithoutFailuresExitsZero(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        for (String name : List.of("one.txt", "two.txt", "three")) {
            write(in.resolve(name), PROSE);
        }
        Run r = run("batch", "--format", "markdown", in.toString(), out.toString());
        assertThat(r.code()).isZero();
        assertThat(out.resolve("one.md")).isRegularFile();
        assertThat(out.resolve("two.md")).isRegularFile();
        assertThat(out.resolve("three.md")).isRegularFile();
        List<String> errLines = r.errLines();
        assertThat(errLines.get(errLines.size() - 1)).matches(SUMMARY).startsWith("cleaned 3 pages").endsWith(", 0 failed");
        assertThat(errLines).noneMatch(l -> l.startsWith("failed:"));
    }

    @Test
    void batchOfAnEmptyDirectory(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Run r = run("batch", in.toString(), tmp.resolve("out").toString());
        assertThat(r.code()).isZero();
        assertThat(r.errLines().get(r.errLines().size() - 1)).matches(SUMMARY).startsWith("cleaned 0 pages");
    }

    @Test
    void batchUsageErrors(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), PROSE);
        Run zero = run("batch", "--threads", "0", in.toString(), tmp.resolve("out").toString());
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--threads");
        assertThat(tmp.resolve("out/a.json")).doesNotExist();

        Run missing = run("batch", in.resolve("missing").toString(), tmp.resolve("out").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains(in.resolve("missing") + ": does not exist").contains("Try 'winnow batch --help'");

        Run markdownLines = run("batch", "--format", "markdown", in.toString(), tmp.resolve("out.jsonl").toString());
        assertThat(markdownLines.code()).isEqualTo(2);
        assertThat(markdownLines.err()).contains("JSON lines");

        Run missingArg = run("batch", in.toString());
        assertThat(missingArg.code()).isEqualTo(2);
    }

    @Test
    void batchSummaryDoesNotDependOnTheDefaultLocale(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), PROSE);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Run r = run("batch", in.toString(), tmp.resolve("out").toString());
            assertThat(r.errLines().get(r.errLines().size() - 1)).matches(SUMMARY);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void batchDoesNotSilentlyOverwriteResults(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), PROSE);
        write(in.resolve("a.html"), "<html><body><p>Another page entirely, about the harbour and its boats, "
                + "which is long enough to be prose of its own.</p></body></html>");
        Path out = tmp.resolve("out");
        Run r = run("batch", in.toString(), out.toString());
        try (var files = Files.list(out)) {
            assertThat(r.code() != 0 || files.count() == 2).as("either both results are kept or the run fails")
                    .isTrue();
        }
    }

    @Test
    void siteRulesApplyToTheirHostAndAreListedWithTheirLoadReport(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("sites");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("news.example.txt"),
                "author: //span[@class='writer']\nstrip: //div[@class='promo']\nhttp_header(referer): x\n");
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><body><article><h1>Tram line approved</h1>"
                + "<p>By <span class='writer'>Jane Doe</span></p>"
                + "<p>The city council approved the new tram line on Tuesday evening after a long debate.</p>"
                + "<div class='promo'><p>Subscribe to our morning briefing for the news that matters to you.</p></div>"
                + "<p>Construction starts next spring and the first trams should run in 2027, officials said.</p>"
                + "</article></body></html>");

        Run site = run("--site-rules", rules.toString(), "--url", "https://www.news.example/tram", "--format", "text",
                page.toString());
        assertThat(site.code()).isZero();
        assertThat(site.out()).contains("approved the new tram line").doesNotContain("morning briefing");
        assertThat(site.err()).contains("winnow: site rules: 1 sites from 1 files, 1 directive uses ignored");
        Run other = run("--site-rules", rules.toString(), "--url", "https://other.example/tram", "--format", "text",
                page.toString());
        assertThat(other.out()).isEqualTo(run("--url", "https://other.example/tram", "--format", "text",
                page.toString()).out());

        Run list = run("--site-rules", rules.toString(), "--url", "https://news.example/x", "--list-rules");
        assertThat(list.out()).contains("site.metadata", "site.strip", "news.example.txt")
                .contains("Site rules loaded: 1 files, 1 sites")
                .contains("news.example.txt:3: http_header ignored: fetch-side");
        assertThat(run("--site-rules", dir.resolve("missing").toString(), page.toString()).code()).isEqualTo(2);
    }
}
