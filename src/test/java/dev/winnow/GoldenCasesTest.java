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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case folder under {@code testdata/cases/} ({@code input.txt}, cleaned as flattened text)
 * and {@code testdata/html-cases/} ({@code input.html}, cleaned as HTML with the {@code inputUrl} of
 * {@code expect.json}). The JSON output must match {@code expect.json} member by member (objects: the listed
 * members; arrays: same length, element by element; scalars: equal). {@code mustContain} and
 * {@code mustNotContain} list snippets of the plain body text. {@code note} documents the case.
 *
 * <p>Run with {@code -Dgolden.update=true} to write each case's full output to
 * {@code actual.json} next to it for review.
 */
class GoldenCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DIRECTIVES = Set.of("note", "mustContain", "mustNotContain", "inputUrl");

    static Stream<String> cases() throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : List.of("cases", "html-cases")) {
            try (Stream<Path> dirs = Files.list(TestFiles.TESTDATA.resolve(folder))) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("expect.json")))
                        .map(d -> folder + "/" + d.getFileName()).sorted().forEach(names::add);
            }
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseMatchesExpectation(String name) throws IOException {
        Path dir = TestFiles.TESTDATA.resolve(name);
        JsonNode expected = JSON.readTree(dir.resolve("expect.json").toFile());
        String url = expected.hasNonNull("inputUrl") ? expected.get("inputUrl").asText() : null;
        Input input = Files.isRegularFile(dir.resolve("input.html"))
                ? Input.html(TestFiles.read(dir.resolve("input.html")), url)
                : Input.text(TestFiles.read(dir.resolve("input.txt")), url);
        Article article = Cleaner.standard().clean(input);
        String json = new JsonWriter().render(article);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(dir.resolve("actual.json"), json, StandardCharsets.UTF_8);
        }
        JsonNode actual = JSON.readTree(json);
        String body = TextWriter.bodyOnly().render(article);
        for (JsonNode snippet : expected.path("mustContain")) {
            assertThat(body).as("body of %s", name).contains(snippet.asText());
        }
        for (JsonNode snippet : expected.path("mustNotContain")) {
            assertThat(body).as("body of %s", name).doesNotContain(snippet.asText());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!DIRECTIVES.contains(f.getKey())) {
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
