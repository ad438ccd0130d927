package dev.winnow.apitest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.BatchCleaner;
import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's batch cleaning examples, from outside {@code dev.winnow}, as a library user writes them. */
class BatchCleanerApiTest {
    private static final String PROSE = "The regional council approved the new transport budget on Tuesday after a long "
            + "debate about the cost of the planned tram line, the bus lanes and the cycle paths in the centre.";

    record Row(String id, String html, String url) {}

    @Test
    void readmeStreamExample(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), PROSE);
        Files.writeString(dir.resolve("b.html"), "<html><body><article><p>" + PROSE + "</p></article></body></html>");
        Files.createDirectory(dir.resolve("c.txt"));   // a directory: cannot be read as a page
        Map<Path, Article> stored = new ConcurrentHashMap<>();
        List<String> logged = new CopyOnWriteArrayList<>();

        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard());
             Stream<Path> files = Files.list(dir).sorted()) {
            batch.cleanAll(files, Input::path).forEach(result -> {
                if (result.succeeded()) {
                    stored.put(result.key(), result.article());
                } else {
                    logged.add(result.key() + ": " + result.error());
                }
            });
        }

        assertThat(stored).containsOnlyKeys(dir.resolve("a.txt"), dir.resolve("b.html"));
        assertThat(stored.values()).allSatisfy(a -> assertThat(a.bodyText()).contains("regional council"));
        assertThat(logged).singleElement().asString().startsWith(dir.resolve("c.txt") + ": ");
    }

    @Test
    void readmeSubmitExample() throws Exception {
        List<Row> rows = List.of(new Row("r1", "<p>" + PROSE + "</p>", "https://news.example/1"),
                new Row("r2", "<p>" + PROSE + "</p>", "https://news.example/2"));
        List<BatchCleaner.Result<String>> indexed = new CopyOnWriteArrayList<>();

        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 8)) {
            for (Row row : rows) {
                batch.submit(row.id(), () -> Input.html(row.html(), row.url()), result -> indexed.add(result));
            }
            batch.awaitCompletion();
        }

        assertThat(indexed).extracting(BatchCleaner.Result::key).containsExactlyInAnyOrder("r1", "r2");
        assertThat(indexed).allMatch(BatchCleaner.Result::succeeded);
    }
}
