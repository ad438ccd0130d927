package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.site.SiteRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Measures what ftr-site-config rules change on the benchmark corpus (HTML mode): loads the
 * configs, prints the load report, then scores the pages whose host has a config with and without
 * the site rules, and the whole corpus both ways, with the pages that changed most.
 *
 * <pre>
 * benchmarks/harness.sh SiteRulesEffect [--site-rules DIR] [--changed N]
 * </pre>
 */
public final class SiteRulesEffect {
    private SiteRulesEffect() {}

    /**
     * Runs the comparison.
     *
     * @param args {@code --site-rules DIR} (default {@code ../shared/ftr-site-config}),
     *             {@code --changed N} pages to list (default 15)
     * @throws IOException if the corpus or the rules cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of("../shared/ftr-site-config");
        int changed = 15;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--site-rules" -> dir = Path.of(args[++i]);
                case "--changed" -> changed = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("usage: SiteRulesEffect [--site-rules DIR] [--changed N]");
            }
        }
        SiteRules rules = SiteRules.loadFtr(dir);
        System.out.println("Loaded " + dir + ":\n" + rules.report().summary());
        long start = System.nanoTime();
        Cleaner withSites = Cleaner.builder().use(rules).build();
        System.out.printf(Locale.ROOT, "cleaner with %d site profiles built in %.0f ms%n", withSites.siteProfiles(),
                (System.nanoTime() - start) / 1e6);
        Corpus corpus = Corpus.find().orElseThrow(() -> new IOException("no corpus at " + Corpus.location()));
        QualityHarness.Result base = QualityHarness.run(corpus, "html", 0, Cleaner.standard());
        QualityHarness.Result site = QualityHarness.run(corpus, "html", 0, withSites);
        List<ShingleMetric.Page> baseCovered = new ArrayList<>();
        List<ShingleMetric.Page> siteCovered = new ArrayList<>();
        List<String[]> deltas = new ArrayList<>();
        for (int i = 0; i < base.pages().size(); i++) {
            QualityHarness.PageResult b = base.pages().get(i);
            QualityHarness.PageResult s = site.pages().get(i);
            if (withSites.rulesFor(b.url()) != withSites.rules()) {
                baseCovered.add(b.score());
                siteCovered.add(s.score());
                deltas.add(new String[] {b.id(), b.url(), fmt(b.score().f1()), fmt(s.score().f1()),
                        fmt(s.score().f1() - b.score().f1())});
            }
        }
        System.out.println();
        System.out.println("| pages | n | F1 without | F1 with | P without | P with | R without | R with |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        row("hosts with a config", baseCovered.size(), ShingleMetric.aggregate(baseCovered),
                ShingleMetric.aggregate(siteCovered));
        row("all pages", base.pages().size(), base.score(), site.score());
        System.out.println("\nerrors without/with: " + base.errors() + "/" + site.errors());
        deltas.sort(Comparator.comparingDouble((String[] d) -> Math.abs(Double.parseDouble(d[4]))).reversed());
        System.out.println("\n| id | url | F1 without | F1 with | change |\n|---|---|---|---|---|");
        for (String[] d : deltas.subList(0, Math.min(changed, deltas.size()))) {
            System.out.println("| " + d[0].substring(0, 8) + " | " + d[1] + " | " + d[2] + " | " + d[3] + " | " + d[4] + " |");
        }
    }

    private static void row(String label, int n, ShingleMetric.Score without, ShingleMetric.Score with) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", label, n,
                without.f1(), with.f1(), without.precision(), with.precision(), without.recall(), with.recall());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
