package dev.winnow.cli;

import dev.winnow.Input;
import dev.winnow.warc.WarcPages;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Opens the pages the command line is given. A path that does not exist, is a directory or cannot
 * be read is a {@link PageFileException} naming the path and the cause. A gzip file (by its name,
 * {@code .gz}, or by its first bytes; never a {@code .warc.gz}, which is a WARC file) is
 * decompressed, keeping at most the cleaner's input limit plus one byte, as for a WARC record, so
 * that the cleaner reports the truncation and a gzip bomb costs no more memory than a big page.
 * The name inside ({@code page.html} of {@code page.html.gz}) declares HTML, as an uncompressed
 * file's name does; other gzipped pages are sniffed.
 */
final class PageFiles {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private PageFiles() {}

    /**
     * Opens a page file.
     *
     * @param file     the file
     * @param maxBytes the cleaner's input limit
     * @return the page
     * @throws PageFileException if the file does not exist, is a directory, cannot be read or is a broken gzip file
     */
    static Input open(Path file, long maxBytes) throws PageFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new PageFileException(name, "is a directory (to clean the pages in it: winnow batch " + name + " OUT)");
        }
        if (!Files.exists(file)) {
            throw new PageFileException(name, "does not exist");
        }
        if (WarcPages.isWarc(file)) {
            return Input.path(file);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (!lowerName(file).endsWith(".gz") && !startsWithGzip(in)) {
                return Input.path(file);
            }
            return Input.bytes(gunzip(in, name, maxBytes), null, innerType(file));
        } catch (PageFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new PageFileException(name, "does not exist");
        } catch (AccessDeniedException e) {
            throw new PageFileException(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new PageFileException(name, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads standard input as a page: gzip is decompressed as for a file; other bytes are read by
     * the cleaner.
     *
     * @param in          standard input
     * @param url         the page URL, or {@code null}
     * @param contentType the HTTP {@code Content-Type}, or {@code null}
     * @param maxBytes    the cleaner's input limit
     * @return the page
     * @throws PageFileException if standard input cannot be read or its gzip data is broken
     */
    static Input read(InputStream in, @Nullable String url, @Nullable String contentType, long maxBytes)
            throws PageFileException {
        InputStream buffered = new BufferedInputStream(in);
        try {
            if (!startsWithGzip(buffered)) {
                return Input.stream(buffered, url, contentType);
            }
        } catch (IOException e) {
            throw new PageFileException("standard input", "cannot be read: " + e.getMessage());
        }
        return Input.bytes(gunzip(buffered, "standard input", maxBytes), url, contentType);
    }

    private static boolean startsWithGzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
    }

    /** Decompresses up to {@code maxBytes + 1} bytes. */
    private static byte[] gunzip(InputStream in, String shown, long maxBytes) throws PageFileException {
        try (GZIPInputStream gzip = new GZIPInputStream(in)) {
            return gzip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new PageFileException(shown, "not a readable gzip file: " + e.getMessage());
        }
    }

    /** The media type that the name inside a gzip file ({@code page.html} of {@code page.html.gz}) declares, or {@code null}. */
    private static @Nullable String innerType(Path file) {
        String inner = lowerName(file).replaceFirst("\\.gz$", "");
        return inner.endsWith(".html") || inner.endsWith(".htm") ? "text/html"
                : inner.endsWith(".xhtml") ? "application/xhtml+xml" : null;
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
