package dev.winnow.warc;

import dev.winnow.warc.WarcPages.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The response records of a WARC reader as pages, with every broken record as a failed page: a
 * header jwarc cannot parse (garbage between records, a Content-Length that is not a number, a
 * gzip member cut short) or a record whose Content-Length does not end where the record does (too
 * short, negative, or beyond the end of the file; jwarc warns of the bad trailer, or fails to
 * skip the body, when it reads the next header, so each record is held until then). After a broken record, reading resumes at the
 * next place a record starts, if the file can be searched ({@link RecordStarts}); a stream ends
 * there.
 */
final class ResponseRecords implements Iterator<Page> {
    private final WarcReader reader;
    private final RecordStarts starts;
    private final long maxBytes;
    private boolean trailerBroken;
    private int index;
    private Page next;
    /** The record whose header is read and whose body is not, and where it starts. */
    private WarcRecord upcoming;
    private long upcomingAt;
    /** Why no record could be read at {@link #upcomingAt}, or null. */
    private Exception unreadable;

    /**
     * Starts reading: the first header is read at once.
     *
     * @param reader   the reader, at its start
     * @param starts   the record starts of the reader's file, or {@code null} for a stream
     * @param maxBytes the most body bytes to keep per record (one more is read to show truncation)
     */
    ResponseRecords(WarcReader reader, @Nullable RecordStarts starts, long maxBytes) {
        this.reader = reader;
        this.starts = starts;
        this.maxBytes = maxBytes;
        reader.onWarning(warning -> trailerBroken |= warning.contains("trailer"));
        advance();
    }

    @Override
    public boolean hasNext() {
        while (next == null && (upcoming != null || unreadable != null)) {
            next = step();
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

    /** Reads the upcoming record (or reports why there is none) and moves on; null for a record that is not a page. */
    private @Nullable Page step() {
        if (unreadable != null) {
            long at = upcomingAt;
            String problem = "no WARC record at byte " + at + ": " + unreadable;
            resync(at + 1);
            return new Page(++index, null, null, null, problem + resumedAt());
        }
        WarcRecord record = upcoming;
        long at = upcomingAt;
        Page page = record instanceof WarcResponse response ? read(++index, response) : null;
        advance();
        if (trailerBroken || unreadable != null && upcomingAt == at) {   // its body or trailer ran past its end
            int number = page != null ? page.index() : ++index;
            String url = record instanceof WarcResponse response ? response.target() : null;
            String problem = "the " + record.type() + " record at byte " + at + " does not end where its Content-Length ("
                    + record.headers().first("Content-Length").orElse("none") + ") says";
            resync(at + 1);
            return new Page(number, url, null, null, problem + resumedAt());
        }
        return page;
    }

    private Page read(int number, WarcResponse response) {
        String url = response.target();
        try {
            HttpResponse http = response.http();
            String contentType = http.headers().first("Content-Type").orElse(null);
            try (InputStream in = http.body().stream()) {
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return new Page(number, url, contentType, body, null);
            }
        } catch (IOException | RuntimeException e) {
            return new Page(number, url, null, null, String.valueOf(e.getMessage()));
        }
    }

    /** Reads the next header; consumes the rest of the current record and its trailer first. */
    private void advance() {
        trailerBroken = false;
        unreadable = null;
        try {
            Optional<WarcRecord> record = reader.next();
            upcoming = record.orElse(null);
        } catch (IOException | RuntimeException e) {
            upcoming = null;
            unreadable = e;
        }
        upcomingAt = reader.position();
    }

    /** Moves to the first place at or after {@code from} where a record can be read; ends the records if none. */
    private void resync(long from) {
        upcoming = null;
        unreadable = null;
        if (starts == null) {
            return;
        }
        try {
            for (long at = starts.next(from); at >= 0; at = starts.next(at + 1)) {
                reader.position(at);
                advance();
                if (unreadable == null) {
                    return;
                }
            }
            upcoming = null;
            unreadable = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String resumedAt() {
        return upcoming != null ? "; resumed at byte " + upcomingAt
                : starts == null ? "; the rest of the stream is not read" : "; no record after it";
    }
}
