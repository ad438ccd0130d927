package dev.winnow.warc;

import dev.winnow.Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams the HTTP response records of a WARC file (plain or gzipped, read with jwarc) as pages:
 * the body bytes (up to a limit, plus one byte so the cleaner can report the truncation), the
 * target URL and the {@code Content-Type} header. Needs {@code org.netpreserve:jwarc}, an optional
 * dependency: add it to use this class (the CLI jar has it). One record is in memory at a time.
 */
public final class WarcPages {
    /**
     * One response record.
     *
     * @param index       the 1-based number of the response record in the file
     * @param url         the target URL
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}
     * @param body        the body bytes, or {@code null} when the record could not be read
     * @param problem     why the record could not be read, or {@code null}
     */
    public record Page(int index, String url, String contentType, byte[] body, String problem) {
        /** The page as cleaner input. @return the input @throws IllegalStateException if the record could not be read */
        public Input input() {
            if (body == null) {
                throw new IllegalStateException(problem);
            }
            return Input.bytes(body, url, contentType);
        }
    }

    private WarcPages() {}

    /**
     * Whether a file name looks like a WARC file ({@code .warc} or {@code .warc.gz}).
     *
     * @param name the file name or path
     * @return true for WARC names
     */
    public static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /**
     * Whether a file looks like a WARC file.
     *
     * @param file the file
     * @return true for WARC names
     */
    public static boolean isWarc(Path file) {
        return isWarc(file.getFileName().toString());
    }

    /**
     * The file name without {@code .warc} or {@code .warc.gz}.
     *
     * @param file the file
     * @return the stem
     */
    public static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.warc(\\.gz)?$", "");
    }

    /**
     * The response records of a WARC stream, in order. The iterator reads lazily; close the reader
     * when done.
     *
     * @param reader   the reader
     * @param maxBytes the most body bytes to keep per record (one more is read to show truncation)
     * @return the pages
     */
    public static Iterator<Page> pages(WarcReader reader, long maxBytes) {
        Iterator<WarcRecord> records = reader.iterator();
        return new Iterator<>() {
            private Page next;
            private int index;

            @Override
            public boolean hasNext() {
                while (next == null && records.hasNext()) {
                    if (records.next() instanceof WarcResponse response) {
                        next = read(++index, response, maxBytes);
                    }
                }
                return next != null;
            }

            @Override
            public Page next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Page page = next;
                next = null;
                return page;
            }
        };
    }

    /**
     * Opens a WARC stream (plain or gzipped).
     *
     * @param in the stream
     * @return the reader
     * @throws UncheckedIOException if the stream is not a WARC file
     */
    public static WarcReader open(InputStream in) {
        try {
            return new WarcReader(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page read(int index, WarcResponse response, long maxBytes) {
        String url = response.target();
        try {
            HttpResponse http = response.http();
            String contentType = http.headers().first("Content-Type").orElse(null);
            try (InputStream in = http.body().stream()) {
                return new Page(index, url, contentType, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)), null);
            }
        } catch (IOException | RuntimeException e) {
            return new Page(index, url, null, null, String.valueOf(e.getMessage()));
        }
    }
}
