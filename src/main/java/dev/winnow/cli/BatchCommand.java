package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.FailurePolicy;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.write.ArticleWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code winnow batch IN OUT}: cleans every regular file under the directory {@code IN}
 * (recursively) on several threads and writes {@code OUT/<same relative path, stem>.<ext>}; or, when
 * {@code IN} is a WARC file ({@code .warc}, {@code .warc.gz}), cleans its HTTP response records
 * (streamed; the record's URL and {@code Content-Type} are used) into
 * {@code OUT/<warc stem>-<record number>.<ext>}. At most four pages per thread are in memory. Bad files, and files whose output
 * name another file already takes ({@code a.txt} and {@code a.html}), are reported and skipped; the last line is {@code cleaned N pages in S s (R pages/s), F failed}, where S is the
 * wall time of cleaning (JVM start excluded).
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Cleans every file of a directory into another directory.")
final class BatchCommand implements Callable<Integer> {
    @Mixin
    Main.CleaningOptions options = new Main.CleaningOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(index = "0", paramLabel = "INPUT_DIR", description = "Directory of pages.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUTPUT_DIR", description = "Directory for the results.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        boolean warc = Files.isRegularFile(input) && WarcPages.isWarc(input);
        if (!Files.isDirectory(input) && !warc) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a directory or WARC file: " + input);
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Files.createDirectories(output);
        Cleaner cleaner = options.cleaner(FailurePolicy.FAIL);
        ArticleWriter writer = options.writer();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 4);
        long start = System.nanoTime();
        int total;
        Progress progress;
        if (warc) {
            progress = new Progress(err, -1, System.console() != null);
            String stem = WarcPages.stem(input);
            total = WarcPages.read(input, cleaner.limits(), (index, page) -> {
                Path target = output.resolve(String.format(Locale.ROOT, "%s-%06d.%s", stem, index, writer.extension()));
                submit(pool, inFlight, () -> clean(cleaner, options.shaped(page), target, writer),
                        page.url() + " (record " + index + ")", failures, done, progress, start);
            }, (index, problem) -> failures.add(stem + " record " + index + ": " + problem));
        } else {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            total = files.size();
            progress = new Progress(err, total, System.console() != null);
            Map<Path, Path> sources = new HashMap<>();
            for (Path file : files) {
                Path target = target(file, writer.extension());
                Path earlier = sources.putIfAbsent(target, file);
                if (earlier != null) {
                    failures.add(input.relativize(file) + ": its output " + output.relativize(target)
                            + " is already written for " + input.relativize(earlier));
                    progress.update(done.incrementAndGet(), System.nanoTime() - start);
                    continue;
                }
                submit(pool, inFlight, () -> clean(cleaner, options.shaped(Input.path(file)), target, writer),
                        input.relativize(file).toString(), failures, done, progress, start);
            }
        }
        pool.shutdown();
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.finish();
        List<String> sorted = new ArrayList<>(failures);
        Collections.sort(sorted);
        for (String f : sorted) {
            err.println("failed: " + f);
        }
        int cleaned = Math.max(0, total - sorted.size());
        err.printf(Locale.ROOT, "cleaned %d pages in %.2f s (%.1f pages/s), %d failed%n", cleaned, seconds,
                seconds > 0 ? cleaned / seconds : 0.0, sorted.size());
        err.flush();
        return sorted.isEmpty() ? 0 : 1;
    }

    /** A cleaning task that may fail with an I/O error. */
    private interface Task {
        void run() throws IOException;
    }

    /** Runs a task on the pool, at most {@code inFlight} at a time, so memory stays bounded. */
    private static void submit(ExecutorService pool, Semaphore inFlight, Task task, String name, List<String> failures,
            AtomicInteger done, Progress progress, long start) {
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                failures.add(name + ": " + e.getMessage());
            } finally {
                inFlight.release();
                progress.update(done.incrementAndGet(), System.nanoTime() - start);
            }
        });
    }

    private static void clean(Cleaner cleaner, Input page, Path target, ArticleWriter writer) throws IOException {
        Article article = cleaner.clean(page);
        Files.createDirectories(target.getParent());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(article, w);
        }
    }

    private Path target(Path file, String extension) {
        Path relative = input.relativize(file);
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path parent = relative.getParent();
        return (parent == null ? output : output.resolve(parent)).resolve(stem + "." + extension);
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
