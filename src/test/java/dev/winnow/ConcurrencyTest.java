package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.write.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One shared cleaner on several threads gives exactly the output of a sequential run. */
class ConcurrencyTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 20;

    private static List<String> inputs() throws IOException {
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TestFiles.TESTDATA.resolve("cases"))) {
            for (Path dir : dirs.sorted().toList()) {
                Path input = dir.resolve("input.txt");
                if (Files.isRegularFile(input)) {
                    inputs.add(TestFiles.read(input));
                }
            }
        }
        inputs.add(TestFiles.read("xi-russia.txt"));
        return inputs;
    }

    private static String render(Cleaner cleaner, String text) {
        return new JsonWriter().render(cleaner.clean(Input.text(text)));
    }

    @Test
    void parallelCleaningMatchesSequentialCleaning() throws Exception {
        List<String> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThan(10);
        Cleaner cleaner = Cleaner.standard();
        List<String> expected = new ArrayList<>();
        for (String input : inputs) {
            expected.add(render(cleaner, input));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            List<Integer> which = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < inputs.size(); i++) {
                    // vary the order between rounds so different inputs overlap on different threads
                    int k = (i * (round + 1) + round) % inputs.size();
                    String input = inputs.get(k);
                    which.add(k);
                    futures.add(pool.submit(() -> render(cleaner, input)));
                }
            }
            for (int f = 0; f < futures.size(); f++) {
                assertThat(futures.get(f).get()).as("input #%d", which.get(f)).isEqualTo(expected.get(which.get(f)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cleanersBuiltOnDifferentThreadsAgree() throws Exception {
        String xi = TestFiles.read("xi-russia.txt");
        String expected = render(Cleaner.builder().build(), xi);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS * 4; i++) {
                futures.add(pool.submit(() -> render(Cleaner.builder().build(), xi)));
            }
            for (Future<String> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
