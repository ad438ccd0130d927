package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.write.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One shared cleaner on four threads gives byte-identical JSON to a sequential run over the 181
 * benchmark pages, as bytes (charset and type detection included) and as flattened text, and a
 * second sequential run gives the same output again; also with every ftr-site-config site rule
 * loaded. Skipped when the corpus (or the site rules) is absent.
 */
class CorpusConcurrencyTest {
    @Test
    void parallelRunsMatchSequentialRunsOnTheCorpus() throws Exception {
        Optional<Corpus> found = Corpus.find();
        assumeTrue(found.isPresent(), "benchmark corpus not found at " + Corpus.location());
        check(found.get(), Cleaner.standard());
    }

    @Test
    void parallelRunsMatchSequentialRunsWithAllSiteRules() throws Exception {
        Optional<Corpus> found = Corpus.find();
        java.nio.file.Path snapshot = java.nio.file.Path.of("../shared/ftr-site-config");
        assumeTrue(found.isPresent() && java.nio.file.Files.isDirectory(snapshot), "corpus or site rules missing");
        check(found.get(), Cleaner.builder().use(dev.winnow.site.SiteRules.loadFtr(snapshot)).build());
    }

    private static void check(Corpus corpus, Cleaner cleaner) throws Exception {
        List<Input> inputs = new ArrayList<>();
        Flattener flattener = new Flattener();
        for (String id : corpus.ids()) {
            String html = corpus.html(id);
            inputs.add(Input.bytes(html.getBytes(StandardCharsets.UTF_8), corpus.url(id), null));
            inputs.add(Input.text(flattener.flatten(html)));
        }
        JsonWriter json = new JsonWriter();
        List<String> sequential = new ArrayList<>();
        for (Input in : inputs) {
            sequential.add(json.render(cleaner.clean(in)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = inputs.size() - 1; i >= 0; i--) {
                Input in = inputs.get(i);
                futures.add(pool.submit(() -> json.render(cleaner.clean(in))));
            }
            for (int f = 0; f < futures.size(); f++) {
                int i = inputs.size() - 1 - f;
                assertThat(futures.get(f).get()).as("input #%d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < inputs.size(); i += 17) {
            assertThat(json.render(cleaner.clean(inputs.get(i)))).isEqualTo(sequential.get(i));
        }
    }
}
