package dev.winnow;

import dev.winnow.model.InputInfo;
import dev.winnow.rule.Source.InputShape;
import dev.winnow.segment.InputSniffer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;

/**
 * Turns input bytes into text: reads them up to the input limit, detects the media type with Tika
 * (magic bytes after any leading white space, the {@code Content-Type}, the file name), and decodes
 * text with the charset chosen in this order: a byte-order mark (UTF-8, UTF-16BE, UTF-16LE); the
 * {@code Content-Type} charset; the HTML meta prescan; valid UTF-8; Tika's statistical detectors.
 * Charset labels are read as the WHATWG Encoding Standard reads them ({@link WebEncodings}): a label
 * outside its list is ignored with a warning, and {@code utf-16} means UTF-16LE. A declared
 * single-byte Latin charset (ISO-8859-1, windows-1252, US-ASCII) loses to bytes that are valid UTF-8
 * with non-ASCII characters, and any other declared charset but UTF-16 loses to bytes that are valid
 * UTF-8 with at least {@value #MIN_UTF8_SEQUENCES} multi-byte sequences; a declared UTF-8 stays (bad
 * bytes replaced, with a warning) when the bytes hold valid UTF-8 sequences, and loses to detection
 * when they hold none.
 *
 * <p>As in WHATWG MIME sniffing, an HTML {@code Content-Type} (or a {@code .html} name) is not
 * second-guessed by the magic bytes when the bytes are text, so a page that starts with an inline
 * {@code <svg>} stays HTML. Other formats (PDF, Office, ...) go through Tika's parsers when they are
 * on the class path; a type no parser reads whose bytes are text (a mail header line, {@code %!},
 * {@code MZ} at the start of flattened text) is read as text, with a warning. Tika types stay inside
 * this class. Thread-safe.
 */
final class ByteDecoder {
    /** The result of reading an input. @param shape {@code null} when the type is unsupported */
    record Decoded(String text, @Nullable InputShape shape, InputInfo info, List<String> warnings, boolean truncated) {}

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Set<String> SINGLE_BYTE_LATIN = Set.of("ISO-8859-1", "WINDOWS-1252", "US-ASCII", "ISO-8859-15");
    private static final int DETECTION_BYTES = 64 * 1024;
    /**
     * Valid multi-byte UTF-8 sequences that overrule a declared charset other than a single-byte
     * Latin one: text in GBK, Big5, Shift_JIS, EUC or windows-1251 is practically never valid UTF-8
     * with that many of them, while pages re-saved as UTF-8 often keep their old declaration.
     */
    private static final int MIN_UTF8_SEQUENCES = 8;

    private ByteDecoder() {}

    static Decoded decode(Input.Binary input, Limits limits) {
        List<String> warnings = new ArrayList<>();
        byte[] data = read(input, limits.maxInputBytes() + 1);
        boolean truncated = data.length > limits.maxInputBytes();
        if (truncated) {
            data = java.util.Arrays.copyOf(data, (int) limits.maxInputBytes());
            warnings.add("input longer than " + limits.maxInputBytes() + " bytes: only the first part was read");
        }
        String mediaType = mediaType(data, input);
        InputShape shape = input.shape() != null ? input.shape() : shapeOf(mediaType, data);
        if (shape == null && declaresHtml(input) && looksLikeText(data)) {
            shape = InputShape.HTML; // WHATWG MIME sniffing: a supplied HTML type is not second-guessed
        }
        if (shape == null) {
            String parsed = parseWithTika(data, mediaType, warnings);
            if (parsed != null) {
                return new Decoded(parsed, InputShape.TEXT, new InputInfo(mediaType, null, "tika", data.length), warnings,
                        truncated);
            }
            if (!looksLikeText(data)) {
                warnings.add("unsupported media type " + mediaType);
                return new Decoded("", null, new InputInfo(mediaType, null, null, data.length), warnings, truncated);
            }
            warnings.add("detected " + mediaType + ", which no parser reads, but the bytes are text: read as text");
            shape = sniff(data);
        }
        Choice choice = charset(data, input.contentType(), shape, warnings);
        String text = decode(data, choice, warnings);
        return new Decoded(text, shape, new InputInfo(mediaType, choice.charset().name(), choice.source(), data.length),
                warnings, truncated);
    }

    private record Choice(Charset charset, String source, int skip) {}

    private static byte[] read(Input.Binary input, long limit) {
        try {
            if (input instanceof Input.Bytes bytes) {
                return bytes.bytes();
            }
            if (input instanceof Input.FromFile file) {
                try (InputStream in = Files.newInputStream(file.path())) {
                    return readUpTo(in, limit);
                }
            }
            return readUpTo(((Input.Streamed) input).stream(), limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
    }

    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    private static String mediaType(byte[] data, Input.Binary input) {
        Metadata metadata = new Metadata();
        String name = name(input);
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        if (input.contentType() != null) {
            metadata.set(Metadata.CONTENT_TYPE, input.contentType());
        }
        try {
            int start = leadingWhiteSpace(data);
            MediaType type = TYPES.detect(new ByteArrayInputStream(data, start, Math.min(data.length - start, DETECTION_BYTES)),
                    metadata);
            return type.getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    private static @Nullable String resourceName(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        String last = slash >= 0 ? path.substring(slash + 1) : path;
        return last.contains(".") ? last : null;
    }

    /** HTML, text, or {@code null} for other types; text that looks like markup is HTML. */
    private static @Nullable InputShape shapeOf(String mediaType, byte[] data) {
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            return InputShape.HTML;
        }
        if (mediaType.startsWith("text/") || mediaType.equals("application/octet-stream") && looksLikeText(data)) {
            return sniff(data);
        }
        return null;
    }

    /** HTML or text, by the markup at the start of the data (after a byte-order mark or leading white space). */
    private static InputShape sniff(byte[] data) {
        Choice bom = bom(data);
        if (bom != null) {
            int end = Math.min(data.length, bom.skip() + 4 * InputSniffer.PREFIX);
            return InputSniffer.sniff(new String(data, bom.skip(), end - bom.skip(), bom.charset()));
        }
        int start = leadingWhiteSpace(data);
        return InputSniffer.sniff(new String(data, start, Math.min(data.length - start, InputSniffer.PREFIX),
                StandardCharsets.ISO_8859_1));
    }

    /** How many bytes of ASCII white space the data starts with (none when it is all white space). */
    private static int leadingWhiteSpace(byte[] data) {
        int i = 0;
        while (i < data.length && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'
                || data[i] == '\f')) {
            i++;
        }
        return i == data.length ? 0 : i;
    }

    /** The file name of the input, or else the last path segment of its URL, or {@code null}. */
    private static @Nullable String name(Input.Binary input) {
        return input instanceof Input.FromFile file ? file.path().getFileName().toString() : resourceName(input.url());
    }

    /** Whether the caller says the input is HTML: a {@code Content-Type} or a file or URL name of HTML. */
    private static boolean declaresHtml(Input.Binary input) {
        String type = input.contentType() == null ? "" : input.contentType().toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
            return true;
        }
        String name = name(input);
        name = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    /** Whether the start of the data has no NUL bytes and few control characters. */
    private static boolean looksLikeText(byte[] data) {
        int n = Math.min(data.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 20 <= n;
    }

    private static @Nullable String parseWithTika(byte[] data, String mediaType, List<String> warnings) {
        AutoDetectParser parser = new AutoDetectParser();
        ParseContext context = new ParseContext();
        MediaType type = MediaType.parse(mediaType);
        if (type == null || !parser.getSupportedTypes(context).contains(type)
                || type.getType().equals("text") || mediaType.equals("application/xhtml+xml")) {
            return null;
        }
        BodyContentHandler handler = new BodyContentHandler(10_000_000);
        try (InputStream in = new ByteArrayInputStream(data)) {
            parser.parse(in, handler, new Metadata(), context);
            return handler.toString();
        } catch (Exception e) {
            warnings.add("the " + mediaType + " parser failed: " + e.getClass().getSimpleName());
            return handler.toString();
        }
    }

    private static Choice charset(byte[] data, @Nullable String contentType, InputShape shape, List<String> warnings) {
        Choice bom = bom(data);
        if (bom != null) {
            return bom;
        }
        boolean utf8 = isValidUtf8(data);
        boolean ascii = isAscii(data);
        Charset declared = declared(contentType, warnings);
        String source = "http";
        if (declared == null && shape == InputShape.HTML) {
            declared = metaCharset(data, warnings);
            source = "meta";
        }
        if (declared != null) {
            String name = declared.name().toUpperCase(Locale.ROOT);
            if (name.equals("UTF-8")) {
                if (utf8) {
                    return new Choice(StandardCharsets.UTF_8, source, 0);
                }
                warnings.add("declared UTF-8 (" + source + ") but the bytes are not valid UTF-8");
                if (utf8Sequences(data, 1) > 0) {
                    return new Choice(StandardCharsets.UTF_8, source, 0);
                }
            } else if (utf8 && !ascii && !name.startsWith("UTF-")
                    && (SINGLE_BYTE_LATIN.contains(name) || utf8Sequences(data, MIN_UTF8_SEQUENCES) >= MIN_UTF8_SEQUENCES)) {
                warnings.add("declared " + declared.name() + " (" + source + ") but the bytes are valid UTF-8");
                return new Choice(StandardCharsets.UTF_8, "utf-8-valid", 0);
            } else {
                return new Choice(declared, source, 0);
            }
        }
        if (utf8) {
            return new Choice(StandardCharsets.UTF_8, ascii ? "default" : "utf-8-valid", 0);
        }
        Charset detected = detect(new Icu4jEncodingDetector(), data);
        if (detected == null) {
            detected = detect(new UniversalEncodingDetector(), data);
        }
        if (detected != null) {
            Charset web = WebEncodings.of(detected);
            return new Choice(web != null ? web : detected, "detected", 0);
        }
        return new Choice(Charset.forName("windows-1252"), "default", 0);
    }

    /**
     * The charset of the HTML meta prescan, as the WHATWG standard reads it: a label the Encoding
     * Standard does not list is ignored, and a UTF-16 declaration means UTF-8 (a page the prescan
     * could read is not UTF-16).
     */
    private static @Nullable Charset metaCharset(byte[] data, List<String> warnings) {
        Charset found = detect(new StandardHtmlEncodingDetector(), data);
        if (found == null) {
            return null;
        }
        Charset web = WebEncodings.of(found);
        if (web == null) {
            warnings.add("charset " + found.name() + " in the page's meta names no encoding of the WHATWG Encoding"
                    + " Standard: ignored");
            return null;
        }
        return web.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : web;
    }

    private static @Nullable Charset declared(@Nullable String contentType, List<String> warnings) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        Charset charset = WebEncodings.forLabel(m.group(1));
        if (charset == null) {
            warnings.add("charset '" + m.group(1) + "' in Content-Type names no encoding of the WHATWG Encoding"
                    + " Standard: ignored");
        }
        return charset;
    }

    private static @Nullable Charset detect(EncodingDetector detector, byte[] data) {
        try (InputStream in = new ByteArrayInputStream(data, 0, Math.min(data.length, DETECTION_BYTES))) {
            return detector.detect(in, new Metadata());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static @Nullable Choice bom(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xEF && (d[1] & 0xFF) == 0xBB && (d[2] & 0xFF) == 0xBF) {
            return new Choice(StandardCharsets.UTF_8, "bom", 3);
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFE && (d[1] & 0xFF) == 0xFF) {
            return new Choice(StandardCharsets.UTF_16BE, "bom", 2);
        }
        if (d.length >= 2 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE) {
            return new Choice(StandardCharsets.UTF_16LE, "bom", 2);
        }
        return null;
    }

    /**
     * How many valid multi-byte UTF-8 sequences the data holds, counting up to {@code limit} (one is
     * enough to keep a UTF-8 declaration; {@link #MIN_UTF8_SEQUENCES} overrule another declaration).
     */
    private static int utf8Sequences(byte[] d, int limit) {
        int count = 0;
        for (int i = 0; i + 1 < d.length && count < limit; i++) {
            int b = d[i] & 0xFF;
            int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
            if (len == 0 || i + len > d.length) {
                continue;
            }
            boolean valid = true;
            for (int k = 1; k < len; k++) {
                valid &= (d[i + k] & 0xC0) == 0x80;
            }
            if (valid) {
                count++;
                i += len - 1;
            }
        }
        return count;
    }

    private static boolean isAscii(byte[] d) {
        for (byte b : d) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValidUtf8(byte[] d) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(d));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] data, Choice choice, List<String> warnings) {
        String text;
        try {
            text = choice.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(data, choice.skip(), data.length - choice.skip())).toString();
        } catch (CharacterCodingException e) {
            text = new String(data, choice.skip(), data.length - choice.skip(), choice.charset());
        }
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0) {
            warnings.add(replaced + " byte sequences not valid in " + choice.charset().name() + " were replaced");
        }
        if (text.indexOf('\u0000') >= 0) {
            warnings.add("NUL characters were replaced by spaces");
            text = text.replace('\u0000', ' ');
        }
        return text;
    }
}
