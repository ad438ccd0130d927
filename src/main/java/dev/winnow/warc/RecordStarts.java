package dev.winnow.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Finds where a WARC record may start after a broken one, in one forward scan of the file: a line
 * that begins with {@code WARC/1.} in a plain file, the magic bytes of a gzip member in a gzipped
 * one (each record is a member of its own there). A candidate is only a place to try: the reader
 * checks it and asks for the next one if it is not a record.
 */
final class RecordStarts implements AutoCloseable {
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final int CHUNK = 64 * 1024;

    private final FileChannel file;
    private final byte[] marker;
    /** Bytes of the marker before the position a record starts at (the newline before {@code WARC/1.}). */
    private final int lead;

    RecordStarts(Path path, WarcCompression compression) throws IOException {
        this.file = FileChannel.open(path, StandardOpenOption.READ);
        boolean gzip = compression == WarcCompression.GZIP;
        this.marker = gzip ? GZIP_MEMBER : WARC_LINE;
        this.lead = gzip ? 0 : 1;
    }

    /**
     * The first candidate at or after a position.
     *
     * @param from the file position to look from
     * @return the position, or -1 when the file holds none
     */
    long next(long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK + marker.length);
        long base = Math.max(0, from - lead);
        while (base < file.size()) {
            buffer.clear();
            int read = file.read(buffer, base);
            if (read < marker.length) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + marker.length <= read; i++) {
                if (matchesAt(bytes, i)) {
                    return base + i + lead;
                }
            }
            base += read - marker.length + 1;
        }
        return -1;
    }

    private boolean matchesAt(byte[] bytes, int at) {
        for (int j = 0; j < marker.length; j++) {
            if (bytes[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
