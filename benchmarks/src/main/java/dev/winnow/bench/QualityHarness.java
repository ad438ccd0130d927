package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.write.TextWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Measures how well {@link Cleaner#standard()} finds the article body on the article-extraction
 * benchmark, on flattened text ({@code text} mode, the input made by {@link Flattener}) and on the
 * raw HTML ({@code html} mode), with the benchmark's own metric ({@link ShingleMetric}).
 *
 * <pre>
 * benchmarks/quality.sh [--mode text|html|both] [--out DIR] [--worst N] [--warmup SECONDS]
 * </pre>
 *
 * <p>Writes {@code <out>/<mode>/<id>.txt} (the {@link TextWriter#bodyOnly()} output), {@code <out>/<mode>.tsv}
 * (per-page figures), {@code <out>/flat/<id>.txt} (the flattened inputs) and
 * {@code <out>/results.md} (what is printed): the results table, the peers' figures from
 * {@code PEERS.md} and the worst pages.
 */
public final class QualityHarness {
    /** The modes, in the order {@code both} runs them. */
    public static final List<String> MODES = List.of("text", "html");

    private QualityHarness() {}

    /**
     * One page of a run.
     *
     * @param id     the page id
     * @param url    the page URL
     * @param input  the flattened text (text mode) or {@code null} (html mode)
     * @param output the {@link TextWriter#bodyOnly()} rendering of the cleaned article ("" on error)
     * @param score  the page score
     * @param error  the exception the cleaner threw, or {@code null}
     */
    public record PageResult(String id, String url, String input, String output, ShingleMetric.Page score,
                             String error) {}

    /**
     * One mode's run over the corpus.
     *
     * @param mode           {@code text} or {@code html}
     * @param score          the corpus score (with per-page scores, sorted by id)
     * @param pages          per-page inputs, outputs and scores, sorted by id
     * @param errors         pages where the cleaner threw
     * @param cleanSeconds   wall time of the timed cleaning loop (clean + render, all pages, once)
     * @param pagesPerSecond pages / cleanSeconds
     */
    public record Result(String mode, ShingleMetric.Score score, List<PageResult> pages, int errors,
                         double cleanSeconds, double pagesPerSecond) {}

    /**
     * Cleans and scores every page of the corpus in one mode, with no warm-up.
     *
     * @param corpus the corpus
     * @param mode   {@code text} or {@code html}
     * @return the result
     */
    public static Result run(Corpus corpus, String mode) {
        return run(corpus, mode, 0);
    }

    /**
     * Cleans and scores every page of the corpus in one mode.
     *
     * @param corpus        the corpus
     * @param mode          {@code text} or {@code html}
     * @param warmupSeconds run the cleaning loop untimed for at least this long first (0: none)
     * @return the result
     */
    public static Result run(Corpus corpus, String mode, double warmupSeconds) {
        return run(corpus, mode, warmupSeconds, Cleaner.standard());
    }

    /**
     * Cleans and scores every page of the corpus in one mode with a given cleaner.
     *
     * @param corpus        the corpus
     * @param mode          {@code text} or {@code html}
     * @param warmupSeconds how long to clean the whole corpus repeatedly before the timed pass
     * @param cleaner       the cleaner
     * @return the scores
     */
    public static Result run(Corpus corpus, String mode, double warmupSeconds, Cleaner cleaner) {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("unknown mode '" + mode + "' (text, html)");
        }
        boolean text = mode.equals("text");
        List<String> ids = corpus.ids();
        Flattener flattener = new Flattener();
        List<String> flat = new ArrayList<>(ids.size());
        List<Input> inputs = new ArrayList<>(ids.size());
        for (String id : ids) {
            String html = corpus.html(id);
            if (text) {
                String f = flattener.flatten(html);
                flat.add(f);
                inputs.add(Input.text(f));
            } else {
                flat.add(null);
                inputs.add(Input.html(html, corpus.url(id)));
            }
        }

        TextWriter writer = TextWriter.bodyOnly();
        if (warmupSeconds > 0) {
            long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
            do {
                cleanAll(cleaner, writer, inputs, new String[inputs.size()], new String[inputs.size()]);
            } while (System.nanoTime() < until);
        }
        String[] outputs = new String[inputs.size()];
        String[] errors = new String[inputs.size()];
        long start = System.nanoTime();
        cleanAll(cleaner, writer, inputs, outputs, errors);
        double seconds = (System.nanoTime() - start) / 1e9;

        List<PageResult> pages = new ArrayList<>(ids.size());
        List<ShingleMetric.Page> scores = new ArrayList<>(ids.size());
        int failed = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            ShingleMetric.Page score = ShingleMetric.score(id, corpus.gold(id), outputs[i]);
            scores.add(score);
            pages.add(new PageResult(id, corpus.url(id), flat.get(i), outputs[i], score, errors[i]));
            failed += errors[i] != null ? 1 : 0;
        }
        return new Result(mode, ShingleMetric.aggregate(scores), List.copyOf(pages), failed, seconds,
                seconds > 0 ? ids.size() / seconds : 0.0);
    }

    private static void cleanAll(Cleaner cleaner, TextWriter writer, List<Input> inputs, String[] outputs,
                                 String[] errors) {
        for (int i = 0; i < inputs.size(); i++) {
            try {
                outputs[i] = writer.render(cleaner.clean(inputs.get(i)));
                errors[i] = null;
            } catch (RuntimeException e) {
                outputs[i] = "";
                errors[i] = e.toString();
            }
        }
    }

    /**
     * Runs the harness.
     *
     * @param args {@code --mode text|html|both} (default both), {@code --out DIR} (default
     *     {@code benchmarks/out}), {@code --worst N} (default 10), {@code --warmup SECONDS}
     *     (default 0)
     * @throws IOException if an output file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String modeArg = "both";
        Path out = Paths.get("benchmarks", "out");
        int worst = 10;
        double warmup = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--mode" -> modeArg = value(args, ++i, arg);
                    case "--out" -> out = Paths.get(value(args, ++i, arg));
                    case "--worst" -> worst = Integer.parseInt(value(args, ++i, arg));
                    case "--warmup" -> warmup = Double.parseDouble(value(args, ++i, arg));
                    case "-h", "--help" -> {
                        System.out.println(usage());
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            if (!modeArg.equals("both") && !MODES.contains(modeArg)) {
                throw new IllegalArgumentException("unknown mode '" + modeArg + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("QualityHarness: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }

        Optional<Corpus> found = Corpus.find();
        if (found.isEmpty()) {
            System.err.println("QualityHarness: benchmark corpus not found at " + Corpus.location()
                    + " (expected ground-truth.json and html/ there; set -D" + Corpus.PROPERTY
                    + "=DIR to point elsewhere)");
            System.exit(3);
            return;
        }
        Corpus corpus = found.get();
        List<String> modes = modeArg.equals("both") ? MODES : List.of(modeArg);

        List<Result> results = new ArrayList<>();
        for (String mode : modes) {
            Result result = run(corpus, mode, warmup);
            results.add(result);
            writeOutputs(out, result);
        }

        String report = report(corpus, results, worst, warmup, String.join(" ", args));
        System.out.print(report);
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String usage() {
        return "usage: QualityHarness [--mode text|html|both] [--out DIR] [--worst N] [--warmup SECONDS]";
    }

    private static void writeOutputs(Path out, Result result) throws IOException {
        Path dir = out.resolve(result.mode());
        Files.createDirectories(dir);
        boolean text = result.mode().equals("text");
        Path flatDir = out.resolve("flat");
        if (text) {
            Files.createDirectories(flatDir);
        }
        StringBuilder tsv = new StringBuilder(
                "id\tprecision\trecall\tf1\texact\ttp\tfp\tfn\tgold_tokens\tpred_tokens\terror\turl\n");
        for (PageResult page : result.pages()) {
            Files.writeString(dir.resolve(page.id() + ".txt"), page.output(), StandardCharsets.UTF_8);
            if (text) {
                Files.writeString(flatDir.resolve(page.id() + ".txt"), page.input(), StandardCharsets.UTF_8);
            }
            ShingleMetric.Page s = page.score();
            tsv.append(page.id()).append('\t')
                    .append(fmt(s.precision(), "%.4f")).append('\t')
                    .append(fmt(s.recall(), "%.4f")).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f\t%d\t%.4f\t%.4f\t%.4f\t%d\t%d\t",
                            s.f1(), s.exact() ? 1 : 0, s.tp(), s.fp(), s.fn(), s.goldTokens(), s.predTokens()))
                    .append(page.error() == null ? "" : page.error().replace('\t', ' ').replace('\n', ' '))
                    .append('\t').append(page.url()).append('\n');
        }
        Files.writeString(out.resolve(result.mode() + ".tsv"), tsv, StandardCharsets.UTF_8);
    }

    /**
     * The printed report: results table, peers' tables, worst pages.
     *
     * @param corpus  the corpus
     * @param results the runs
     * @param worst   how many worst pages to list per mode
     * @param warmup  the warm-up that was used, in seconds
     * @param args    the command-line arguments, for the record
     * @return Markdown
     */
    static String report(Corpus corpus, List<Result> results, int worst, double warmup, String args) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Winnow on the article-extraction benchmark (").append(corpus.ids().size())
                .append(" pages)\n\n");
        sb.append("Cleaner.standard(), TextWriter.bodyOnly() output, scored with ShingleMetric (port of zyte_eval.py). ")
                .append("Arguments: `").append(args.isBlank() ? "(defaults)" : args).append("`. ")
                .append(warmup > 0 ? String.format(Locale.ROOT, "pages/s after %.0f s warm-up", warmup)
                        : "pages/s: one cold pass, no warm-up")
                .append(", single thread, input already in memory.\n\n");
        sb.append("| mode | F1 | precision | recall | accuracy | empty pages | errors | pages/s |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            ShingleMetric.Score s = r.score();
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %d | %d | %.0f |\n",
                    r.mode(), s.f1(), s.precision(), s.recall(), s.accuracy(), s.emptyPages(), r.errors(),
                    r.pagesPerSecond()));
        }
        sb.append('\n');

        Path peers = corpus.peersFile();
        List<PeerTable> tables = PeerTable.parse(peers);
        if (tables.isEmpty()) {
            sb.append("(no peer figures: ").append(peers).append(" not found or has no tables)\n\n");
        }
        for (PeerTable table : tables) {
            sb.append("### Peers: ").append(table.title()).append(" (").append(peers.getFileName()).append(")\n\n");
            sb.append("| system | F1 | precision | recall |\n|---|---|---|---|\n");
            for (PeerTable.Row row : table.rows()) {
                sb.append("| ").append(row.name()).append(" | ").append(row.f1()).append(" | ")
                        .append(row.precision()).append(" | ").append(row.recall()).append(" |\n");
            }
            sb.append('\n');
        }

        for (Result r : results) {
            if (worst <= 0) {
                break;
            }
            sb.append("### ").append(worst).append(" worst pages by F1, ").append(r.mode()).append(" mode\n\n");
            sb.append("| id | url | P | R | F1 | gold words | predicted words |\n|---|---|---|---|---|---|---|\n");
            for (PageResult page : worstPages(r, worst)) {
                ShingleMetric.Page s = page.score();
                sb.append("| ").append(page.id()).append(" | ").append(page.url()).append(" | ")
                        .append(fmt(s.precision(), "%.2f")).append(" | ").append(fmt(s.recall(), "%.2f"))
                        .append(String.format(Locale.ROOT, " | %.3f | %d | %d |", s.f1(), s.goldTokens(),
                                s.predTokens()))
                        .append(page.error() == null ? "" : " error: " + page.error())
                        .append('\n');
            }
            sb.append('\n');
        }
        List<String> failures = results.stream()
                .flatMap(r -> r.pages().stream().filter(p -> p.error() != null)
                        .map(p -> r.mode() + " " + p.id() + ": " + p.error()))
                .collect(Collectors.toList());
        if (!failures.isEmpty()) {
            sb.append("### Cleaner errors (scored as empty)\n\n");
            failures.forEach(f -> sb.append("- ").append(f).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The pages with the lowest page F1 (ties in id order).
     *
     * @param result the run
     * @param n      how many
     * @return at most {@code n} pages, worst first
     */
    public static List<PageResult> worstPages(Result result, int n) {
        return result.pages().stream()
                .sorted(Comparator.comparingDouble((PageResult p) -> p.score().f1()))
                .limit(Math.max(0, n))
                .collect(Collectors.toList());
    }

    private static String fmt(OptionalDouble value, String format) {
        return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "-";
    }

    /**
     * A Markdown table of peers' figures in {@code PEERS.md}: the first table after a {@code ##}
     * heading that starts with "Run side by side" or "Published".
     *
     * @param title the section heading
     * @param rows  the rows
     */
    record PeerTable(String title, List<Row> rows) {
        /** One system's figures, as printed in the file. */
        record Row(String name, String f1, String precision, String recall) {}

        static List<PeerTable> parse(Path file) {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            List<PeerTable> tables = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith("## ")) {
                    continue;
                }
                String title = line.substring(3).strip();
                if (!title.startsWith("Run side by side") && !title.startsWith("Published")) {
                    continue;
                }
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).strip().startsWith("|")
                        && !lines.get(j).strip().startsWith("#")) {
                    j++;
                }
                List<List<String>> cells = new ArrayList<>();
                while (j < lines.size() && lines.get(j).strip().startsWith("|")) {
                    cells.add(cells(lines.get(j)));
                    j++;
                }
                if (cells.size() < 3) {
                    continue;
                }
                List<String> header = cells.get(0).stream().map(s -> s.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toList());
                int f1 = header.indexOf("f1");
                int p = header.indexOf("precision");
                int r = header.indexOf("recall");
                if (f1 < 0 || p < 0 || r < 0) {
                    continue;
                }
                List<Row> rows = new ArrayList<>();
                for (List<String> row : cells.subList(2, cells.size())) {
                    if (row.size() > Math.max(f1, Math.max(p, r))) {
                        rows.add(new Row(row.get(0), row.get(f1), row.get(p), row.get(r)));
                    }
                }
                tables.add(new PeerTable(title, List.copyOf(rows)));
                i = j - 1;
            }
            return tables;
        }

        private static List<String> cells(String line) {
            String s = line.strip();
            s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
            List<String> cells = new ArrayList<>();
            for (String cell : s.split("\\|", -1)) {
                cells.add(cell.strip());
            }
            return cells;
        }
    }
}
