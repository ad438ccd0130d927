package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.model.Article;
import dev.winnow.write.JsonWriter;
import dev.winnow.write.TextWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case folder under {@code testdata/cases/}: {@code input.txt} is cleaned as flattened
 * text and the JSON output must match {@code expect.json} member by member (objects: the listed
 * members; arrays: same length, element by element; scalars: equal). {@code mustContain} and
 * {@code mustNotContain} list snippets of the plain body text. {@code note} documents the case.
 *
 * <p>Run with {@code -Dgolden.update=true} to write each case's full output to
 * {@code actual.json} next to it for review.
 */
class GoldenCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CASES = TestFiles.TESTDATA.resolve("cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("input.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseMatchesExpectation(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Article article = Cleaner.standard().clean(Input.text(TestFiles.read(dir.resolve("input.txt"))));
        String json = new JsonWriter().render(article);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(dir.resolve("actual.json"), json, StandardCharsets.UTF_8);
        }
        JsonNode expected = JSON.readTree(dir.resolve("expect.json").toFile());
        JsonNode actual = JSON.readTree(json);
        String body = new TextWriter().render(article);
        for (JsonNode snippet : expected.path("mustContain")) {
            assertThat(body).as("body of %s", name).contains(snippet.asText());
        }
        for (JsonNode snippet : expected.path("mustNotContain")) {
            assertThat(body).as("body of %s", name).doesNotContain(snippet.asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getKey().equals("note") && !f.getKey().equals("mustContain") && !f.getKey().equals("mustNotContain")) {
                assertMatches("$." + f.getKey(), f.getValue(), actual.get(f.getKey()), json);
            }
        }
    }

    /** Checks that {@code actual} has every member of {@code expected} (recursively). */
    static void assertMatches(String path, JsonNode expected, JsonNode actual, String json) {
        if (actual == null) {
            fail("%s: missing in output%n%s", path, json);
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            expected.fields().forEachRemaining(e -> assertMatches(path + "." + e.getKey(), e.getValue(),
                    actual.get(e.getKey()), json));
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array").isTrue();
            if (expected.size() != actual.size()) {
                fail("%s: expected %d elements, got %d:%n%s%nexpected %s", path, expected.size(), actual.size(),
                        actual.toPrettyString(), expected.toPrettyString());
            }
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(path + "[" + i + "]", expected.get(i), actual.get(i), json);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
