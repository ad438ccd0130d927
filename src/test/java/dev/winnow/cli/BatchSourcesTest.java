package dev.winnow.cli;

import static dev.winnow.cli.MainTest.PROSE;
import static dev.winnow.cli.MainTest.SUMMARY;
import static dev.winnow.cli.MainTest.run;
import static dev.winnow.cli.MainTest.runWithInput;
import static dev.winnow.cli.MainTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code winnow batch} from a list file and from JSON lines, and to JSON lines. */
class BatchSourcesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTML = "<html><head><title>Budget</title></head><body><article><p>" + PROSE
            + "</p></article></body></html>";

    private static List<JsonNode> lines(String jsonLines) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : jsonLines.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void cleansTheFilesOfAListIntoADirectory(@TempDir Path tmp) throws Exception {
        write(tmp.resolve("pages/a.html"), HTML);
        write(tmp.resolve("elsewhere/b.txt"), PROSE);
        Path list = tmp.resolve("crawl.list");
        write(list, "# today's pages\npages/a.html\n\n" + tmp.resolve("elsewhere/b.txt") + "\n");
        Path out = tmp.resolve("out");

        MainTest.Run r = run("batch", "--format", "text", list.toString(), out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("crawl-000002.txt"))).contains("regional council approved");
        assertThat(Files.readString(out.resolve("crawl-000004.txt"))).contains("regional council approved");
        assertThat(r.errLines().get(r.errLines().size() - 1)).matches(SUMMARY).startsWith("cleaned 2 pages");
    }

    @Test
    void aListedFileThatCannotBeReadIsReportedAndTheOthersAreCleaned(@TempDir Path tmp) throws Exception {
        write(tmp.resolve("a.txt"), PROSE);
        write(tmp.resolve("c.txt"), PROSE);
        Path list = tmp.resolve("crawl.list");
        write(list, "a.txt\nmissing.html\nc.txt\n");
        Path out = tmp.resolve("out.jsonl");

        MainTest.Run r = run("batch", "--threads", "2", list.toString(), out.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(lines(Files.readString(out))).extracting(n -> n.get("source").asText())
                .containsExactlyInAnyOrder("a.txt", "c.txt");
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).isEqualTo("failed: missing.html: does not exist"));
        assertThat(r.errLines().get(r.errLines().size() - 1)).matches(SUMMARY).startsWith("cleaned 2 pages")
                .endsWith(", 1 failed");
    }

    @Test
    void cleansJsonLinesFromStandardInputToStandardOutput() throws Exception {
        String in = JSON.writeValueAsString(java.util.Map.of("id", "p1", "url", "https://news.example/p1", "html", HTML)) + "\n"
                + JSON.writeValueAsString(java.util.Map.of("text", PROSE)) + "\n"
                + "\n"
                + "{not json\n"
                + "{\"url\": \"https://news.example/none\"}\n";

        MainTest.Run r = runWithInput(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
                "batch", "--threads", "2", "-", "-");

        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(2);
        assertThat(out).extracting(n -> n.get("source").asText()).containsExactlyInAnyOrder("p1", "line 2");
        assertThat(out).allSatisfy(n -> {
            assertThat(n.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(n.get("sections").toString()).contains("regional council approved");
        });
        assertThat(r.err()).contains("failed: line 4: not a JSON object").contains("failed: line 5: no \"html\"");
        assertThat(r.errLines().get(r.errLines().size() - 1)).matches(SUMMARY).startsWith("cleaned 2 pages")
                .endsWith("2 failed");
    }

    @Test
    void writesJsonLinesToAFileWithOneLinePerPage(@TempDir Path tmp) throws Exception {
        for (int i = 0; i < 30; i++) {
            write(tmp.resolve("in/page-" + i + (i % 2 == 0 ? ".html" : ".txt")), i % 2 == 0 ? HTML : PROSE);
        }
        Path out = tmp.resolve("pages.jsonl");

        MainTest.Run r = run("batch", "--threads", "2", tmp.resolve("in").toString(), out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> lines = lines(Files.readString(out));
        assertThat(lines).hasSize(30);
        assertThat(lines).extracting(n -> n.get("source").asText()).doesNotHaveDuplicates()
                .contains("page-0.html", "page-29.txt");
        assertThat(r.out()).isEmpty();
    }
}
