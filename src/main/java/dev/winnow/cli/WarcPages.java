package dev.winnow.cli;

import dev.winnow.Input;
import dev.winnow.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTTP response records of a WARC file (plain or gzipped, via jwarc) as inputs: the
 * body bytes (up to the input limit), the target URL and the {@code Content-Type} header.
 */
final class WarcPages {
    /** Receives one page. */
    interface Sink {
        void accept(int index, Input page);
    }

    /** Receives a record that could not be read. */
    interface Problems {
        void accept(int index, String problem);
    }

    private WarcPages() {}

    static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.warc(\\.gz)?$", "");
    }

    /**
     * Reads the response records in order.
     *
     * @return the number of response records
     */
    static int read(Path file, Limits limits, Sink sink, Problems problems) throws IOException {
        int index = 0;
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                index++;
                try {
                    HttpResponse http = response.http();
                    String contentType = http.headers().first("Content-Type").orElse(null);
                    byte[] body;
                    try (InputStream in = http.body().stream()) {
                        // one byte over the limit, so the cleaner sees and reports the truncation
                        body = in.readNBytes((int) limits.maxInputBytes() + 1);
                    }
                    sink.accept(index, Input.bytes(body, response.target(), contentType));
                } catch (IOException | RuntimeException e) {
                    problems.accept(index, e.getMessage());
                }
            }
        }
        return index;
    }
}
