package dev.winnow.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.winnow.Input;
import dev.winnow.Limits;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads pages as JSON lines, one object per line: {@code {"id": ..., "url": ..., "html": ...}},
 * with {@code "text"} instead of {@code "html"} for flattened text or {@code "content"} to let the
 * cleaner tell; {@code id} and {@code url} are optional. Lines are read one at a time, each up to
 * {@link #MAX_LINE_CHARS} (the page size limit): a longer line is skipped to its end and reported as
 * one problem, so a stream of any length and any line length is read in bounded memory.
 */
final class JsonLinesPages {
    /** The longest line read: the cleaner's input limit, as a page's JSON string may be that long. */
    static final int MAX_LINE_CHARS = (int) Limits.DEFAULT_MAX_INPUT_BYTES;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_LINE_CHARS).build()).build();

    /** Receives one page. */
    interface Sink {
        void accept(int line, String id, Input page) throws InterruptedException;
    }

    /** Receives a line that is not a page. */
    interface Problems {
        void accept(int line, String problem);
    }

    private JsonLinesPages() {}

    /**
     * Reads all lines.
     *
     * @return the number of non-blank lines
     */
    static int read(Reader in, Sink sink, Problems problems) throws IOException, InterruptedException {
        return read(in, MAX_LINE_CHARS, sink, problems);
    }

    /** Reads all lines, each up to {@code maxChars} characters. @return the number of non-blank lines */
    static int read(Reader in, int maxChars, Sink sink, Problems problems) throws IOException, InterruptedException {
        int count = 0;
        int number = 0;
        BoundedLines lines = new BoundedLines(in, maxChars);
        for (String line = lines.next(); line != null; line = lines.next()) {
            number++;
            if (lines.tooLong()) {
                count++;
                problems.accept(number, "line longer than " + maxChars + " characters: skipped");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            count++;
            try {
                Map<String, String> fields = fields(line);
                String url = fields.get("url");
                String id = fields.getOrDefault("id", url != null ? url : "line " + number);
                Input page = fields.containsKey("html") ? Input.html(fields.get("html"), url)
                        : fields.containsKey("text") ? Input.text(fields.get("text"), url)
                        : fields.containsKey("content") ? Input.detect(fields.get("content"), url)
                        : null;
                if (page == null) {
                    problems.accept(number, "no \"html\", \"text\" or \"content\" member");
                } else {
                    sink.accept(number, id, page);
                }
            } catch (IOException e) {
                problems.accept(number, "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return count;
    }

    /** The string (and number, as text) members of a one-line JSON object; nested values are skipped. */
    private static Map<String, String> fields(String line) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected an object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
                    fields.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        return fields;
    }

    /** Lines of a reader, each read up to a length; the rest of a longer line is skipped, not held. */
    private static final class BoundedLines {
        private final Reader in;
        private final int max;
        private final StringBuilder line = new StringBuilder();
        private final char[] buffer = new char[8192];
        private int pos;
        private int end;
        private boolean tooLong;

        BoundedLines(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its line break ({@code ""} for a line too long), or {@code null} at the end. */
        @Nullable String next() throws IOException {
            line.setLength(0);
            tooLong = false;
            boolean any = false;
            while (true) {
                if (pos == end) {
                    end = in.read(buffer, 0, buffer.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return any ? finish() : null;
                    }
                }
                any = true;
                int start = pos;
                while (pos < end && buffer[pos] != '\n') {
                    pos++;
                }
                if (!tooLong) {
                    if (line.length() + pos - start > max) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(buffer, start, pos - start);
                    }
                }
                if (pos < end) {
                    pos++; // the line break
                    return finish();
                }
            }
        }

        private String finish() {
            int n = line.length();
            return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
        }

        /** Whether the line {@link #next} gave last was longer than the limit. */
        boolean tooLong() {
            return tooLong;
        }
    }
}
