package dev.winnow.cli;

import static dev.winnow.cli.MainTest.PROSE;
import static dev.winnow.cli.MainTest.SUMMARY;
import static dev.winnow.cli.MainTest.run;
import static dev.winnow.cli.MainTest.runWithInput;
import static dev.winnow.cli.MainTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.TestFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code winnow batch} over a folder, a WARC file and JSON lines that each hold one poisonous item
 * among good ones: every good item is cleaned, and the failure list and summary are printed.
 */
class BatchHostileInputTest {
    /** A paragraph of 20,000 nested list markers: the Markdown writer once overflowed the stack on it. */
    private static final String LIST_MARKER_FLOOD = "- ".repeat(20_000) + "word and more words follow here in this paragraph.";

    /** The cleaned count and the failed count of the summary line, which must be the last line. */
    private static int[] summary(MainTest.Run r) {
        List<String> lines = r.errLines();
        Matcher m = Pattern.compile(SUMMARY).matcher(lines.get(lines.size() - 1));
        assertThat(m.matches()).as(r.err()).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))};
    }

    @Test
    void aFolderWithOnePoisonousPage(@TempDir Path tmp) throws Exception {
        for (int i = 1; i <= 3; i++) {
            write(tmp.resolve("in/good-" + i + ".txt"), "Budget " + i + "\n\n" + PROSE + "\n");
        }
        write(tmp.resolve("in/poison.txt"), "Budget\n\n" + LIST_MARKER_FLOOD + "\n\n" + PROSE + "\n");
        Path out = tmp.resolve("out");

        MainTest.Run r = run("batch", "--format", "markdown", "--threads", "2", tmp.resolve("in").toString(), out.toString());

        for (int i = 1; i <= 3; i++) {
            assertThat(Files.readString(out.resolve("good-" + i + ".md"))).contains("regional council approved");
        }
        int[] counts = summary(r);
        boolean poisonFailed = r.err().contains("failed: poison.txt: ");
        assertThat(poisonFailed).isNotEqualTo(Files.exists(out.resolve("poison.md")));   // failed and no file, or cleaned
        assertThat(counts).containsExactly(poisonFailed ? 3 : 4, poisonFailed ? 1 : 0);
        assertThat(r.code()).isEqualTo(poisonFailed ? 1 : 0);
    }

    @Test
    void aWarcWithOneBrokenRecord(@TempDir Path tmp) throws Exception {
        Path warc = Files.copy(TestFiles.TESTDATA.resolve("warc/truncated-gzip-member.warc.gz"), tmp.resolve("crawl.warc.gz"));
        Path out = tmp.resolve("out");

        MainTest.Run r = run("batch", "--format", "text", warc.toString(), out.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("crawl-000001.txt"))).contains("The harbour authority reopened");
        assertThat(Files.readString(out.resolve("crawl-000003.txt"))).contains("The harbour authority reopened");
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("failed: crawl record 2: no WARC record at byte ")
                .contains("resumed at byte "));
        assertThat(summary(r)).containsExactly(2, 1);
    }

    private static String goodLine(String id) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of("id", id, "text", PROSE)) + "\n";
    }

    @Test
    void jsonLinesWithOnePoisonousLine() throws Exception {   // 100,000 nested arrays in a member that is skipped
        String nested = "{\"id\": \"deep\", \"text\": \"x\", \"extra\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}\n";
        String in = goodLine("p1") + goodLine("p2") + nested + goodLine("p3");

        MainTest.Run r = runWithInput(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), "batch", "-", "-");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("regional council approved"));
        assertThat(r.out()).contains("\"source\":\"p1\"").contains("\"source\":\"p2\"").contains("\"source\":\"p3\"");
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("failed: line 3: "));
        assertThat(summary(r)).containsExactly(3, 1);
    }
}
