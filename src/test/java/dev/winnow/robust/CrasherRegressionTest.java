package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.TestFiles;
import dev.winnow.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays every input under {@code testdata/crashers/} through all entry points. */
class CrasherRegressionTest {
    private static final String LEAD = "The harbour authority reopened the northern channel on Tuesday";
    private static final String BODY = "Officials said divers had cleared the wreck";

    static Stream<Path> crashers() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.TESTDATA.resolve("crashers"))) {
            return files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crashers")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void replays(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Article fromBytes = Cleaner.standard().clean(Input.bytes(bytes));
        assertThat(fromBytes.bodyText()).contains(LEAD).contains(BODY);
        String text = new String(bytes, StandardCharsets.UTF_8);
        Cleaner.standard().clean(Input.html(text, null));
        Cleaner.standard().clean(Input.text(text));
    }
}
