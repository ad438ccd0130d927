package dev.winnow.cli;

import dev.winnow.BatchCleaner;
import dev.winnow.Cleaner;
import dev.winnow.FailurePolicy;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.write.ArticleWriter;
import dev.winnow.warc.WarcPages;
import dev.winnow.write.JsonWriter;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code winnow batch INPUT OUTPUT}: cleans many pages on several threads.
 *
 * <p>{@code INPUT} is a directory (every regular file under it, recursively), a WARC file
 * ({@code .warc}, {@code .warc.gz}: its HTTP response records, streamed, with the record's URL and
 * {@code Content-Type}), {@code -} (JSON lines on standard input, see {@link JsonLinesPages}), or any
 * other file, read as a list of page paths, one per line (relative paths are taken from the list's
 * directory; blank lines and lines starting with {@code #} are skipped).
 *
 * <p>Gzip pages ({@code .gz}, {@code .html.gz}, or gzip bytes under any name but {@code .warc.gz})
 * are decompressed up to the page limit, as WARC records are (see {@link PageFiles}).
 *
 * <p>{@code OUTPUT} is a directory, which receives one file per page ({@code OUT/<relative path less
 * its extension>.<ext>} for a directory, where two files that would share a name keep their whole
 * names, see {@link OutputNames}; {@code <warc stem>-<record number>}, {@code <list stem>-<line number>}
 * or {@code stdin-<line number>} otherwise), or {@code -} or a {@code .jsonl} file, which receive
 * JSON lines: one compact JSON article per line with a first member {@code "source"}, in the order
 * the pages finish.
 *
 * <p>Pages are cleaned by a {@link BatchCleaner}: at most four pages per thread are in memory,
 * whatever the input size. A page that cannot be read or cleaned is failed; a page with nothing to
 * clean ({@link NothingCleaned}: binary, empty, no text, every block removed) is skipped and gets no
 * output; a page whose {@code --kind} contradicts its detected type is cleaned with a warning.
 * Progress goes to standard error (a redrawn line with pages/s and ETA on a terminal); at the end
 * come the {@code warning: }, {@code skipped: } and {@code failed: } lines, each naming the page and
 * the cause, and the summary {@code cleaned N pages in S s (R pages/s), K skipped, F failed}, where
 * S is the wall time of cleaning (JVM start excluded). The exit code is {@link Main#FAILED} when a
 * page failed, else {@link Main#NOTHING_CLEANED} when one was skipped, else {@link Main#CLEANED}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Cleans many pages: a directory, a WARC file, a list of paths or JSON lines (-), "
                + "into a directory or JSON lines (- or a .jsonl file).")
final class BatchCommand implements Callable<Integer> {
    @Mixin
    Main.CleaningOptions options = new Main.CleaningOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "A directory of pages, a WARC file, a file listing page paths, or - for JSON lines on standard input.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT",
            description = "A directory for one file per page, or - or a .jsonl file for JSON lines.")
    String output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Path in = input.equals("-") ? null : Path.of(input);
        if (in != null && !Files.exists(in)) {
            throw new CommandLine.ParameterException(spec.commandLine(), input + ": does not exist");
        }
        if (options.format.equals(Main.REPORT)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format report is for one page: winnow --format report FILE > report.html");
        }
        boolean jsonLines = output.equals("-") || output.toLowerCase(Locale.ROOT).endsWith(".jsonl");
        if (jsonLines && !options.format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "JSON lines output is JSON: drop --format");
        }
        Cleaner cleaner = options.cleaner(FailurePolicy.FAIL, err);
        long start = System.nanoTime();
        Pages pages;
        try (PageSink sink = jsonLines ? new JsonLinesSink(output.equals("-") ? spec.commandLine().getOut()
                : Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8))
                : new DirectorySink(Path.of(output), options.writer());
                BatchCleaner batch = new BatchCleaner(cleaner, threads)) {
            pages = new Pages(batch, sink, options.kind, start, err);
            try {
                submitAll(in, pages, cleaner);
            } catch (IOException | RuntimeException | Error e) {
                pages.fail(input + ": reading stopped: " + describe(e));
            } finally {
                pages.finish();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pages.progress.finish();
        list(err, "warning: ", pages.warnings);
        int skipped = list(err, "skipped: ", pages.skipped);
        int failed = list(err, "failed: ", pages.failures);
        int cleaned = pages.cleaned.get();
        err.printf(Locale.ROOT, "cleaned %d pages in %.2f s (%.1f pages/s), %d skipped, %d failed%n", cleaned, seconds,
                seconds > 0 ? cleaned / seconds : 0.0, skipped, failed);
        err.flush();
        return failed > 0 ? Main.FAILED : skipped > 0 ? Main.NOTHING_CLEANED : Main.CLEANED;
    }

    /** Prints the entries sorted, each after a label; returns how many there are. */
    private static int list(PrintWriter err, String label, List<String> entries) {
        List<String> sorted = new ArrayList<>(entries);
        Collections.sort(sorted);
        for (String entry : sorted) {
            err.println(label + entry);
        }
        return sorted.size();
    }

    /** Reads the input and submits every page in it; a page that cannot be had is a failure. */
    private void submitAll(Path in, Pages pages, Cleaner cleaner) throws IOException, InterruptedException {
        if (in == null) {
            pages.progress(-1);
            BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            JsonLinesPages.read(lines,
                    (line, id, page) -> pages.submit(id, String.format(Locale.ROOT, "stdin-%06d", line), () -> options.shaped(page)),
                    (line, problem) -> pages.fail("line " + line + ": " + problem));
        } else if (Files.isDirectory(in)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(in)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            pages.progress(files.size());
            List<Path> relative = files.stream().map(in::relativize).toList();
            Map<Path, String> names = OutputNames.of(relative);
            long maxBytes = cleaner.limits().maxInputBytes();
            for (Path file : relative) {
                pages.submit(file.toString(), names.get(file), () -> options.shaped(PageFiles.open(in.resolve(file), maxBytes)));
            }
        } else if (WarcPages.isWarc(in)) {
            pages.progress(-1);
            String stem = WarcPages.stem(in);
            try (Stream<WarcPages.Page> records = WarcPages.pages(in, cleaner.limits().maxInputBytes())) {
                for (Iterator<WarcPages.Page> it = records.iterator(); it.hasNext();) {
                    WarcPages.Page page = it.next();
                    String name = String.format(Locale.ROOT, "%s-%06d", stem, page.index());
                    if (page.problem() != null) {
                        pages.fail(stem + " record " + page.index() + ": " + page.problem());
                    } else {
                        pages.submit(page.url() + " (record " + page.index() + ")", name, () -> options.shaped(page.input()));
                    }
                }
            }
        } else {
            List<String> paths = Files.readAllLines(in, StandardCharsets.UTF_8);
            pages.progress((int) paths.stream().filter(BatchCommand::isListed).count());
            String stem = OutputNames.stem(in.getFileName());
            Path base = in.toAbsolutePath().getParent();
            long maxBytes = cleaner.limits().maxInputBytes();
            for (int i = 0; i < paths.size(); i++) {
                if (isListed(paths.get(i))) {
                    Path file = base.resolve(paths.get(i).strip());
                    pages.submit(paths.get(i).strip(), String.format(Locale.ROOT, "%s-%06d", stem, i + 1),
                            () -> options.shaped(PageFiles.open(file, maxBytes)));
                }
            }
        }
    }

    /**
     * A failure's message for the failure list, which names the page already: a page file's cause
     * alone; an {@link Error} is named, as its message alone says little.
     */
    private static String describe(Throwable t) {
        if (t instanceof PageFileException p) {
            return p.cause();
        }
        return t instanceof Error || t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static boolean isListed(String line) {
        return !line.isBlank() && !line.strip().startsWith("#");
    }

    /** Where cleaned pages go. Implementations are thread-safe. */
    private interface PageSink extends Closeable {
        /** Claims the output of a page; returns the source that already took it, or {@code null}. */
        @Nullable String claim(String source, String stem);

        void write(String source, String stem, Article article) throws IOException;
    }

    /** One file per page under a directory. */
    private static final class DirectorySink implements PageSink {
        private final Path dir;
        private final ArticleWriter writer;
        private final Map<String, String> claimed = new HashMap<>();

        DirectorySink(Path dir, ArticleWriter writer) throws IOException {
            this.dir = Files.createDirectories(dir);
            this.writer = writer;
        }

        @Override
        public synchronized @Nullable String claim(String source, String stem) {
            return claimed.putIfAbsent(stem, source);
        }

        @Override
        public void write(String source, String stem, Article article) throws IOException {
            Path target = dir.resolve(stem + "." + writer.extension());
            Files.createDirectories(target.getParent());
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                writer.write(article, w);
            } catch (IOException | RuntimeException | Error e) {
                Files.deleteIfExists(target);   // a failed page leaves no half-written file
                throw e;
            }
        }

        @Override
        public void close() {}
    }

    /** One JSON line per page, in the order pages finish. */
    private static final class JsonLinesSink implements PageSink {
        private final Writer out;
        private final JsonWriter json = new JsonWriter();

        JsonLinesSink(Writer out) {
            this.out = out;
        }

        @Override
        public @Nullable String claim(String source, String stem) {
            return null;
        }

        @Override
        public void write(String source, String stem, Article article) throws IOException {
            StringBuilder line = new StringBuilder();
            json.writeLine(article, source, line);
            synchronized (this) {
                out.write(line.toString());
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (out instanceof PrintWriter) {
                out.flush();
            } else {
                out.close();
            }
        }
    }

    /**
     * Hands pages to the {@link BatchCleaner} and their results to the sink, keeps the lists of
     * warned, skipped and failed pages, and counts every page for the progress line.
     */
    private static final class Pages {
        private final BatchCleaner batch;
        private final PageSink sink;
        private final String kind;
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private final long start;
        private final PrintWriter err;
        private final AtomicInteger done = new AtomicInteger();
        final AtomicInteger cleaned = new AtomicInteger();
        Progress progress;

        Pages(BatchCleaner batch, PageSink sink, String kind, long start, PrintWriter err) {
            this.batch = batch;
            this.sink = sink;
            this.kind = kind;
            this.start = start;
            this.err = err;
            this.progress = new Progress(err, -1, false);
        }

        /** Starts the progress line, for {@code total} pages ({@code -1}: not known ahead). */
        void progress(int total) {
            progress = new Progress(err, total, System.console() != null);
        }

        void fail(String problem) {
            failures.add(problem);
            tick();
        }

        /** Submits a page (read on a worker thread); blocks while the batch cleaner is full. */
        void submit(String source, String stem, Callable<Input> input) throws InterruptedException {
            String earlier = sink.claim(source, stem);
            if (earlier != null) {
                fail(source + ": its output " + stem + " is already written for " + earlier);
                return;
            }
            batch.submit(source, input, result -> write(result, stem));
        }

        /** Runs on a worker thread; whatever goes wrong is this page's failure. */
        private void write(BatchCleaner.Result<String> result, String stem) {
            try {
                if (result.succeeded()) {
                    String warning = KindCheck.warning(kind, result.article());
                    if (warning != null) {
                        warnings.add(result.key() + ": " + warning);
                    }
                    String nothing = NothingCleaned.reason(result.article());
                    if (nothing != null) {
                        skipped.add(result.key() + ": " + nothing);
                        return;
                    }
                    sink.write(result.key(), stem, result.article());
                    cleaned.incrementAndGet();
                } else {
                    failures.add(result.key() + ": " + describe(result.error()));
                }
            } catch (IOException | RuntimeException | Error e) {
                failures.add(result.key() + ": " + describe(e));
            } finally {
                tick();
            }
        }

        private void tick() {
            progress.update(done.incrementAndGet(), System.nanoTime() - start);
        }

        void finish() throws InterruptedException {
            batch.awaitCompletion();
        }
    }

    /** Progress on standard error: a redrawn line on a terminal, a line every 10% otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private int lastDecile = -1;

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        synchronized void update(int done, long nanos) {
            double rate = done / Math.max(1e-9, nanos / 1e9);
            double eta = (total - done) / Math.max(rate, 1e-9);
            String line = total < 0 ? String.format(Locale.ROOT, "%d pages, %.1f pages/s", done, rate)
                    : String.format(Locale.ROOT, "%d/%d pages, %.1f pages/s, ETA %.0f s", done, total, rate, eta);
            if (terminal) {
                err.print("\r" + line + "   ");
                err.flush();
            } else if (total < 0 ? done % 1000 == 0 : total > 0 && done * 10 / total > lastDecile) {
                lastDecile = done * 10 / total;
                err.println(line);
            }
        }

        synchronized void finish() {
            if (terminal) {
                err.println();
            }
        }
    }
}
