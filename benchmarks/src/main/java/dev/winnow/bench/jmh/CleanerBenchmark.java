package dev.winnow.bench.jmh;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.bench.Corpus;
import dev.winnow.bench.Flattener;
import dev.winnow.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of one clean: the reference page as flattened text, and every page of the
 * article-extraction benchmark as HTML (one page per operation, in turn) next to the Jsoup
 * parse-and-text floor. Run with {@code bash benchmarks/jmh.sh CleanerBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanerBenchmark {
    private final Cleaner cleaner = Cleaner.standard();
    private String reference;
    private List<String> html;
    private List<String> urls;
    private List<String> flat;
    private int next;

    /** Loads the reference page and the corpus. @throws IOException if the reference page cannot be read */
    @Setup
    public void load() throws IOException {
        reference = Files.readString(Path.of("testdata/xi-russia.txt"));
        Corpus corpus = Corpus.require();
        html = corpus.htmlPages();
        urls = corpus.urls();
        Flattener flattener = new Flattener();
        flat = html.stream().map(flattener::flatten).toList();
    }

    private int nextPage() {
        int i = next;
        next = (next + 1) % html.size();
        return i;
    }

    /** The reference page, flattened text. @return the article */
    @Benchmark
    public Article referenceText() {
        return cleaner.clean(Input.text(reference));
    }

    /** One corpus page as HTML. @return the article */
    @Benchmark
    public Article corpusHtml() {
        int i = nextPage();
        return cleaner.clean(Input.html(html.get(i), urls.get(i)));
    }

    /** One corpus page flattened to text. @return the article */
    @Benchmark
    public Article corpusText() {
        int i = nextPage();
        return cleaner.clean(Input.text(flat.get(i), urls.get(i)));
    }

    /** The floor: Jsoup parse and {@code body().text()} of one corpus page. @return the text */
    @Benchmark
    public String jsoupFloor() {
        int i = nextPage();
        return Jsoup.parse(html.get(i), urls.get(i)).body().text();
    }
}
