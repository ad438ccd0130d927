package dev.winnow.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.winnow.Input;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads pages as JSON lines, one object per line: {@code {"id": ..., "url": ..., "html": ...}},
 * with {@code "text"} instead of {@code "html"} for flattened text or {@code "content"} to let the
 * cleaner tell; {@code id} and {@code url} are optional. Lines are read one at a time, so a stream
 * of any length is read in bounded memory.
 */
final class JsonLinesPages {
    private static final JsonFactory JSON = JsonFactory.builder().build();

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
    static int read(BufferedReader in, Sink sink, Problems problems) throws IOException, InterruptedException {
        int count = 0;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
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
}
