package dev.winnow.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.Report;
import dev.winnow.model.Article;
import dev.winnow.model.Removed;
import dev.winnow.model.Section;
import dev.winnow.rule.Decision;
import dev.winnow.write.TextWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Runs an extractor over the four development corpora ({@link DevCorpus}) in html, text and blocks
 * mode and scores it with {@code score.py}'s page figures ({@link DevMetric}), split into the tuning
 * and the check half.
 *
 * <pre>
 * benchmarks/devquality.sh [--modes html,text,blocks] [--corpus a,b] [--system winnow|readability4j]
 *                          [--out DIR] [--baseline DIR] [--worst N]
 * </pre>
 *
 * <p>The figure per corpus is the token F1 macro-averaged over pages (snippet F1 over all snippets
 * for {@code trafilatura-eval}, which has no gold text), as {@code score.py} prints them. A page is
 * <em>empty</em> when the output has no word while the gold has at least 50 (any page, for
 * snippet-only corpora).
 *
 * <p>Writes, under {@code --out} (default {@code benchmarks/out/dev}): {@code <corpus>-<mode>/<stem>.txt}
 * and {@code .json} (the {@code score.py} output contract, so
 * {@code score.py --outputs DIR --corpus C --mode M} scores the same files), {@code <corpus>-<mode>.tsv}
 * (per-page figures with the half) and {@code results.md} (what is printed). With
 * {@code --baseline DIR} (an earlier {@code --out}) it also counts, per corpus, mode and half, the
 * pages whose figure rose or fell. {@code --worst N} lists the N worst pages of the tuning half
 * only: the check half is for scoring, not for reading.
 */
public final class DevQualityHarness {
    /** The modes, in the order they are reported. */
    public static final List<String> MODES = List.of("html", "text", "blocks");
    /** Gold pages with fewer words than this are not counted as empty when the output is. */
    public static final int EMPTY_GOLD_WORDS = 50;

    private static final TextWriter TEXT = TextWriter.bodyOnly();
    private static final JsonFactory JSON = new JsonFactory();

    private DevQualityHarness() {}

    /**
     * One page of a run.
     *
     * @param stem     the page stem
     * @param tuning   whether the page is in the tuning half
     * @param tokens   the token score, or {@code null} without gold text
     * @param snippets the snippet counts
     * @param empty    whether the output has no word while the gold has {@value #EMPTY_GOLD_WORDS}
     * @param error    the exception the extractor threw, or {@code null}
     * @param lost     rule id to the gold it removed: the share of the gold tokens, or the number of
     *                 missed {@code with} snippets without gold text ({@link DevMetric#lostByRule})
     * @param recovery what the recovery did, or {@code null} when it did not run
     */
    public record PageResult(String stem, boolean tuning, DevMetric.Tokens tokens, DevMetric.Snippets snippets,
                             boolean empty, String error, Map<String, Double> lost, String recovery) {
        /** @return the page's figure: token F1, or snippet F1 without gold text */
        public double figure() {
            return tokens != null ? tokens.f1() : snippets.f1();
        }
    }

    /**
     * The aggregate of some pages of a corpus: token P/R/F1 macro-averaged (or snippet P/R/F1 over
     * all snippets when there is no gold text), empty pages and errors.
     *
     * @param pages     pages aggregated
     * @param precision precision
     * @param recall    recall
     * @param f1        the corpus figure
     * @param empty     empty pages
     * @param errors    pages where the extractor threw
     */
    public record Figures(int pages, double precision, double recall, double f1, int empty, int errors) {
        static Figures of(List<PageResult> pages) {
            int empty = (int) pages.stream().filter(PageResult::empty).count();
            int errors = (int) pages.stream().filter(p -> p.error() != null).count();
            if (pages.isEmpty()) {
                return new Figures(0, 0, 0, 0, 0, 0);
            }
            if (pages.get(0).tokens() != null) {
                return new Figures(pages.size(),
                        pages.stream().mapToDouble(p -> p.tokens().precision()).average().orElse(0),
                        pages.stream().mapToDouble(p -> p.tokens().recall()).average().orElse(0),
                        pages.stream().mapToDouble(p -> p.tokens().f1()).average().orElse(0), empty, errors);
            }
            DevMetric.Snippets s = pages.stream().map(PageResult::snippets)
                    .reduce(DevMetric.Snippets.NONE, DevMetric.Snippets::plus);
            return new Figures(pages.size(), s.precision(), s.recall(), s.f1(), empty, errors);
        }
    }

    /**
     * A corpus run in one mode.
     *
     * @param corpus the corpus name
     * @param mode   the mode
     * @param pages  per-page results, sorted by stem
     */
    public record Run(String corpus, String mode, List<PageResult> pages) {
        /** @param tuning the half @return the figures of that half */
        public Figures half(boolean tuning) {
            return Figures.of(pages.stream().filter(p -> p.tuning() == tuning).toList());
        }

        /** @return the figures of all pages */
        public Figures all() {
            return Figures.of(pages);
        }

        /** @return snippet F1 over all pages' snippets, or NaN when the corpus has none */
        public double snippetF1() {
            DevMetric.Snippets s = pages.stream().map(PageResult::snippets)
                    .reduce(DevMetric.Snippets.NONE, DevMetric.Snippets::plus);
            return s.any() ? s.f1() : Double.NaN;
        }
    }

    /**
     * An extractor under test: a page input (the page's bytes in html mode, its UTF-8 text
     * otherwise) to the article text and optional metadata JSON.
     */
    public interface Extractor {
        /**
         * Extracts one page.
         *
         * @param input the page
         * @param html  whether the input is the page's HTML bytes
         * @return the output
         */
        Output extract(byte[] input, boolean html);
    }

    /**
     * What an extractor made of a page.
     *
     * @param text    the article text, paragraphs separated by blank lines
     * @param json    the {@code score.py} metadata JSON, or {@code null}
     * @param removed  what Winnow removed and by which rule (empty for peers)
     * @param recovery what Winnow's recovery did ({@code recovered} or {@code not recovered}), or
     *                 {@code null} when it did not run
     */
    public record Output(String text, String json, List<Removed> removed, String recovery) {}

    /**
     * Winnow's standard cleaner as {@code score.py} sees it through {@link DevScoreExtractor}.
     *
     * @param cleaner the cleaner
     * @return the extractor
     */
    public static Extractor winnow(Cleaner cleaner) {
        return (input, html) -> {
            Report report = cleaner.explain(html ? Input.bytes(input, null, "text/html")
                    : Input.text(new String(input, StandardCharsets.UTF_8)));
            Article article = report.article();
            String recovery = report.trace().stream().filter(d -> d.rule().equals(Cleaner.RECOVERY))
                    .map(Decision::action).findFirst().orElse(null);
            return new Output(TEXT.render(article), metadataJson(article), article.removed(), recovery);
        };
    }

    /** Readability4J 1.0.8, a peer (html mode only: its text for other inputs is the input). */
    static Extractor readability4j() {
        return (input, html) -> {
            if (!html) {
                return new Output(new String(input, StandardCharsets.UTF_8), null, List.of(), null);
            }
            try {
                var doc = Jsoup.parse(new ByteArrayInputStream(input), null, "http://localhost/");
                var a = new Readability4J("http://localhost/", doc).parse();
                return new Output(a.getTextContent() == null ? "" : a.getTextContent(), null, List.of(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * The {@code score.py} metadata of an article: title, byline (the authors joined by ", "),
     * published and the section headings.
     *
     * @param article the article
     * @return the JSON object
     */
    public static String metadataJson(Article article) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            if (article.metadata().title() != null) {
                g.writeStringField("title", article.metadata().title());
            }
            if (!article.metadata().authors().isEmpty()) {
                g.writeStringField("byline", String.join(", ", article.metadata().authors()));
            }
            if (article.metadata().published() != null) {
                g.writeStringField("published", article.metadata().published());
            }
            g.writeArrayFieldStart("headings");
            for (Section s : article.sections()) {
                if (s.heading() != null) {
                    g.writeString(s.heading().text());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Runs an extractor over a corpus in one mode.
     *
     * @param corpus    the corpus
     * @param mode      {@code html}, {@code text} or {@code blocks}
     * @param extractor the extractor
     * @param threads   worker threads
     * @param outDir    where to write {@code <stem>.txt} and {@code .json}, or {@code null}
     * @return the run
     */
    public static Run run(DevCorpus corpus, String mode, Extractor extractor, int threads, Path outDir) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PageResult>> futures = new ArrayList<>();
            for (DevCorpus.Page page : corpus.pages()) {
                futures.add(pool.submit(() -> page(corpus, page, mode, extractor, outDir)));
            }
            List<PageResult> results = new ArrayList<>();
            for (Future<PageResult> f : futures) {
                results.add(f.get());
            }
            return new Run(corpus.name(), mode, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static PageResult page(DevCorpus corpus, DevCorpus.Page page, String mode, Extractor extractor,
                                   Path outDir) throws IOException {
        byte[] input = corpus.input(page.stem(), mode);
        Output output;
        String error = null;
        try {
            output = extractor.extract(input, mode.equals("html"));
        } catch (RuntimeException | StackOverflowError e) {
            output = new Output("", null, List.of(), null);
            error = e.toString();
        }
        if (outDir != null) {
            Files.writeString(outDir.resolve(page.stem() + ".txt"), output.text(), StandardCharsets.UTF_8);
            if (output.json() != null) {
                Files.writeString(outDir.resolve(page.stem() + ".json"), output.json(), StandardCharsets.UTF_8);
            }
        }
        String gold = corpus.gold(page.stem()).orElse(null);
        DevMetric.Tokens tokens = gold == null ? null : DevMetric.tokens(gold, output.text());
        DevMetric.Snippets snippets = DevMetric.snippets(page.with(), page.without(), output.text());
        boolean emptyOutput = DevMetric.tokens(output.text()).isEmpty();
        boolean empty = emptyOutput && (tokens == null || tokens.gold() >= EMPTY_GOLD_WORDS);
        Map<String, Double> lost = gold != null ? DevMetric.lostByRule(gold, output.text(), output.removed())
                : DevMetric.missedByRule(page.with(), output.text(), output.removed());
        return new PageResult(page.stem(), DevCorpus.isTuning(page.stem()), tokens, snippets, empty, error, lost,
                output.recovery());
    }

    /**
     * Runs the harness.
     *
     * @param args the options (see the class comment)
     * @throws IOException if an output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> opts = options(args);
        List<String> modes = List.of(opts.getOrDefault("modes", String.join(",", MODES)).split(","));
        List<String> names = List.of(opts.getOrDefault("corpus", String.join(",", DevCorpus.NAMES)).split(","));
        String system = opts.getOrDefault("system", "winnow");
        Path out = Paths.get(opts.getOrDefault("out", "benchmarks/out/dev"));
        Path baseline = opts.containsKey("baseline") ? Paths.get(opts.get("baseline")) : null;
        int worst = Integer.parseInt(opts.getOrDefault("worst", "0"));
        Extractor extractor = switch (system) {
            case "winnow" -> winnow(Cleaner.standard());
            case "readability4j" -> readability4j();
            default -> throw new IllegalArgumentException("unknown --system " + system);
        };
        List<DevCorpus> corpora = new ArrayList<>();
        for (String name : names) {
            corpora.add(DevCorpus.find(name).orElseThrow(() ->
                    new IllegalStateException("no corpus " + name + " under " + DevCorpus.root())));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        List<Run> runs = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (String mode : modes) {
            for (DevCorpus corpus : corpora) {
                if (!corpus.hasMode(mode)) {
                    continue;
                }
                Path dir = out.resolve(corpus.name() + "-" + mode);
                Files.createDirectories(dir);
                try (var old = Files.list(dir)) {
                    for (Path p : (Iterable<Path>) old::iterator) {
                        Files.delete(p);
                    }
                }
                long t0 = System.nanoTime();
                Run run = run(corpus, mode, extractor, threads, dir);
                System.err.printf(Locale.ROOT, "%s %s: %d pages in %.1f s%n", corpus.name(), mode,
                        run.pages().size(), (System.nanoTime() - t0) / 1e9);
                writeTsv(run, out.resolve(corpus.name() + "-" + mode + ".tsv"));
                runs.add(run);
            }
        }
        report.append(table(runs, system));
        if (baseline != null) {
            report.append('\n').append(changes(runs, baseline));
        }
        report.append('\n').append(lostTable(runs));
        if (worst > 0) {
            report.append('\n').append(worstPages(runs, worst));
        }
        System.out.print(report);
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
    }

    /**
     * The results table: per corpus and mode the figures of both halves and of all pages, and per
     * mode the macro mean over corpora.
     *
     * @param runs   the runs
     * @param system the extractor's name
     * @return the Markdown table
     */
    static String table(List<Run> runs, String system) {
        StringBuilder sb = new StringBuilder();
        sb.append("Extractor: ").append(system).append(". Figure: token F1 (macro over pages); snippet F1 for")
                .append(" trafilatura-eval. Empty: no output word where the gold has ").append(EMPTY_GOLD_WORDS)
                .append("+.\n\n");
        sb.append("| corpus | mode | pages | P | R | F1 | tune F1 | check F1 | empty (tune/check) | errors |")
                .append(" snippet F1 | recovery ran (kept) |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<double[]>> means = new java.util.LinkedHashMap<>();
        for (Run run : runs) {
            Figures all = run.all();
            Figures tune = run.half(true);
            Figures check = run.half(false);
            long ran = run.pages().stream().filter(p -> p.recovery() != null).count();
            long kept = run.pages().stream().filter(p -> "recovered".equals(p.recovery())).count();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %d (%d/%d) | %d | %s | %d (%d) |%n",
                    run.corpus(), run.mode(), all.pages(), all.precision(), all.recall(), all.f1(), tune.f1(),
                    check.f1(), all.empty(), tune.empty(), check.empty(), all.errors(),
                    Double.isNaN(run.snippetF1()) ? "" : String.format(Locale.ROOT, "%.3f", run.snippetF1()), ran, kept));
            means.computeIfAbsent(run.mode(), m -> new ArrayList<>())
                    .add(new double[] {all.f1(), tune.f1(), check.f1(), all.empty(), all.pages()});
        }
        for (Map.Entry<String, List<double[]>> e : means.entrySet()) {
            List<double[]> rows = e.getValue();
            sb.append(String.format(Locale.ROOT, "| **macro mean** | %s | %d | | | **%.3f** | %.3f | %.3f | %d (%.1f%%) | | | |%n",
                    e.getKey(), (int) rows.stream().mapToDouble(r -> r[4]).sum(),
                    rows.stream().mapToDouble(r -> r[0]).average().orElse(0),
                    rows.stream().mapToDouble(r -> r[1]).average().orElse(0),
                    rows.stream().mapToDouble(r -> r[2]).average().orElse(0),
                    (int) rows.stream().mapToDouble(r -> r[3]).sum(),
                    100 * rows.stream().mapToDouble(r -> r[3]).sum() / rows.stream().mapToDouble(r -> r[4]).sum()));
        }
        return sb.toString();
    }

    private static void writeTsv(Run run, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("stem\thalf\tfigure\tp\tr\tpred_words\tgold_words\tsnip_tp\tsnip_fp\tsnip_fn\tsnip_tn\tempty\terror\tlost\trecovery\n");
        for (PageResult p : run.pages()) {
            DevMetric.Tokens t = p.tokens();
            DevMetric.Snippets s = p.snippets();
            StringBuilder lost = new StringBuilder();
            p.lost().forEach((rule, v) -> lost.append(lost.length() == 0 ? "" : " ").append(rule).append('=')
                    .append(String.format(Locale.ROOT, t == null ? "%.0f" : "%.3f", v)));
            sb.append(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%b\t%s\t%s\t%s%n", p.stem(),
                    p.tuning() ? "tune" : "check", p.figure(),
                    t == null ? "" : String.format(Locale.ROOT, "%.4f", t.precision()),
                    t == null ? "" : String.format(Locale.ROOT, "%.4f", t.recall()),
                    t == null ? "" : t.pred(), t == null ? "" : t.gold(),
                    s.tp(), s.fp(), s.fn(), s.tn(), p.empty(), p.error() == null ? "" : p.error().replace('\t', ' '), lost,
                    p.recovery() == null ? "" : p.recovery()));
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /**
     * Per corpus, mode and half: how many pages rose and fell against an earlier run, and by how
     * much the figure moved.
     */
    private static String changes(List<Run> runs, Path baseline) throws IOException {
        StringBuilder sb = new StringBuilder("Against ").append(baseline).append(":\n\n");
        sb.append("| corpus | mode | half | better | worse | F1 before | F1 after |\n|---|---|---|---|---|---|---|\n");
        for (Run run : runs) {
            Path tsv = baseline.resolve(run.corpus() + "-" + run.mode() + ".tsv");
            if (!Files.isRegularFile(tsv)) {
                continue;
            }
            Map<String, Double> before = new HashMap<>();
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                before.put(f[0], Double.parseDouble(f[2]));
            }
            for (boolean tuning : new boolean[] {true, false}) {
                int better = 0;
                int worse = 0;
                double sumBefore = 0;
                double sumAfter = 0;
                int n = 0;
                for (PageResult p : run.pages()) {
                    Double b = before.get(p.stem());
                    if (p.tuning() != tuning || b == null) {
                        continue;
                    }
                    n++;
                    sumBefore += b;
                    sumAfter += p.figure();
                    if (p.figure() > b + 0.005) {
                        better++;
                    } else if (p.figure() < b - 0.005) {
                        worse++;
                    }
                }
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %.4f | %.4f |%n", run.corpus(), run.mode(),
                        tuning ? "tune" : "check", better, worse, n == 0 ? 0 : sumBefore / n, n == 0 ? 0 : sumAfter / n));
            }
        }
        sb.append("\n(Page figures; a page counts as better or worse when it moved by more than 0.005. The F1 columns")
                .append(" are means of page figures, so for trafilatura-eval they are not its snippet F1.)\n");
        return sb.toString();
    }

    /**
     * Per mode, corpus and rule, what the rule removed of the gold on the tuning half: recall points
     * (the mean share of a page's gold tokens) or, without gold text, missed snippets.
     */
    static String lostTable(List<Run> runs) {
        StringBuilder sb = new StringBuilder("Gold removed by rule, tuning half (recall points; missed snippets for")
                .append(" trafilatura-eval):\n\n");
        for (Run run : runs) {
            Map<String, Double> sums = new java.util.TreeMap<>();
            long n = run.pages().stream().filter(PageResult::tuning).count();
            boolean snippets = run.pages().get(0).tokens() == null;
            for (PageResult p : run.pages()) {
                if (p.tuning()) {
                    p.lost().forEach((rule, v) -> sums.merge(rule, v, Double::sum));
                }
            }
            sb.append(run.corpus()).append(' ').append(run.mode()).append(':');
            sums.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> sb.append(String.format(Locale.ROOT, snippets ? " %s %.0f" : " %s %.2f", e.getKey(),
                            snippets ? e.getValue() : 100 * e.getValue() / n)));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String worstPages(List<Run> runs, int n) {
        StringBuilder sb = new StringBuilder("Worst pages of the tuning half:\n\n");
        for (Run run : runs) {
            sb.append(run.corpus()).append(' ').append(run.mode()).append(":");
            run.pages().stream().filter(PageResult::tuning)
                    .sorted(Comparator.comparingDouble(PageResult::figure).thenComparing(PageResult::stem))
                    .limit(n)
                    .forEach(p -> sb.append(String.format(Locale.ROOT, " %s %.2f", p.stem(), p.figure())));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[++i]);
        }
        return opts;
    }
}
