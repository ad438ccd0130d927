package dev.winnow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * One development corpus of {@code ../shared/corpora/dev} ({@code scrapinghub}, {@code wcxb-dev},
 * {@code readability-pages}, {@code trafilatura-eval}), in the layout that
 * {@code ../shared/tools/devscore/score.py} reads: {@code manifest.json}, {@code html/<stem>.html.gz},
 * {@code text/<stem>.txt} (a w3m dump), {@code blocks/<stem>.txt} (one block per line) and
 * {@code gold/<stem>.txt}.
 *
 * <p>Every page belongs to one of two fixed halves: the <em>tuning</em> half, whose pages may be
 * read while developing, and the <em>check</em> half, which is only scored. The split is
 * {@link #isTuning(String)}: the low bit of the first byte of the SHA-1 of the page stem, so it never
 * changes and any tool can compute it ({@code hashlib.sha1(stem.encode()).digest()[0] % 2 == 0}).
 *
 * <p>Immutable once loaded.
 */
public final class DevCorpus {
    /** System property that overrides the corpus root. */
    public static final String PROPERTY = "winnow.devCorpora";
    /** Environment variable that overrides the corpus root (the one {@code score.py} reads too). */
    public static final String ENVIRONMENT = "WINNOW_DEV_CORPORA";
    /** The corpus root relative to the project root. */
    public static final String DEFAULT_ROOT = "../shared/corpora/dev";
    /** The corpora, in the order the harness reports them. */
    public static final List<String> NAMES = List.of("scrapinghub", "wcxb-dev", "readability-pages", "trafilatura-eval");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Path dir;
    private final Map<String, Page> pages;

    /**
     * What the manifest says about one page.
     *
     * @param stem      the page stem (its file name without extension)
     * @param url       the page URL, or ""
     * @param title     the gold title, or {@code null}
     * @param byline    the gold byline, or {@code null}
     * @param published the gold publication date, or {@code null}
     * @param with      snippets a good extraction contains
     * @param without   snippets a good extraction leaves out
     * @param tags      the manifest tags ({@code real}, {@code synthetic}, {@code verified}, ...)
     */
    public record Page(String stem, String url, String title, String byline, String published,
                       List<String> with, List<String> without, List<String> tags) {}

    private DevCorpus(String name, Path dir, Map<String, Page> pages) {
        this.name = name;
        this.dir = dir;
        this.pages = pages;
    }

    /** Where the corpora are looked for. @return the configured root */
    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        String where = configured == null || configured.isBlank() ? DEFAULT_ROOT : configured;
        return Paths.get(where).toAbsolutePath().normalize();
    }

    /**
     * The corpus of that name under {@link #root()}.
     *
     * @param name the corpus name
     * @return the corpus, or empty when its manifest is not there
     * @throws UncheckedIOException if the manifest is there but cannot be read
     */
    public static Optional<DevCorpus> find(String name) {
        Path dir = root().resolve(name);
        return Files.isRegularFile(dir.resolve("manifest.json")) ? Optional.of(at(name, dir)) : Optional.empty();
    }

    /**
     * Loads a corpus folder.
     *
     * @param name the corpus name
     * @param dir  the folder holding {@code manifest.json}
     * @return the corpus
     * @throws UncheckedIOException if the manifest cannot be read
     */
    public static DevCorpus at(String name, Path dir) {
        Map<String, Page> pages = new TreeMap<>();
        try {
            JsonNode root = JSON.readTree(dir.resolve("manifest.json").toFile()).path("pages");
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode p = e.getValue();
                pages.put(e.getKey(), new Page(e.getKey(), p.path("url").asText(""), text(p, "title"),
                        text(p, "byline"), text(p, "published"), strings(p.path("with")),
                        strings(p.path("without")), strings(p.path("tags"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("manifest.json"), e);
        }
        return new DevCorpus(name, dir.toAbsolutePath().normalize(), pages);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return String.join(", ", strings(value));
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    /**
     * Whether a page is in the tuning half (the half whose pages may be read while developing).
     *
     * @param stem the page stem
     * @return true for the tuning half, false for the check half
     */
    public static boolean isTuning(String stem) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(stem.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 1) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    /** The corpus name. @return the name */
    public String name() {
        return name;
    }

    /** The corpus folder. @return the absolute folder */
    public Path dir() {
        return dir;
    }

    /** The pages, sorted by stem. @return the pages */
    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    /**
     * Whether the corpus has gold text (every corpus but {@code trafilatura-eval}, which has
     * snippets only).
     *
     * @return true when {@code gold/} exists
     */
    public boolean hasGoldText() {
        return Files.isDirectory(dir.resolve("gold"));
    }

    /**
     * Whether the corpus has the inputs of a mode.
     *
     * @param mode {@code html}, {@code text} or {@code blocks}
     * @return true when the mode's folder exists
     */
    public boolean hasMode(String mode) {
        return Files.isDirectory(dir.resolve(mode));
    }

    /**
     * A page's input in a mode: the page's original bytes ({@code html}, gunzipped) or its UTF-8
     * text rendering ({@code text}, {@code blocks}).
     *
     * @param stem the page stem
     * @param mode {@code html}, {@code text} or {@code blocks}
     * @return the bytes
     * @throws UncheckedIOException if the file cannot be read
     */
    public byte[] input(String stem, String mode) {
        String ext = mode.equals("html") ? ".html" : ".txt";
        return read(dir.resolve(mode).resolve(stem + ext));
    }

    /**
     * A page's gold text.
     *
     * @param stem the page stem
     * @return the gold text, or empty when the corpus has none
     */
    public Optional<String> gold(String stem) {
        if (!hasGoldText()) {
            return Optional.empty();
        }
        return Optional.of(new String(read(dir.resolve("gold").resolve(stem + ".txt")), StandardCharsets.UTF_8));
    }

    private static byte[] read(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readAllBytes(file);
            }
            Path gz = file.resolveSibling(file.getFileName() + ".gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The corpora present under {@link #root()}, in {@link #NAMES} order.
     *
     * @return the corpora found (empty when the root is absent)
     */
    public static List<DevCorpus> all() {
        return NAMES.stream().map(DevCorpus::find).flatMap(Optional::stream).toList();
    }
}
