package dev.winnow.site;

import dev.winnow.Cleaner;
import dev.winnow.RulePack;
import dev.winnow.RuleSet;
import dev.winnow.SiteProfile;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rules.RelatedListsRule;
import dev.winnow.rules.StandardRules;
import dev.winnow.rules.TeaserLinesRule;
import dev.winnow.rules.TruncatedEndingRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A set of loaded site configs and the report of loading them. As a {@link RulePack} it adds one
 * {@link SiteProfile} per site to a cleaner; the site's hints become ordinary rules of the pipeline:
 * <ul>
 *   <li>in {@link Phase#PREPARE}, on the cleaner's copy of the document before it is cut into
 *       blocks: {@value #REPLACE} (literal string replacements), then {@value #METADATA} (title,
 *       authors, date, page links and sponsored-content clues, ahead of every generic metadata
 *       rule), then {@value #STRIP} (strip, dissolve and wrap edits);</li>
 *   <li>{@value #BODY} ({@link Phase#ZONE}, before {@code content-root}): drops the blocks outside
 *       the first body selector that matches; the generic zone rules refine inside it unless
 *       {@code prune: no}; when no selector matches the generic rules decide;</li>
 *   <li>extra related-list headings and paywall notices extend {@code related-lists},
 *       {@code teaser-lines} and {@code truncated-ending}; {@code skip_json_ld} drops
 *       {@code json-ld-metadata}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class SiteRules implements RulePack {
    /** The id of the rule that makes a site's string replacements. */
    public static final String REPLACE = "site.replace";
    /** The id of the rule that strips, unwraps and wraps elements of a site's pages. */
    public static final String STRIP = "site.strip";
    /** The id of the rule that applies a site's body selectors. */
    public static final String BODY = "site.body";
    /** The id of the rule that reads a site's metadata selectors. */
    public static final String METADATA = "site.metadata";

    /** The largest ftr-site-config file read (the largest of the 2026 snapshot has 5.9 KB); larger ones are skipped. */
    static final int MAX_FTR_FILE_BYTES = 1 << 20;
    /** The largest JSON site-rule file read. */
    static final int MAX_JSON_FILE_BYTES = 64 << 20;

    private final List<SiteConfig> sites;
    private final LoadReport report;

    private SiteRules(List<SiteConfig> sites, LoadReport report) {
        this.sites = List.copyOf(sites);
        this.report = report;
    }

    /**
     * Site rules from configs built in Java.
     *
     * @param sites the configs
     * @return the site rules, with a report counting them
     */
    public static SiteRules of(List<SiteConfig> sites) {
        return new SiteRules(sites, new LoadReport(0, sites.size(), 0, Map.of(), Map.of(), List.of(), Duration.ZERO));
    }

    /**
     * Loads a folder of ftr-site-config files (a clone of {@code fivefilters/ftr-site-config}):
     * every {@code <host>.txt} is a site (other {@code .txt} files, such as {@code LICENSE.txt} or
     * {@code ...txt}, are skipped with a warning); the directives of {@code global.txt},
     * when present, are added to every site after its own. Bad files and rules are skipped and
     * reported, never thrown: a file that is not a regular file (a symbolic link to a device, say),
     * is larger than 1 MiB or is not UTF-8 is skipped with a warning naming it.
     *
     * @param dir the folder
     * @return the site rules
     * @throws IOException if the folder cannot be listed
     */
    public static SiteRules loadFtr(Path dir) throws IOException {
        long start = System.nanoTime();
        Tally tally = new Tally();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        SiteConfig global = null;
        Path globalFile = dir.resolve("global.txt");
        if (Files.isRegularFile(globalFile)) {
            String text = read(globalFile, tally);
            if (text != null) {
                SiteConfig.Builder g = SiteConfig.forHost("global.invalid").origin("global.txt");
                FtrFormat.parseInto(g, "global.txt", text, tally);
                global = g.build();
            }
        }
        List<SiteConfig> sites = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals("global.txt")) {
                continue;
            }
            if (FtrFormat.scope(name) == null) {
                tally.warn(name, "skipped: not a site file name (host.txt)");
                continue;
            }
            String text = read(file, tally);
            if (text == null) {
                continue;
            }
            try {
                SiteConfig site = FtrFormat.parse(name, text, tally).build();
                sites.add(global == null ? site : withGlobal(site, global));
            } catch (IllegalArgumentException e) {
                tally.failed++;
                tally.warn(name, "skipped: " + e.getMessage());
            }
        }
        return new SiteRules(sites, report(tally, sites.size(), start));
    }

    /**
     * Loads a folder of ftr-site-config files from the class path (in a directory or a jar).
     *
     * @param loader the class loader to search
     * @param folder the resource folder, such as {@code site-config}
     * @return the site rules
     * @throws IOException if the folder is missing or cannot be listed
     */
    public static SiteRules loadFtrResources(ClassLoader loader, String folder) throws IOException {
        URL url = loader.getResource(folder.endsWith("/") ? folder : folder + "/");
        if (url == null) {
            throw new IOException("no resource folder '" + folder + "' on the class path");
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return loadFtr(fs.provider().getPath(url.toURI()));
                } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                    return loadFtr(Path.of(url.toURI()));
                }
            }
            return loadFtr(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot read resource folder " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a file of Winnow's JSON site rules ({@link JsonFormat}).
     *
     * @param file the file
     * @return the site rules
     * @throws IOException if the file cannot be read, is larger than 64 MiB or is not valid JSON of
     *                     that shape
     */
    public static SiteRules loadJson(Path file) throws IOException {
        long start = System.nanoTime();
        Tally tally = new Tally();
        tally.files = 1;
        List<SiteConfig> sites = JsonFormat.read(new String(readAtMost(file, MAX_JSON_FILE_BYTES), StandardCharsets.UTF_8),
                file.getFileName().toString(), tally);
        return new SiteRules(sites, report(tally, sites.size(), start));
    }

    /**
     * These site rules followed by others (for the same host, the first loaded wins).
     *
     * @param more the other site rules
     * @return the union, with the reports added up
     */
    public SiteRules and(SiteRules more) {
        List<SiteConfig> all = join(sites, more.sites);
        LoadReport a = report;
        LoadReport b = more.report;
        return new SiteRules(all, new LoadReport(a.files() + b.files(), all.size(), a.failed() + b.failed(),
                sum(a.supported(), b.supported()), sum(a.ignored(), b.ignored()), join(a.warnings(), b.warnings()),
                a.elapsed().plus(b.elapsed())));
    }

    /** The site configs. @return the configs */
    public List<SiteConfig> sites() {
        return sites;
    }

    /** What loading did. @return the report */
    public LoadReport report() {
        return report;
    }

    /** The pack's name. @return {@code site-rules} */
    @Override
    public String name() {
        return "site-rules";
    }

    /** Adds one site profile per config. @param builder the cleaner builder */
    @Override
    public void extend(Cleaner.Builder builder) {
        for (SiteConfig site : sites) {
            builder.site(profile(site));
        }
    }

    /**
     * The site profile that applies a config's hints as rules (see the class description).
     *
     * @param site the config
     * @return the profile
     */
    public static SiteProfile profile(SiteConfig site) {
        SiteProfile p = SiteProfile.forHost(site.host(), site.scope());
        if (!site.replacements().isEmpty()) {
            p = p.with(new SiteReplaceRule(site));
        }
        if (site.readsMetadata()) {
            p = p.with(new SiteMetadataRule(site));
        }
        if (site.editsDocument()) {
            p = p.with(new SiteStripRule(site));
        }
        if (!site.body().isEmpty()) {
            Rule body = new SiteBodyRule(site);
            p = p.change(set -> set.contains(StandardRules.CONTENT_ROOT)
                    ? set.insertBefore(StandardRules.CONTENT_ROOT, body) : set.with(body));
        }
        if (site.skipJsonLd()) {
            p = p.change(set -> set.contains(StandardRules.JSON_LD_METADATA)
                    ? set.without(StandardRules.JSON_LD_METADATA) : set);
        }
        if (!site.relatedHeadings().isEmpty()) {
            p = p.change(set -> extend(set, StandardRules.RELATED_LISTS, RelatedListsRule.class,
                    r -> r.withHeadings(site.relatedHeadings())));
        }
        if (!site.paywallPhrases().isEmpty()) {
            p = p.change(set -> extend(set, StandardRules.TEASER_LINES, TeaserLinesRule.class,
                    r -> r.withPaywallPhrases(site.paywallPhrases())));
            p = p.change(set -> extend(set, StandardRules.TRUNCATED_ENDING, TruncatedEndingRule.class,
                    r -> r.withPaywallPhrases(site.paywallPhrases())));
        }
        return p;
    }

    /** The set with the rule of that id replaced by an extended copy, when it is a rule of that class. */
    private static <R extends Rule> RuleSet extend(RuleSet set, String id, Class<R> type, Function<R, Rule> extension) {
        return set.find(id).filter(type::isInstance).map(r -> set.replace(id, extension.apply(type.cast(r)))).orElse(set);
    }

    private static SiteConfig withGlobal(SiteConfig s, SiteConfig g) {
        return new SiteConfig(s.host(), s.scope(), s.origin(), s.body(), join(s.strip(), g.strip()),
                join(s.stripIdOrClass(), g.stripIdOrClass()), join(s.stripImageSrc(), g.stripImageSrc()),
                join(s.stripAttr(), g.stripAttr()), join(s.dissolve(), g.dissolve()), join(s.wrapIn(), g.wrapIn()),
                join(s.replacements(), g.replacements()), join(s.title(), g.title()), join(s.author(), g.author()),
                join(s.date(), g.date()), join(s.nextPageLink(), g.nextPageLink()),
                join(s.singlePageLink(), g.singlePageLink()), join(s.nativeAdClue(), g.nativeAdClue()), s.prune(),
                s.skipJsonLd(), s.autodetectOnFailure(), s.relatedHeadings(), s.paywallPhrases(), s.tests());
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> total = new java.util.HashMap<>(a);
        b.forEach((k, v) -> total.merge(k, v, Integer::sum));
        return total;
    }

    private static <T> List<T> join(List<T> first, List<T> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static @Nullable String read(Path file, Tally tally) {
        tally.files++;
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(readAtMost(file, MAX_FTR_FILE_BYTES)))
                    .toString();
        } catch (CharacterCodingException e) {
            tally.failed++;
            tally.warn(name, "skipped: not UTF-8");
        } catch (IOException | UncheckedIOException e) {
            tally.failed++;
            tally.warn(name, "skipped: " + e.getMessage());
        }
        return null;
    }

    /** A file's bytes, read no further than the cap, so a huge file or a device never fills the heap. */
    private static byte[] readAtMost(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("larger than " + maxBytes / 1024 + " KiB");
            }
            return bytes;
        }
    }

    private static LoadReport report(Tally tally, int sites, long start) {
        return new LoadReport(tally.files, sites, tally.failed, tally.supported, tally.ignored, tally.warnings,
                Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public String toString() {
        return "SiteRules[" + sites.size() + " sites]";
    }
}
