package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.RuleSet;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source;
import dev.winnow.write.TextWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time of each input shape goes: the time per page of every standard rule on the HTML
 * path and on the flattened-text path, and of each path without rules (decoding, parsing,
 * segmentation, assembly and writing the text), over the article-extraction benchmark, single
 * thread, after warm-up. Each pass cleans the whole corpus in the four ways in turn.
 *
 * <pre>
 * benchmarks/rule-cost.sh [--warmup SECONDS] [--measure SECONDS]
 * </pre>
 *
 * <p>Rules are timed with {@link System#nanoTime()} around each call: two clock reads per rule and
 * page on the paths with rules.
 */
public final class RuleCostHarness {
    private static final TextWriter TEXT = TextWriter.bodyOnly();

    private RuleCostHarness() {}

    /** A rule that adds up the time spent in it. */
    private static final class TimedRule implements Rule {
        private final Rule rule;
        private long nanos;

        TimedRule(Rule rule) {
            this.rule = rule;
        }

        @Override public String id() { return rule.id(); }

        @Override public Phase phase() { return rule.phase(); }

        @Override public boolean appliesTo(Source.InputShape shape) { return rule.appliesTo(shape); }

        @Override
        public void apply(Draft draft) {
            long start = System.nanoTime();
            try {
                rule.apply(draft);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }
    }

    /** One way to clean the corpus (HTML or text, with the standard rules or none), with its time so far. */
    private static final class Variant {
        private final Cleaner cleaner;
        private final boolean text;
        private final List<TimedRule> rules = new ArrayList<>();
        private long nanos;

        Variant(boolean text, boolean withRules) {
            this.text = text;
            for (Rule r : withRules ? RuleSet.standard().rules() : List.<Rule>of()) {
                rules.add(new TimedRule(r));
            }
            cleaner = Cleaner.builder().rules(RuleSet.of(rules)).build();
        }

        long pass(List<String> html, List<String> flat, List<String> urls) {
            long sink = 0;
            long start = System.nanoTime();
            for (int i = 0; i < html.size(); i++) {
                Input input = text ? Input.text(flat.get(i), urls.get(i)) : Input.html(html.get(i), urls.get(i));
                sink += TEXT.render(cleaner.clean(input)).length();
            }
            nanos += System.nanoTime() - start;
            return sink;
        }

        void reset() {
            nanos = 0;
            rules.forEach(r -> r.nanos = 0);
        }
    }

    /**
     * Runs the harness.
     *
     * @param args {@code [--warmup SECONDS] [--measure SECONDS]}
     */
    public static void main(String[] args) {
        double warmup = 10;
        double measure = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--measure" -> measure = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Corpus corpus = Corpus.require();
        List<String> html = corpus.htmlPages();
        List<String> urls = corpus.urls();
        Flattener flattener = new Flattener();
        List<String> flat = html.stream().map(flattener::flatten).toList();
        Variant htmlRules = new Variant(false, true);
        Variant textRules = new Variant(true, true);
        Variant htmlBare = new Variant(false, false);
        Variant textBare = new Variant(true, false);
        List<Variant> variants = List.of(htmlRules, textRules, htmlBare, textBare);
        long sink = 0;
        long passes = 0;
        boolean measuring = false;
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (true) {
            for (Variant v : variants) {
                sink += v.pass(html, flat, urls);
            }
            passes++;
            if (System.nanoTime() >= end) {
                if (measuring) {
                    break;
                }
                measuring = true;
                variants.forEach(Variant::reset);
                passes = 0;
                end = System.nanoTime() + (long) (measure * 1e9);
            }
        }
        double pages = (double) passes * html.size();
        System.out.printf(Locale.ROOT, "%n%d pages × %d passes, %.0f s warm-up (output length sum %d)%n%n",
                html.size(), passes, warmup, sink);
        System.out.println("| | HTML ms/page | text ms/page |");
        System.out.println("|---|---|---|");
        for (int r = 0; r < htmlRules.rules.size(); r++) {
            row(htmlRules.rules.get(r).id(), htmlRules.rules.get(r).nanos, textRules.rules.get(r).nanos, pages);
        }
        row("**all rules**", htmlRules.rules.stream().mapToLong(r -> r.nanos).sum(),
                textRules.rules.stream().mapToLong(r -> r.nanos).sum(), pages);
        row("**without rules** (parse, segment, assemble, write)", htmlBare.nanos, textBare.nanos, pages);
        row("**whole path**", htmlRules.nanos, textRules.nanos, pages);
        System.out.printf(Locale.ROOT, "%nHTML time / text time: %.2f with rules, %.2f without%n",
                (double) htmlRules.nanos / textRules.nanos, (double) htmlBare.nanos / textBare.nanos);
    }

    private static void row(String name, long htmlNanos, long textNanos, double pages) {
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f |%n", name, htmlNanos / pages / 1e6, textNanos / pages / 1e6);
    }
}
