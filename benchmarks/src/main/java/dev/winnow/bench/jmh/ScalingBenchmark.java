package dev.winnow.bench.jmh;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.bench.Corpus;
import dev.winnow.model.Article;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost against page size: one HTML page of {@code size} bytes (10 KB to 10 MB) made of real corpus
 * pages' bodies (paragraphs from the gold bodies, in turn, inside an article element, after a
 * navigation list), and the same body as flattened text. Time and allocation per byte should stay
 * flat. Run with {@code bash benchmarks/jmh.sh ScalingBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class ScalingBenchmark {
    /** Page size in bytes. */
    @Param({"10000", "100000", "1000000", "10000000"})
    public int size;

    private final Cleaner cleaner = Cleaner.standard();
    private String html;
    private String text;

    /** Builds the page from the corpus. */
    @Setup
    public void build() {
        Corpus corpus = Corpus.require();
        StringBuilder page = new StringBuilder("<html><head><title>Scaling</title></head><body>"
                + "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav><article><h1>Scaling</h1>");
        StringBuilder flat = new StringBuilder("Home\nWorld\nScaling\n");
        int k = 0;
        while (page.length() < size) {
            String id = corpus.ids().get(k++ % corpus.ids().size());
            for (String paragraph : corpus.gold(id).split("\n+")) {
                if (page.length() >= size) {
                    break;
                }
                page.append("<p>").append(paragraph).append("</p>\n");
                flat.append(paragraph).append('\n');
            }
        }
        html = page.append("</article></body></html>").toString();
        text = flat.toString();
    }

    /** The HTML page. @return the article */
    @Benchmark
    public Article html() {
        return cleaner.clean(Input.html(html, "https://example.com/scaling"));
    }

    /** The same body as flattened text. @return the article */
    @Benchmark
    public Article text() {
        return cleaner.clean(Input.text(text, "https://example.com/scaling"));
    }
}
