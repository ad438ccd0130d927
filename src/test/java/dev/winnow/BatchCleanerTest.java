package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.winnow.BatchCleaner.Result;
import dev.winnow.model.Article;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.write.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BatchCleaner}: ordered streams, the push form, failures, the in-flight bound and shutdown. */
class BatchCleanerTest {
    private static final String PROSE = "The regional council approved the new transport budget on Tuesday after a long "
            + "debate about the cost of the planned tram line, the bus lanes and the cycle paths in the centre.";

    /** A rule that throws on pages that say BOOM. */
    private static final class ExplodingRule implements Rule {
        @Override public String id() { return "test.exploding"; }
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public String description() { return "Throws on BOOM."; }
        @Override public void apply(Draft draft) {
            for (Block block : draft.blocks()) {
                if (block.text().contains("BOOM")) {
                    throw new IllegalStateException("boom");
                }
            }
        }
    }

    /** A rule that runs the worker out of stack on pages that say DEEP, and out of memory on pages that say HUGE. */
    private static final class ErrorRule implements Rule {
        static volatile Object allocated;
        @Override public String id() { return "test.errors"; }
        @Override public Phase phase() { return Phase.CLASSIFY; }
        @Override public String description() { return "Overflows the stack on DEEP, the heap on HUGE."; }
        @Override public void apply(Draft draft) {
            for (Block block : draft.blocks()) {
                if (block.text().contains("DEEP")) {
                    recurse(block.text().length());
                }
                if (block.text().contains("HUGE")) {
                    allocated = new long[Integer.MAX_VALUE - 2];   // beyond any heap
                }
            }
        }

        private static int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }
    }

    /** A rule that records the threads it runs on. */
    private static final class ThreadRecordingRule implements Rule {
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        @Override public String id() { return "test.threads"; }
        @Override public Phase phase() { return Phase.NORMALIZE; }
        @Override public String description() { return "Records threads."; }
        @Override public void apply(Draft draft) {
            threads.add(Thread.currentThread());
        }
    }

    /** The text and HTML golden cases. */
    private static List<Input> corpus() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path text : caseFiles("cases", "input.txt")) {
            inputs.add(Input.text(TestFiles.read(text)));
        }
        for (Path html : caseFiles("html-cases", "input.html")) {
            inputs.add(Input.html(TestFiles.read(html), "https://news.example/" + html.getParent().getFileName()));
        }
        return inputs;
    }

    private static List<Path> caseFiles(String folder, String name) throws IOException {
        try (Stream<Path> dirs = Files.list(TestFiles.TESTDATA.resolve(folder))) {
            return dirs.sorted().map(dir -> dir.resolve(name)).filter(Files::isRegularFile).toList();
        }
    }

    private static String json(Article article) {
        return new JsonWriter().render(article);
    }

    @Test
    void streamGivesWhatTheCleanerGivesInInputOrder() throws IOException {
        List<Input> inputs = corpus();
        assertThat(inputs).hasSizeGreaterThan(20);
        Cleaner cleaner = Cleaner.standard();
        List<Result<Input>> results;
        try (BatchCleaner batch = new BatchCleaner(cleaner, 3, 5)) {
            results = batch.cleanAll(inputs.stream()).toList();
        }
        assertThat(results).extracting(Result::key).containsExactlyElementsOf(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(results.get(i).succeeded()).isTrue();
            assertThat(results.get(i).error()).isNull();
            assertThat(json(results.get(i).article())).as("page %d", i).isEqualTo(json(cleaner.clean(inputs.get(i))));
        }
    }

    @Test
    void aThrowingRuleOrAFailingInputGivesAFailedResultAndTheOthersStillComeOut(@TempDir Path tmp) throws IOException {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new ExplodingRule())).build();
        Path good = Files.writeString(tmp.resolve("good.txt"), PROSE);
        Path bomb = Files.writeString(tmp.resolve("bomb.txt"), PROSE + " BOOM");
        Path missing = tmp.resolve("missing.txt");
        List<Path> files = List.of(good, bomb, missing, good);

        List<Result<Path>> results;
        try (BatchCleaner batch = new BatchCleaner(cleaner, 2)) {
            results = batch.cleanAll(files.stream(), Input::path).toList();
        }

        assertThat(results).extracting(Result::key).containsExactlyElementsOf(files);
        assertThat(results).extracting(Result::succeeded).containsExactly(true, false, false, true);
        assertThat(results.get(0).article().bodyText()).contains("regional council");
        assertThat(results.get(1).article()).isNull();
        assertThat(results.get(1).error()).isInstanceOf(RuleFailedException.class);
        assertThat(results.get(1).error().getMessage()).contains("test.exploding");
        assertThat(results.get(2).error()).isInstanceOf(UncheckedIOException.class);
        assertThat(json(results.get(3).article())).isEqualTo(json(cleaner.clean(Input.path(good))));
    }

    @Test
    void aPageThatOverflowsTheStackOrTheHeapIsAFailedResultAndTheWorkerGoesOn() {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new ErrorRule())).build();
        List<String> pages = List.of(PROSE, PROSE + " DEEP", PROSE, PROSE + " HUGE", PROSE);
        List<Result<String>> results;
        try (BatchCleaner batch = new BatchCleaner(cleaner, 1)) {   // one worker: it must survive both
            results = batch.cleanAll(pages.stream(), Input::text).toList();
        }
        assertThat(results).extracting(Result::succeeded).containsExactly(true, false, true, false, true);
        assertThat(results.get(1).error()).isInstanceOf(StackOverflowError.class);
        assertThat(results.get(3).error()).isInstanceOf(OutOfMemoryError.class);
        assertThat(results).filteredOn(Result::succeeded)
                .allSatisfy(r -> assertThat(r.article().bodyText()).contains("regional council"));
    }

    @Test
    void submittedPagesThatThrowErrorsGiveFailedResultsAndEveryOtherPageIsDelivered() throws Exception {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new ErrorRule())).build();
        List<Result<Integer>> results = new CopyOnWriteArrayList<>();
        try (BatchCleaner batch = new BatchCleaner(cleaner, 2, 3)) {
            for (int i = 0; i < 40; i++) {
                int page = i;
                batch.submit(page, () -> Input.text(page == 5 ? PROSE + " DEEP" : page == 6 ? PROSE + " HUGE" : PROSE),
                        results::add);
            }
            batch.awaitCompletion();   // no error reaches it: the pages' errors are their results
        }
        assertThat(results).hasSize(40);
        assertThat(results).filteredOn(r -> !r.succeeded()).extracting(r -> r.key() + " " + r.error().getClass().getSimpleName())
                .containsExactlyInAnyOrder("5 StackOverflowError", "6 OutOfMemoryError");
    }

    @Test
    void aSinkMaySubmitFollowUpPagesBeyondTheBoundWithoutDeadlock() {
        int chain = 30;
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        // a hang guard, not a timing check: before sinks could submit, this waited forever
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 1, 1)) {
                Consumer<Result<Integer>> follow = new Consumer<>() {
                    @Override
                    public void accept(Result<Integer> r) {
                        delivered.add(r.key());
                        if (r.key() < chain) {   // the bound (1) is reached: this page is still in flight
                            submitUnchecked(batch, r.key() + 1, this);
                        }
                    }
                };
                batch.submit(1, () -> Input.text(PROSE), follow);
                batch.awaitCompletion();   // waits for the follow-ups too
            }
        });
        assertThat(delivered).containsExactlyElementsOf(IntStream.rangeClosed(1, chain).boxed().toList());
    }

    private static void submitUnchecked(BatchCleaner batch, int key, Consumer<Result<Integer>> sink) {
        try {
            batch.submit(key, () -> Input.text(PROSE), sink);
        } catch (InterruptedException e) {
            throw new AssertionError("a sink's submit never waits", e);
        }
    }

    @Test
    void aSinkThatSubmitsAfterCloseBeganGetsAClearException() throws Exception {
        List<Throwable> refused = new CopyOnWriteArrayList<>();
        BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 1);
        batch.submit(1, () -> Input.text(PROSE), r -> {
            waitUntilClosing(batch);
            try {
                batch.submit(2, () -> Input.text(PROSE), x -> {});
            } catch (IllegalStateException | InterruptedException e) {
                refused.add(e);
            }
        });
        batch.close();
        assertThat(refused).singleElement().asInstanceOf(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    /** Spins until {@code close()} has begun (from then on, new streams are refused). */
    private static void waitUntilClosing(BatchCleaner batch) {
        while (true) {
            try {
                batch.cleanAll(Stream.<Input>empty()).close();
                Thread.onSpinWait();
            } catch (IllegalStateException closing) {
                return;
            }
        }
    }

    @Test
    void anExceptionOfTheInputFunctionIsAFailedResult() {
        List<Result<Integer>> results;
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 2)) {
            results = batch.cleanAll(Stream.of(1, 2, 3), i -> {
                if (i == 2) {
                    throw new UncheckedIOException(new IOException("cannot read page 2"));
                }
                return Input.text(PROSE);
            }).toList();
        }
        assertThat(results).extracting(Result::key).containsExactly(1, 2, 3);
        assertThat(results).extracting(Result::succeeded).containsExactly(true, false, true);
        assertThat(results.get(1).error()).hasMessageContaining("cannot read page 2");
    }

    @Test
    void theStreamNeverPullsMoreThanTheBoundAheadOfTheConsumer() {
        int pages = 10_000;
        int bound = 6;
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        Stream<Input> inputs = IntStream.range(0, pages).mapToObj(i -> {
            int ahead = pulled.incrementAndGet() - consumed.get();
            mostAhead.accumulateAndGet(ahead, Math::max);
            return Input.text("Page " + i + ". " + PROSE);
        });

        int pulledAtFirstResult = -1;
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 2, bound);
                Stream<Result<Input>> results = batch.cleanAll(inputs)) {
            Iterator<Result<Input>> it = results.iterator();
            int i = 0;
            while (it.hasNext()) {
                Result<Input> r = it.next();
                if (i == 0) {
                    pulledAtFirstResult = pulled.get();
                }
                assertThat(((Input.Chars) r.key()).content()).startsWith("Page " + i + ". ");
                assertThat(r.succeeded()).isTrue();
                consumed.incrementAndGet();
                i++;
            }
        }

        assertThat(consumed.get()).isEqualTo(pages);
        assertThat(pulled.get()).isEqualTo(pages);
        assertThat(pulledAtFirstResult).isBetween(1, bound);
        assertThat(mostAhead.get()).isBetween(1, bound);
    }

    @Test
    void closingTheStreamClosesTheSourceAndTakesNoMoreItems() {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        AtomicInteger pulled = new AtomicInteger();
        Stream<Input> inputs = Stream.generate(() -> Input.text(PROSE)).peek(i -> pulled.incrementAndGet())
                .onClose(() -> sourceClosed.set(true));
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 1, 3)) {
            try (Stream<Result<Input>> results = batch.cleanAll(inputs)) {
                assertThat(results.limit(5).count()).isEqualTo(5);
            }
            assertThat(sourceClosed).isTrue();
            assertThat(pulled.get()).isBetween(5, 5 + 3);
        }
    }

    @Test
    void anInterruptedConsumerGetsACancellationAndThePagesInFlightAreCancelled() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean workerInterrupted = new AtomicBoolean();
        AtomicInteger started = new AtomicInteger();
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 1, 2)) {
            try {
                Stream<Result<Integer>> results = batch.cleanAll(Stream.of(1, 2, 3), i -> {
                    started.incrementAndGet();
                    try {
                        release.await();   // only the cancellation's interrupt (or the finally below) ends this
                    } catch (InterruptedException e) {
                        workerInterrupted.set(true);
                    }
                    return Input.text(PROSE);
                });
                Thread.currentThread().interrupt();
                assertThatThrownBy(results::toList).isInstanceOf(CancellationException.class);
                assertThat(Thread.interrupted()).isTrue();   // kept (and cleared here)
            } finally {
                release.countDown();
            }
        }
        // the first page was cancelled before it started, or interrupted while it ran; the second never ran
        assertThat(started.get() == 0 || workerInterrupted.get()).isTrue();
        assertThat(started.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void submittedPagesAllReachTheSinkWithFailuresAndTheBoundHolds() throws Exception {
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(new ExplodingRule())).build();
        int pages = 300;
        int bound = 5;
        AtomicInteger live = new AtomicInteger();
        AtomicInteger mostLive = new AtomicInteger();
        List<Result<Integer>> results = new CopyOnWriteArrayList<>();
        try (BatchCleaner batch = new BatchCleaner(cleaner, 2, bound)) {
            for (int i = 0; i < pages; i++) {
                int page = i;
                batch.submit(page, () -> {
                    mostLive.accumulateAndGet(live.incrementAndGet(), Math::max);
                    if (page % 100 == 7) {
                        throw new IOException("cannot read page " + page);
                    }
                    return Input.text(page % 100 == 42 ? PROSE + " BOOM" : PROSE);
                }, r -> {
                    results.add(r);
                    live.decrementAndGet();
                });
            }
            batch.awaitCompletion();
            assertThat(results).hasSize(pages);
        }

        assertThat(results).extracting(Result::key).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, pages).boxed().toList());
        assertThat(results).filteredOn(r -> !r.succeeded()).extracting(Result::key)
                .containsExactlyInAnyOrder(7, 107, 207, 42, 142, 242);
        assertThat(results).filteredOn(r -> r.key() == 107).singleElement()
                .satisfies(r -> assertThat(r.error()).isInstanceOf(IOException.class).hasMessage("cannot read page 107"));
        assertThat(results).filteredOn(r -> r.key() == 42).singleElement()
                .satisfies(r -> assertThat(r.error()).isInstanceOf(RuleFailedException.class));
        assertThat(results).filteredOn(Result::succeeded)
                .allSatisfy(r -> assertThat(r.article().bodyText()).contains("regional council"));
        assertThat(mostLive.get()).isBetween(1, bound);
    }

    @Test
    void aThrowingSinkIsReportedOnceByAwaitCompletionAndTheOtherPagesGoOn() throws Exception {
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 2)) {
            for (int i = 0; i < 10; i++) {
                batch.submit(i, () -> Input.text(PROSE), r -> {
                    if (r.key() == 3) {
                        throw new IllegalArgumentException("sink failed for 3");
                    }
                    delivered.add(r.key());
                });
            }
            assertThatThrownBy(batch::awaitCompletion).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sink failed for 3");
            assertThat(delivered).containsExactlyInAnyOrder(0, 1, 2, 4, 5, 6, 7, 8, 9);
            batch.awaitCompletion();   // reported once
        }
    }

    @Test
    void closeWaitsForSubmittedPagesAndStopsItsThreads() throws Exception {
        ThreadRecordingRule recorder = new ThreadRecordingRule();
        Cleaner cleaner = Cleaner.builder().rules(RuleSet.standard().with(recorder)).build();
        AtomicInteger delivered = new AtomicInteger();
        BatchCleaner batch = new BatchCleaner(cleaner, 3);
        for (int i = 0; i < 50; i++) {
            batch.submit(i, () -> Input.text(PROSE), r -> delivered.incrementAndGet());
        }
        batch.close();

        assertThat(delivered.get()).isEqualTo(50);
        assertThat(recorder.threads).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                .allSatisfy(t -> {
                    assertThat(t.getName()).startsWith("winnow-batch-");
                    assertThat(t.isDaemon()).isTrue();
                    assertThat(t.isAlive()).isFalse();
                });
        assertThatThrownBy(() -> batch.submit(1, () -> Input.text(PROSE), r -> {}))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> batch.cleanAll(Stream.of(Input.text(PROSE))))
                .isInstanceOf(IllegalStateException.class);
        batch.close();   // again: returns at once
    }

    @Test
    void anInterruptedSubmitterIsNotBlockedAndSubmitsNothing() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 1)) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> batch.submit(1, () -> Input.text(PROSE), r -> delivered.incrementAndGet()))
                    .isInstanceOf(InterruptedException.class);
            batch.awaitCompletion();
        }
        assertThat(delivered.get()).isZero();
    }

    @Test
    void defaultsAndArguments() {
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard())) {
            int cores = Runtime.getRuntime().availableProcessors();
            assertThat(batch.threads()).isEqualTo(cores);
            assertThat(batch.maxInFlight()).isEqualTo(4 * cores);
            assertThat(batch.cleaner()).isSameAs(Cleaner.standard());
        }
        try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 3)) {
            assertThat(batch.maxInFlight()).isEqualTo(12);
        }
        assertThatThrownBy(() -> new BatchCleaner(Cleaner.standard(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> new BatchCleaner(Cleaner.standard(), 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInFlight");
        assertThatThrownBy(() -> new Result<>("k", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
