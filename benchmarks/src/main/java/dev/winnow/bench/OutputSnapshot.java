package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.Report;
import dev.winnow.rule.Decision;
import dev.winnow.write.JsonWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes Winnow's JSON output and explain trace for every page of the development corpora, one file
 * per page and mode ({@code OUT/<corpus>/<mode>/<id>.out}), so that two commits can be compared with
 * {@code diff -r}: the check that a refactoring leaves every output byte-identical.
 *
 * <pre>
 *   benchmarks/harness.sh OutputSnapshot OUT [--modes html,text,blocks] [--corpus a,b] [--threads N]
 * </pre>
 *
 * <p>Each page is cleaned with its manifest URL, so link resolution and URL dates are covered too.
 */
public final class OutputSnapshot {

    private OutputSnapshot() {
    }

    /**
     * Runs the snapshot.
     *
     * @param args the output folder, then options
     * @throws Exception when a file cannot be written or a page fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: OutputSnapshot OUT [--modes html,text,blocks] [--corpus a,b] [--threads N]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        List<String> modes = DevQualityHarness.MODES;
        List<String> corpora = DevCorpus.NAMES;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--modes" -> modes = List.of(args[i + 1].split(","));
                case "--corpus" -> corpora = List.of(args[i + 1].split(","));
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Cleaner cleaner = Cleaner.standard();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String name : corpora) {
                DevCorpus corpus = DevCorpus.find(name)
                        .orElseThrow(() -> new IllegalArgumentException("no dev corpus " + name));
                for (String mode : modes) {
                    if (!corpus.hasMode(mode)) {
                        continue;
                    }
                    Path dir = Files.createDirectories(out.resolve(name).resolve(mode));
                    List<Future<?>> pages = new ArrayList<>();
                    for (DevCorpus.Page page : corpus.pages()) {
                        pages.add(pool.submit(() -> {
                            write(cleaner, corpus, page, mode, dir);
                            return null;
                        }));
                    }
                    for (Future<?> page : pages) {
                        page.get();
                    }
                    System.out.println(name + " " + mode + ": " + pages.size() + " pages");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void write(Cleaner cleaner, DevCorpus corpus, DevCorpus.Page page, String mode, Path dir)
            throws IOException {
        byte[] bytes = corpus.input(page.stem(), mode);
        Input input = mode.equals("html") ? Input.bytes(bytes, page.url(), "text/html")
                : Input.text(new String(bytes, StandardCharsets.UTF_8), page.url());
        StringBuilder text = new StringBuilder();
        try {
            Report report = cleaner.explain(input);
            new JsonWriter().write(report.article(), text);
            text.append('\n');
            for (Decision decision : report.trace()) {
                text.append(decision).append('\n');
            }
        } catch (RuntimeException e) {
            text.append("failed: ").append(e).append('\n');
        }
        Files.writeString(dir.resolve(page.stem() + ".out"), text, StandardCharsets.UTF_8);
    }
}
