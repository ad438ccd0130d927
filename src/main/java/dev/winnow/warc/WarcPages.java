package dev.winnow.warc;

import dev.winnow.Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcReader;

/**
 * Streams the HTTP response records of a WARC file (plain or gzipped, read with jwarc) as pages:
 * the body bytes (up to a limit, plus one byte so the cleaner can report the truncation), the
 * target URL and the {@code Content-Type} header. Needs {@code org.netpreserve:jwarc}, an optional
 * dependency: add it to use this class (the CLI jar has it). One record's body is in memory at a
 * time. A broken record is a failed page, never the end of a file.
 */
public final class WarcPages {
    /**
     * One response record.
     *
     * @param index       the 1-based number of the record among the response records and the broken
     *                    records of the file
     * @param url         the target URL
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}
     * @param body        the body bytes, or {@code null} when the record could not be read
     * @param problem     why the record could not be read, or {@code null}
     */
    public record Page(int index, String url, @Nullable String contentType, byte @Nullable [] body,
            @Nullable String problem) {
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
     * The response records of a WARC file, in order, read lazily; close the stream when done. A
     * broken record (garbage between records, a Content-Length that is short, negative, not a
     * number or beyond the end of the file, a gzip member cut short) is a failed page saying what
     * is wrong and at which byte, and reading resumes at the next record: the next line starting
     * with {@code WARC/1.} in a plain file, the next gzip member in a gzipped one.
     *
     * @param file     the WARC file ({@code .warc} or {@code .warc.gz})
     * @param maxBytes the most body bytes to keep per record (one more is read to show truncation)
     * @return the pages, numbered from 1 among the response records and the broken records
     * @throws IOException if the file cannot be opened
     */
    public static Stream<Page> pages(Path file, long maxBytes) throws IOException {
        WarcReader reader = new WarcReader(file);
        RecordStarts starts;
        try {
            starts = new RecordStarts(file, reader.compression());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        ResponseRecords records = new ResponseRecords(reader, starts, maxBytes);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> closeBoth(reader, starts));
    }

    /**
     * The response records of a WARC stream, in order. The iterator reads lazily; close the reader
     * when done. A broken record is a failed page as in {@link #pages(Path, long)}, but a stream
     * cannot be searched for the next record, so it is the last page.
     *
     * @param reader   the reader
     * @param maxBytes the most body bytes to keep per record (one more is read to show truncation)
     * @return the pages
     */
    public static Iterator<Page> pages(WarcReader reader, long maxBytes) {
        return new ResponseRecords(reader, null, maxBytes);
    }

    private static void closeBoth(WarcReader reader, RecordStarts starts) {
        try (reader; starts) {
            // closes both, the other one too when one throws
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
