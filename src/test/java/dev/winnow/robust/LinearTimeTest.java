package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.Metadata;
import dev.winnow.model.Section;
import dev.winnow.site.SiteConfig;
import dev.winnow.site.SiteRules;
import dev.winnow.write.MarkdownWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cleaning time grows linearly with each kind of hostile input that once took quadratic time (issue
 * 15, class 1, and the Markdown writer of class 4). Each generator builds a page of size {@code s}
 * and {@code 4s}; in one warmed JVM the best of a few runs of each is timed (the thread's CPU time
 * where the JVM measures it, so that other work on the machine does not count; wall time otherwise),
 * and the test fails when
 * the time ratio is far above linear in each of a few attempts (above {@value #MAX_RATIO}: linear work gives about 4, or less
 * when the fixed cost of the page dominates; quadratic work gives 16). No absolute times are
 * checked. The table it prints (size, times, ratio per generator) is what the notes quote.
 */
class LinearTimeTest {
    /** The highest ratio of the time at {@code 4s} to the time at {@code s} that counts as linear. */
    private static final double MAX_RATIO = 10;
    private static final int RUNS = 3;
    /** How often a ratio above {@link #MAX_RATIO} is measured again (a pause of the machine is not the code). */
    private static final int ATTEMPTS = 3;

    private static final String LEAD = "The harbour authority reopened the northern channel on Tuesday, "
            + "ending a closure that had stranded dozens of fishing boats for most of the week.";
    private static final String BODY = "Officials said divers had cleared the wreck that blocked the entrance, "
            + "and that the pilots would guide larger vessels through the channel until the end of the month.";
    private static final Cleaner CLEANER = Cleaner.standard();
    private static final Cleaner SITE_CLEANER = Cleaner.builder()
            .use(SiteRules.of(List.of(SiteConfig.forHost("news.example").strip("//aside").build()))).build();

    /** A generator: a name, the size {@code s}, and the work for a size. */
    private record Generator(String name, int size, IntFunction<Runnable> work) {}

    private static String page(String head, String extra) {
        return "<html><head>" + head + "</head><body><article><h1>Harbour reopens</h1><p>" + LEAD + "</p><p>" + BODY
                + "</p>" + extra + "</article></body></html>";
    }

    private static Runnable html(String html, String url) {
        return () -> CLEANER.clean(Input.html(html, url));
    }

    /** A distinct name made of letters for each number ("Ann Bson"). */
    private static String name(int i) {
        StringBuilder letters = new StringBuilder();
        int n = i;
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "Ann " + Character.toUpperCase(letters.charAt(0)) + letters.substring(1) + "son";
    }

    private static String names(int count, String separator, String format) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : separator).append(String.format(format, name(i)));
        }
        return sb.toString();
    }

    /** The class names {@code c0 c1 ... c(count-1)}. */
    private static String classNames(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(" c").append(i);
        }
        return sb.toString();
    }

    static List<Generator> generators() {
        List<Generator> g = new ArrayList<>();
        g.add(new Generator("last paragraph ending in 'www.' x s, text", 4_000, n -> () -> CLEANER.clean(
                Input.text(LEAD + "\nMore details will be posted at " + "www.".repeat(n) + " tomorrow"))));
        g.add(new Generator("last paragraph ending in 'www.' x s, html", 4_000, n -> html(page("",
                "<p>More details will be posted at " + "www.".repeat(n) + " tomorrow</p>"), null)));
        g.add(new Generator("pre block with s spaces before its end", 20_000, n -> html(page("",
                "<pre>a" + " ".repeat(n) + "x</pre>"), null)));
        g.add(new Generator("meta author with s spaces", 5_000, n -> html(page(
                "<meta name=author content=\"Jane" + " ".repeat(n) + "Doe and John Roe\">", ""), null)));
        g.add(new Generator("byline with s spaces", 20_000, n -> html(page("",
                "<p class=byline>By Jane" + " ".repeat(n) + "Doe and John Roe</p>"), null)));
        g.add(new Generator("element with s class names", 3_000, n -> html(page("",
                "<div class=\"" + classNames(n) + "\"><p>" + BODY
                        + "</p>" + "<p class=x>More.</p>".repeat(200) + "</div>"), null)));
        g.add(new Generator("JSON-LD author array of s names", 1_000, n -> html(page(
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":["
                        + names(n, ",", "{\"@type\":\"Person\",\"name\":\"%s\"}") + "]}</script>", ""), null)));
        g.add(new Generator("meta author list of s names", 1_000, n -> html(page(
                "<meta name=author content=\"" + names(n, ", ", "%s") + "\">", ""), null)));
        g.add(new Generator("href of '../' x s", 20_000, n -> html(page("",
                "<p>See <a href=\"" + "../".repeat(n) + "a\">the notice</a> from the port.</p>"),
                "https://news.example/a/b")));
        g.add(new Generator("host of 'a.' x s with site rules", 10_000, n -> () -> SITE_CLEANER.clean(
                Input.html(page("", ""), "https://" + "a.".repeat(n) + "news.example/story"))));
        g.add(new Generator("Input.bytes URL of '?' x s", 40_000, n -> () -> CLEANER.clean(Input.bytes(
                page("", "<p><a href=\"?p=2\">Next page</a></p>").getBytes(StandardCharsets.UTF_8),
                "https://news.example/a" + "?".repeat(n), null))));
        g.add(new Generator("Markdown of a paragraph of '- ' x s", 20_000, n -> {
            Article a = new Article(Metadata.empty(), List.of(new Section(null,
                    List.of(new BodyBlock.Paragraph("- ".repeat(n) + "end")))), Ending.unknown(), List.of(), List.of(), 0.5);
            return () -> new MarkdownWriter().render(a);
        }));
        return g;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyGeneratorTakesTimeLinearInItsSize() {
        List<String> superlinear = new ArrayList<>();
        System.out.printf("%-45s %8s %10s %10s %6s%n", "generator", "s", "t(s) ms", "t(4s) ms", "ratio");
        for (Generator g : generators()) {
            Runnable small = g.work().apply(g.size());
            Runnable large = g.work().apply(4 * g.size());
            small.run(); // warm-up
            large.run();
            double ts = Double.NaN;
            double tl = Double.NaN;
            double ratio = Double.POSITIVE_INFINITY;
            for (int attempt = 0; attempt < ATTEMPTS && ratio > MAX_RATIO; attempt++) {
                ts = best(small);
                tl = best(large);
                ratio = tl / ts;
            }
            System.out.printf("%-45s %8d %10.2f %10.2f %6.1f%n", g.name(), g.size(), ts / 1e6, tl / 1e6, ratio);
            if (ratio > MAX_RATIO) {
                superlinear.add(g.name() + String.format(" (%.1f)", ratio));
            }
        }
        assertThat(superlinear).as("generators whose time grows far faster than their size").isEmpty();
    }

    /** The best of {@link #RUNS} runs, in nanoseconds of this thread's CPU time (or wall time). */
    private static double best(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = now();
            work.run();
            best = Math.min(best, now() - start);
        }
        return best;
    }

    private static long now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
