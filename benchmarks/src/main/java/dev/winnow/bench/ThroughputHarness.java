package dev.winnow.bench;

import com.chimbori.crux.articles.ArticleExtractor;
import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.write.TextWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Single-threaded throughput of Winnow and the Java peers over the article-extraction benchmark, in
 * one JVM and one run: every engine is warmed up on the whole corpus for {@code --warmup} seconds,
 * then timed page by page for {@code --measure} seconds (at least one full pass). Pages are held
 * in memory as strings, as in {@code ../shared/PEERS.md}.
 *
 * <pre>
 * benchmarks/throughput.sh [--warmup SECONDS] [--measure SECONDS] [--engines a,b,...]
 * benchmarks/throughput.sh --threads 1,2 [--warmup SECONDS] [--measure SECONDS]
 * </pre>
 *
 * <p>With {@code --threads}, it instead measures Winnow's HTML path on 1, 2, ... threads sharing one
 * {@link Cleaner} (pages taken in turn from the corpus, warm-up before each timing) and prints
 * pages/s and the speed-up over the first thread count.
 *
 * <p>Engines: {@code winnow-html} (HTML string to cleaned text), {@code winnow-text} (the
 * flattened page made by {@link Flattener} to cleaned text), {@code readability4j},
 * {@code boilerpipe} (ArticleExtractor), {@code crux} and {@code jsoup} (parse +
 * {@code body().text()}, the floor). Prints pages/s, median and p99 ms/page, CPU ms/page of the
 * timing thread (steadier than wall time on a loaded machine), allocated bytes per page (from the
 * JVM's per-thread allocation counter), allocation relative to the input size, and each engine's
 * time per page relative to {@code winnow-html}.
 */
public final class ThroughputHarness {
    private static final TextWriter TEXT = TextWriter.bodyOnly();
    /** Output lengths, summed so the JIT cannot drop the work being timed. */
    private static final java.util.concurrent.atomic.AtomicLong SINK = new java.util.concurrent.atomic.AtomicLong();

    private ThroughputHarness() {}

    /**
     * One engine's figures.
     *
     * @param engine          the engine name
     * @param pages           pages timed
     * @param pagesPerSecond  pages per second of cleaning time
     * @param medianMs        median milliseconds per page
     * @param p99Ms           99th percentile milliseconds per page
     * @param cpuMsPerPage    CPU milliseconds of the timing thread per page (mean): less sensitive
     *                        than wall time to other load on the machine
     * @param bytesPerPage    bytes allocated per page (mean)
     * @param allocPerInput   allocated bytes / input characters (mean over pages timed)
     */
    public record Figures(String engine, int pages, double pagesPerSecond, double medianMs, double p99Ms,
                          double cpuMsPerPage, double bytesPerPage, double allocPerInput) {}

    /**
     * Runs the harness.
     *
     * @param args {@code [--warmup SECONDS] [--measure SECONDS] [--engines a,b,...]}
     */
    public static void main(String[] args) {
        double warmup = 10;
        double measure = 10;
        List<String> engines = List.of("winnow-html", "winnow-text", "readability4j", "boilerpipe", "crux", "jsoup");
        List<Integer> threadCounts = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--measure" -> measure = Double.parseDouble(args[++i]);
                case "--engines" -> engines = List.of(args[++i].split(","));
                case "--threads" -> threadCounts = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Corpus corpus = Corpus.require();
        List<String> html = corpus.htmlPages();
        List<String> urls = corpus.urls();
        if (!threadCounts.isEmpty()) {
            speedUp(html, urls, threadCounts, warmup, measure);
            return;
        }
        Flattener flattener = new Flattener();
        List<String> flat = html.stream().map(flattener::flatten).toList();

        Map<String, Figures> results = new LinkedHashMap<>();
        for (String engine : engines) {
            boolean text = engine.equals("winnow-text");
            Figures f = time(engine, engine(engine), text ? flat : html, urls, warmup, measure);
            results.put(engine, f);
            System.out.printf(Locale.ROOT, "%-14s done: %.0f pages/s%n", engine, f.pagesPerSecond());
        }
        System.out.println(table(results, warmup, measure));
    }

    /**
     * The extraction function of one engine: (input, url) to text.
     *
     * @param name the engine name
     * @return the function taking {@code {input, url}}
     */
    static Function<String[], String> engine(String name) {
        Cleaner cleaner = Cleaner.standard();
        return switch (name) {
            case "winnow-html" -> p -> TEXT.render(cleaner.clean(Input.html(p[0], p[1])));
            case "winnow-text" -> p -> TEXT.render(cleaner.clean(Input.text(p[0], p[1])));
            case "readability4j" -> p -> {
                net.dankito.readability4j.Article a = new Readability4J(p[1], p[0]).parse();
                return a.getTextContent() == null ? "" : a.getTextContent();
            };
            case "boilerpipe" -> p -> {
                try {
                    return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(p[0]);
                } catch (de.l3s.boilerpipe.BoilerpipeProcessingException e) {
                    return "";
                }
            };
            case "crux" -> p -> {
                com.chimbori.crux.articles.Article a = ArticleExtractor.with(p[1], p[0]).extractMetadata()
                        .extractContent().article();
                return a.document == null ? "" : a.document.text();
            };
            case "jsoup" -> p -> Jsoup.parse(p[0], p[1]).body().text();
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    private static Figures time(String name, Function<String[], String> engine, List<String> inputs,
                                List<String> urls, double warmupSeconds, double measureSeconds) {
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int i = 0;
        while (System.nanoTime() < warmEnd || i % inputs.size() != 0) {
            int k = i++ % inputs.size();
            sink += safeLength(engine, inputs.get(k), urls.get(k));
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<Long> nanos = new ArrayList<>();
        double allocRatioSum = 0;
        long allocTotal = 0;
        long busy = 0;
        long cpu = 0;
        long measureEnd = System.nanoTime() + (long) (measureSeconds * 1e9);
        i = 0;
        while (System.nanoTime() < measureEnd || i % inputs.size() != 0) {
            int k = i++ % inputs.size();
            String input = inputs.get(k);
            long a0 = threads.getThreadAllocatedBytes(thread);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += safeLength(engine, input, urls.get(k));
            long dt = System.nanoTime() - t0;
            cpu += threads.getCurrentThreadCpuTime() - c0;
            long alloc = threads.getThreadAllocatedBytes(thread) - a0;
            nanos.add(dt);
            busy += dt;
            allocTotal += alloc;
            allocRatioSum += (double) alloc / Math.max(1, input.length());
        }
        SINK.addAndGet(sink);
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return new Figures(name, n, n / (busy / 1e9), sorted[n / 2] / 1e6, sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6,
                cpu / 1e6 / n, (double) allocTotal / n, allocRatioSum / n);
    }

    /** Pages/s of the HTML path on each thread count, after warm-up, with the speed-up over the first. */
    private static void speedUp(List<String> html, List<String> urls, List<Integer> threadCounts, double warmup,
                                double measure) {
        Function<String[], String> engine = engine("winnow-html");
        double first = 0;
        System.out.printf(Locale.ROOT, "%n| threads | pages/s | speed-up |%n|---|---|---|%n");
        for (int threads : threadCounts) {
            run(engine, html, urls, threads, warmup);
            double rate = run(engine, html, urls, threads, measure);
            first = first == 0 ? rate : first;
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.2f× |%n", threads, rate, rate / first);
        }
    }

    /** Cleans pages in turn on {@code threads} threads for {@code seconds}; returns pages/s. */
    private static double run(Function<String[], String> engine, List<String> html, List<String> urls, int threads,
                              double seconds) {
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    int k = (int) (next.getAndIncrement() % html.size());
                    safeLength(engine, html.get(k), urls.get(k));
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return next.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static int safeLength(Function<String[], String> engine, String input, String url) {
        try {
            return engine.apply(new String[] {input, url}).length();
        } catch (RuntimeException | StackOverflowError e) {
            return 0;
        }
    }

    /**
     * Renders the figures as a Markdown table.
     *
     * @param results figures by engine, in run order
     * @param warmup  warm-up seconds per engine
     * @param measure measured seconds per engine
     * @return the table with a header line
     */
    static String table(Map<String, Figures> results, double warmup, double measure) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "%nSingle thread, %.0f s warm-up + %.0f s timed per engine, Java %s, %d cores%n%n",
                warmup, measure, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        out.append("| engine | pages/s | median ms | p99 ms | CPU ms/page | KB alloc/page | alloc/input | time vs winnow-html |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        Figures base = results.get("winnow-html");
        for (Figures f : results.values()) {
            String ratio = base == null ? "-" : String.format(Locale.ROOT, "%.2f×", base.pagesPerSecond() / f.pagesPerSecond());
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.3f | %.0f | %.1f | %s |%n", f.engine(),
                    f.pagesPerSecond(), f.medianMs(), f.p99Ms(), f.cpuMsPerPage(), f.bytesPerPage() / 1024, f.allocPerInput(), ratio));
        }
        out.append("\n\"time vs winnow-html\" is the engine's time per page divided by Winnow's HTML path"
                + " (above 1: slower than Winnow). alloc/input is allocated bytes per input character.\n");
        return out.toString();
    }

}
