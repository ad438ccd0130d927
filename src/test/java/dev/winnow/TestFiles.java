package dev.winnow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads test fixtures from {@code testdata/} by a path relative to the project root. */
public final class TestFiles {
    /** The fixtures folder. */
    public static final Path TESTDATA = Path.of("testdata");

    private TestFiles() {}

    /**
     * Reads a fixture as UTF-8.
     *
     * @param relative the path under testdata/
     * @return the content
     */
    public static String read(String relative) {
        return read(TESTDATA.resolve(relative));
    }

    /**
     * Reads a file as UTF-8.
     *
     * @param path the file
     * @return the content
     */
    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
