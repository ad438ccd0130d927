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
 * {@code winnow batch IN OUT}: cleans every regular file under {@code IN} (recursively) on several
 * threads and writes {@code OUT/<same relative path, stem>.<ext>}. Bad files, and files whose output
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
        if (!Files.isDirectory(input)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "not a directory: " + input);
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Files.createDirectories(output);
        Cleaner cleaner = options.cleaner(FailurePolicy.FAIL);
        ArticleWriter writer = options.writer();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        Progress progress = new Progress(err, files.size(), System.console() != null);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
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
            pool.execute(() -> {
                try {
                    Article article = cleaner.clean(options.shaped(Input.path(file)));
                    Files.createDirectories(target.getParent());
                    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                        writer.write(article, w);
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(input.relativize(file) + ": " + e.getMessage());
                }
                progress.update(done.incrementAndGet(), System.nanoTime() - start);
            });
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
        int cleaned = files.size() - sorted.size();
        err.printf(Locale.ROOT, "cleaned %d pages in %.2f s (%.1f pages/s), %d failed%n", cleaned, seconds,
                seconds > 0 ? cleaned / seconds : 0.0, sorted.size());
        err.flush();
        return sorted.isEmpty() ? 0 : 1;
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
            String line = String.format(Locale.ROOT, "%d/%d pages, %.1f pages/s, ETA %.0f s", done, total, rate, eta);
            if (terminal) {
                err.print("\r" + line + "   ");
                err.flush();
            } else if (total > 0 && done * 10 / total > lastDecile) {
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
