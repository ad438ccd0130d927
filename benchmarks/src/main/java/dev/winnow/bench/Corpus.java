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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction benchmark corpus (scrapinghub/article-extraction-benchmark): 181 pages as
 * {@code html/<id>.html.gz} plus {@code ground-truth.json} ({@code {id: {articleBody, url}}}) and
 * the outputs of other systems as {@code output/<system>.json}.
 *
 * <p>Located at {@value #DEFAULT_LOCATION} relative to the working directory (the project root),
 * or wherever the system property {@value #PROPERTY} points. Immutable once loaded.
 */
public final class Corpus {
    /** System property that overrides the corpus directory. */
    public static final String PROPERTY = "winnow.corpus";
    /** The corpus directory relative to the project root. */
    public static final String DEFAULT_LOCATION = "../shared/corpora/article-extraction-benchmark";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<String> ids;
    private final Map<String, String> gold;
    private final Map<String, String> urls;

    private Corpus(Path dir, Map<String, String> gold, Map<String, String> urls) {
        this.dir = dir;
        this.gold = Collections.unmodifiableMap(gold);
        this.urls = Collections.unmodifiableMap(urls);
        this.ids = List.copyOf(gold.keySet());
    }

    /**
     * The corpus at the configured location.
     *
     * @return the corpus, or empty when its directory, {@code ground-truth.json} or {@code html/}
     *     is missing
     * @throws UncheckedIOException if the corpus is there but cannot be read
     */
    public static Optional<Corpus> find() {
        Path dir = location();
        if (!Files.isRegularFile(dir.resolve("ground-truth.json")) || !Files.isDirectory(dir.resolve("html"))) {
            return Optional.empty();
        }
        return Optional.of(at(dir));
    }

    /**
     * The corpus at the configured location, for the harnesses that cannot run without it.
     *
     * @return the corpus
     * @throws IllegalStateException naming the location when the corpus is not there
     */
    public static Corpus require() {
        return find().orElseThrow(() -> new IllegalStateException("corpus not found at " + location()));
    }

    /** Where the corpus is looked for. @return the configured directory */
    public static Path location() {
        String configured = System.getProperty(PROPERTY);
        String where = configured == null || configured.isBlank() ? DEFAULT_LOCATION : configured;
        return Paths.get(where).toAbsolutePath().normalize();
    }

    /**
     * Loads the corpus in a directory.
     *
     * @param dir the corpus directory
     * @return the corpus
     * @throws UncheckedIOException if {@code ground-truth.json} cannot be read
     */
    public static Corpus at(Path dir) {
        Map<String, String> gold = new TreeMap<>();
        Map<String, String> urls = new TreeMap<>();
        try {
            JsonNode root = JSON.readTree(dir.resolve("ground-truth.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                gold.put(e.getKey(), e.getValue().path("articleBody").asText(""));
                urls.put(e.getKey(), e.getValue().path("url").asText(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("ground-truth.json"), e);
        }
        return new Corpus(dir.toAbsolutePath().normalize(), gold, urls);
    }

    /** The corpus directory. @return the absolute directory */
    public Path dir() {
        return dir;
    }

    /** The page ids, sorted. @return the ids */
    public List<String> ids() {
        return ids;
    }

    /**
     * The gold article body of a page.
     *
     * @param id the page id
     * @return the body ("" when the ground truth has none)
     */
    public String gold(String id) {
        return require(gold, id);
    }

    /**
     * The URL the page was fetched from.
     *
     * @param id the page id
     * @return the URL
     */
    public String url(String id) {
        return require(urls, id);
    }

    /**
     * Every page's URL, in {@link #ids()} order.
     *
     * @return the URLs
     */
    public List<String> urls() {
        return ids.stream().map(urls::get).toList();
    }

    /**
     * Every page's HTML, in {@link #ids()} order, read into memory.
     *
     * @return the markup of each page
     * @throws UncheckedIOException if a file cannot be read
     */
    public List<String> htmlPages() {
        return ids.stream().map(this::html).toList();
    }

    /** Every gold body by id, sorted by id. @return the gold bodies */
    public Map<String, String> goldBodies() {
        return gold;
    }

    /**
     * The page HTML, decompressed and decoded as UTF-8.
     *
     * @param id the page id
     * @return the markup
     * @throws UncheckedIOException if the file cannot be read
     */
    public String html(String id) {
        require(gold, id);
        Path file = dir.resolve("html").resolve(id + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The names of the systems whose outputs ship with the corpus, sorted. @return the names */
    public List<String> systems() {
        Path out = dir.resolve("output");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (var files = Files.list(out)) {
            List<String> names = new ArrayList<>();
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + out, e);
        }
    }

    /**
     * The article bodies one shipped system produced, in either the plain form
     * ({@code {id: {articleBody}}}) or the versioned one ({@code {version, output: {...}}}).
     *
     * @param system the system name (the file name without {@code .json})
     * @return the bodies by id, sorted by id; a null body is ""
     * @throws UncheckedIOException if the file cannot be read
     */
    public Map<String, String> systemOutput(String system) {
        Path file = dir.resolve("output").resolve(system + ".json");
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.size() == 2 && root.has("version") && root.path("output").isObject()) {
                root = root.get("output");
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            List<String> keys = new ArrayList<>();
            root.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            for (String key : keys) {
                JsonNode body = root.get(key).path("articleBody");
                bodies.put(key, body.isNull() || body.isMissingNode() ? "" : body.asText(""));
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The peers' figures next to the corpus: the corpus directory's grandparent's
     * {@code PEERS.md} (in this project {@code ../shared/PEERS.md}).
     *
     * @return the path (which may not exist)
     */
    public Path peersFile() {
        Path parent = dir.getParent();
        Path grandparent = parent == null ? null : parent.getParent();
        return (grandparent == null ? dir : grandparent).resolve("PEERS.md");
    }

    private static String require(Map<String, String> map, String id) {
        String value = map.get(id);
        if (value == null) {
            throw new IllegalArgumentException("no page " + id + " in the corpus");
        }
        return value;
    }
}
