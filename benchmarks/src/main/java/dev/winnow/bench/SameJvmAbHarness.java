package dev.winnow.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * A CPU-time A/B of two builds of Winnow in one JVM, for a machine whose load moves too much for
 * one JVM per build to be compared: each build runs in its own class loader ({@link WinnowBuild})
 * and the two alternate pass by pass, so both see the same load within seconds.
 *
 * <pre>
 * SameJvmAbHarness --a CLASSPATH --b CLASSPATH [--deps CLASSPATH] [--rounds 20] [--warmup 20] [--engines html,text]
 * </pre>
 *
 * <p>{@code --a} and {@code --b} are each build's class directories or jars; {@code --deps} is
 * appended to both (the dependencies, when the builds share them). Both builds are first warmed up
 * together for {@code --warmup} seconds. Then each round makes one Jsoup parse + {@code body().text()}
 * pass (the floor), a pass of each engine by each build, and a second floor pass, every pass over
 * the 181 pages of {@link Corpus} (the text engine on their {@link Flattener} text), timed as the
 * thread's CPU time. Rounds alternate the order, A first then B first. It prints every round, then
 * per engine the A/B ratio of CPU time per page (above 1: B faster) as medians per order and a
 * geometric mean, and the HTML engine's CPU time over the floor's for each build.
 */
public final class SameJvmAbHarness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<String> html;
    private final List<String> text;
    private final List<String> urls;
    private long sink;

    private SameJvmAbHarness(List<String> html, List<String> urls) {
        this.html = html;
        this.urls = urls;
        Flattener flattener = new Flattener();
        this.text = html.stream().map(flattener::flatten).toList();
    }

    /**
     * Runs the A/B.
     *
     * @param args see the class comment
     * @throws Exception if a build cannot be loaded or fails on a page
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String deps = options.getOrDefault("deps", "");
        WinnowBuild a = WinnowBuild.load("A", options.get("a") + File.pathSeparator + deps);
        WinnowBuild b = WinnowBuild.load("B", options.get("b") + File.pathSeparator + deps);
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup", "20"));
        List<Boolean> engines = new ArrayList<>();
        for (String engine : options.getOrDefault("engines", "html,text").split(",")) {
            engines.add(switch (engine) {
                case "html" -> false;
                case "text" -> true;
                default -> throw new IllegalArgumentException("unknown engine " + engine + " (html, text)");
            });
        }
        Corpus corpus = Corpus.require();
        new SameJvmAbHarness(corpus.htmlPages(), corpus.urls()).run(a, b, engines, rounds, warmup);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("a") || !options.containsKey("b")) {
            throw new IllegalArgumentException("usage: --a CLASSPATH --b CLASSPATH [--deps CLASSPATH] "
                    + "[--rounds N] [--warmup SECONDS] [--engines html,text]");
        }
        return options;
    }

    private void run(WinnowBuild a, WinnowBuild b, List<Boolean> engines, int rounds, double warmupSeconds)
            throws IOException {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            for (boolean asText : engines) {
                pass(a, asText);
                pass(b, asText);
            }
            floorPass();
        }
        Map<Boolean, AbRatios> ratios = new HashMap<>();
        Map<Boolean, List<Double>> aMs = new HashMap<>();
        Map<Boolean, List<Double>> bMs = new HashMap<>();
        for (boolean asText : engines) {
            ratios.put(asText, new AbRatios());
            aMs.put(asText, new ArrayList<>());
            bMs.put(asText, new ArrayList<>());
        }
        List<Double> floorMs = new ArrayList<>();
        List<Double> htmlOverFloorA = new ArrayList<>();
        List<Double> htmlOverFloorB = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            boolean aFirst = round % 2 == 1;
            double floorBefore = floorPass();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %3d %s", round, aFirst ? "AB" : "BA"));
            for (boolean asText : engines) {
                double first = pass(aFirst ? a : b, asText);
                double second = pass(aFirst ? b : a, asText);
                double msA = aFirst ? first : second;
                double msB = aFirst ? second : first;
                ratios.get(asText).add(aFirst, msA, msB);
                aMs.get(asText).add(msA);
                bMs.get(asText).add(msB);
                line.append(String.format(Locale.ROOT, "  %s A %.3f B %.3f", engineName(asText), msA, msB));
            }
            double floor = (floorBefore + floorPass()) / 2;
            floorMs.add(floor);
            if (engines.contains(false)) {
                htmlOverFloorA.add(aMs.get(false).get(round - 1) / floor);
                htmlOverFloorB.add(bMs.get(false).get(round - 1) / floor);
            }
            line.append(String.format(Locale.ROOT, "  floor %.3f  load %s", floor, load()));
            System.out.println(line);
        }
        System.out.println();
        System.out.println("CPU ms per page (medians over rounds); A/B = A's CPU time over B's, above 1: B faster");
        System.out.println("engine  A ms    B ms    A/B median AB rounds  A/B median BA rounds  A/B geomean  B faster");
        for (boolean asText : engines) {
            AbRatios r = ratios.get(asText);
            System.out.printf(Locale.ROOT, "%-6s  %6.3f  %6.3f  %20.3f  %20.3f  %11.3f  %d of %d%n", engineName(asText),
                    AbRatios.median(aMs.get(asText)), AbRatios.median(bMs.get(asText)), r.medianAb(), r.medianBa(),
                    r.geometricMean(), r.bFasterRounds(), r.rounds());
        }
        System.out.printf(Locale.ROOT, "floor   %6.3f%n", AbRatios.median(floorMs));
        if (engines.contains(false)) {
            System.out.printf(Locale.ROOT, "html / floor (median of rounds): A %.3f  B %.3f%n",
                    AbRatios.median(htmlOverFloorA), AbRatios.median(htmlOverFloorB));
        }
        System.out.println("(sink " + sink % 10 + ")");
    }

    private static String engineName(boolean asText) {
        return asText ? "text" : "html";
    }

    /** CPU milliseconds per page of one pass of a build over every page. */
    private double pass(WinnowBuild build, boolean asText) {
        List<String> pages = asText ? text : html;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < pages.size(); i++) {
            sink += build.clean(asText, pages.get(i), urls.get(i));
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / pages.size();
    }

    /** CPU milliseconds per page of one Jsoup parse + body text pass over every page. */
    private double floorPass() {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < html.size(); i++) {
            sink += Jsoup.parse(html.get(i), urls.get(i)).body().text().length();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / html.size();
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
    }
}
