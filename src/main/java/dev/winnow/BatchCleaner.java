package dev.winnow;

import dev.winnow.model.Article;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Cleans many pages with one {@link Cleaner} on a fixed number of worker threads, with a bound on
 * the pages in flight so that memory stays bounded whatever the number of pages. A page that
 * cannot be read or cleaned becomes a failed {@link Result}; it never stops the batch. That holds
 * for any {@link Throwable}: a page that runs the worker out of memory or stack gives a failed
 * result holding that {@link Error}, and the worker goes on with the next page.
 *
 * <p>Two forms:
 * <ul>
 *   <li>{@link #cleanAll(Stream, Function)} (pull): consumes a stream lazily and returns a lazy
 *       stream of results <em>in input order</em>. It keeps at most {@link #maxInFlight()} inputs
 *       taken from the source and not yet handed to the consumer.</li>
 *   <li>{@link #submit(Object, Callable, Consumer)} (push): hands a page to the workers and its
 *       result to a callback on the worker thread, in the order pages finish. It blocks while
 *       {@link #maxInFlight()} submitted pages have not finished (back-pressure);
 *       {@link #awaitCompletion()} waits for all of them.</li>
 * </ul>
 *
 * <pre>{@code
 * try (BatchCleaner batch = new BatchCleaner(Cleaner.standard());
 *      Stream<Path> files = Files.list(dir)) {
 *     batch.cleanAll(files, Input::path).forEach(result -> {      // in the order of the files
 *         if (result.succeeded()) {
 *             store(result.key(), result.article());
 *         } else {
 *             log(result.key() + ": " + result.error());
 *         }
 *     });
 * }
 *
 * try (BatchCleaner batch = new BatchCleaner(Cleaner.standard(), 8)) {
 *     for (Row row : rows) {                                     // blocks while 32 pages are in flight
 *         batch.submit(row.id(), () -> Input.html(row.html(), row.url()), results::add);
 *     }
 *     batch.awaitCompletion();
 * }
 * }</pre>
 *
 * <p>A batch cleaner is thread-safe: several threads may submit pages and consume streams at once
 * (the bound applies to each stream and, separately, to the submitted pages). Its threads are
 * daemon threads, started as work arrives; {@link #close()} waits for the pages already handed over
 * and stops them. A sink may {@link #submit} more pages (to follow {@code nextPageUrl}, say): from
 * a sink, {@code submit} never blocks.
 */
public final class BatchCleaner implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private static final int PAGES_PER_THREAD = 4;

    private final Cleaner cleaner;
    private final int threads;
    private final int maxInFlight;
    private final ExecutorService executor;
    private final List<Thread> workers = new ArrayList<>();
    private final Semaphore permits;
    private final Object lock = new Object();
    private int pending;
    private boolean closed;
    private Throwable problem;

    /**
     * One thread per available processor, and at most four pages per thread in flight.
     *
     * @param cleaner the cleaner every page goes through
     */
    public BatchCleaner(Cleaner cleaner) {
        this(cleaner, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The given number of threads, and at most four pages per thread in flight.
     *
     * @param cleaner the cleaner every page goes through
     * @param threads the number of worker threads, at least 1
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public BatchCleaner(Cleaner cleaner, int threads) {
        this(cleaner, threads, PAGES_PER_THREAD * Math.max(1, threads));
    }

    /**
     * The given number of threads and bound on pages in flight.
     *
     * @param cleaner     the cleaner every page goes through
     * @param threads     the number of worker threads, at least 1
     * @param maxInFlight how many pages each stream, and the submitted pages, may have taken and not
     *                    yet delivered (queued, being cleaned, or cleaned and waiting for the
     *                    consumer), at least 1; {@code threads} or more keeps every thread busy
     * @throws IllegalArgumentException if {@code threads} or {@code maxInFlight} is less than 1
     */
    public BatchCleaner(Cleaner cleaner, int threads, int maxInFlight) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, was " + maxInFlight);
        }
        this.threads = threads;
        this.maxInFlight = maxInFlight;
        this.permits = new Semaphore(maxInFlight);
        String prefix = "winnow-batch-" + POOLS.incrementAndGet() + "-worker-";
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            synchronized (workers) {
                workers.add(thread);
            }
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
    }

    /** The cleaner every page goes through. @return the cleaner */
    public Cleaner cleaner() {
        return cleaner;
    }

    /** The number of worker threads. @return the thread count */
    public int threads() {
        return threads;
    }

    /** How many pages each stream, and the submitted pages, may have in flight. @return the bound */
    public int maxInFlight() {
        return maxInFlight;
    }

    /**
     * Cleans a stream of inputs; the same as {@code cleanAll(inputs, Function.identity())}.
     *
     * @param inputs the pages; consumed lazily, on the thread that consumes the returned stream
     * @return the results in input order, each keyed by its input
     * @throws IllegalStateException if this batch cleaner is closed
     */
    public Stream<Result<Input>> cleanAll(Stream<Input> inputs) {
        return cleanAll(inputs, Function.identity());
    }

    /**
     * Cleans a stream of items, lazily and in order. Items are taken from {@code items} on the thread
     * that consumes the returned stream, as it consumes it, never more than {@link #maxInFlight()}
     * ahead of it; {@code toInput} runs on the worker threads, so it may read files or decode
     * records. Anything thrown by {@code toInput} or by the cleaner, {@link Error}s included, gives a
     * failed result; an exception thrown by {@code items} itself reaches the consumer.
     *
     * <p>The returned stream is sequential and, like any stream, for one consumer at a time. Closing
     * it (try-with-resources) closes {@code items} and cancels the pages in flight; a stream that is
     * dropped early without closing lets them finish on the workers.
     *
     * <pre>{@code
     * batch.cleanAll(rows, row -> Input.html(row.html(), row.url()))
     *      .filter(Result::succeeded)
     *      .forEach(result -> index(result.key().id(), result.article()));
     * }</pre>
     *
     * @param <T>     the type of the items, which key the results
     * @param items   the items; consumed lazily
     * @param toInput makes the page of an item, on a worker thread
     * @return the results in the order of {@code items}; waiting for one that is not ready throws
     *         {@link CancellationException} if the consuming thread is interrupted (its interrupt
     *         status is kept) or this batch cleaner is closed abruptly
     * @throws IllegalStateException if this batch cleaner is closed (also when consuming the stream
     *         after it was closed)
     */
    public <T> Stream<Result<T>> cleanAll(Stream<T> items, Function<? super T, ? extends Input> toInput) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(toInput, "toInput");
        ensureOpen();
        InOrder<T> results = new InOrder<>(items.spliterator(), toInput);
        return StreamSupport.stream(results, false).onClose(results::cancel).onClose(items::close);
    }

    /**
     * Hands one page to the workers; its result goes to {@code sink}. Blocks while
     * {@link #maxInFlight()} submitted pages have not finished. {@code input} runs on a worker
     * thread, so it may read a file or a network body; anything it throws, or the cleaner throws
     * ({@link OutOfMemoryError} and {@link StackOverflowError} included), gives a failed result.
     * Every submitted page gets exactly one result.
     *
     * <p>{@code sink} runs on the worker thread, right after the page is cleaned and in the order
     * pages finish, possibly on several threads at once: it must be thread-safe. The page counts as
     * in flight until it returns. If it throws, the other pages go on and {@link #awaitCompletion()}
     * or {@link #close()} rethrows the exception.
     *
     * <p>A sink may call {@code submit} (to follow a page's {@code nextPageUrl}, say). Called from a
     * sink, {@code submit} never blocks, so it cannot wait for its own page: when the bound is
     * reached, the page is queued beyond it. Each page a sink submits is waited for by
     * {@link #awaitCompletion()} and {@link #close()}; a sink that submits several pages per page
     * grows the queue without bound. After {@link #close()} has begun it throws
     * {@link IllegalStateException}, which the sink's caller reports like any exception of a sink.
     *
     * @param <K>   the type of the key
     * @param key   what identifies the page in its result (a path, an id, ...); may be {@code null}
     * @param input makes the page, on a worker thread
     * @param sink  receives the result, on a worker thread
     * @throws InterruptedException  if the thread is interrupted while waiting for room; the page is
     *                               not submitted (never from a sink, which does not wait)
     * @throws IllegalStateException if this batch cleaner is closed
     */
    public <K extends @Nullable Object> void submit(K key, Callable<? extends Input> input,
            Consumer<? super Result<K>> sink)
            throws InterruptedException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        ensureOpen();
        boolean permitted = isWorker() ? permits.tryAcquire() : acquire();
        synchronized (lock) {
            if (closed) {
                if (permitted) {
                    permits.release();
                }
                throw new IllegalStateException("this batch cleaner is closed");
            }
            pending++;
            executor.execute(new Submitted<>(key, input, sink, permitted));
        }
    }

    private boolean acquire() throws InterruptedException {
        permits.acquire();
        return true;
    }

    /**
     * Waits until every page submitted so far has been cleaned and its sink has returned. Pages
     * submitted by other threads meanwhile are waited for too.
     *
     * @throws InterruptedException  if the thread is interrupted while waiting
     * @throws IllegalStateException if called from a sink (it would wait for itself)
     * @throws RuntimeException      the first exception a sink threw since the last report (later
     *                               ones are suppressed in it), once
     * @throws Error                 an error a sink threw
     */
    public void awaitCompletion() throws InterruptedException {
        ensureNotWorker("awaitCompletion()");
        synchronized (lock) {
            while (pending > 0) {
                lock.wait();
            }
        }
        rethrowProblem();
    }

    /**
     * Stops taking pages, waits for the pages already taken (submitted pages and stream pages in
     * flight) and stops the worker threads: when it returns, none is alive. Streams from
     * {@link #cleanAll} cannot go on afterwards. If the thread is interrupted while waiting, the
     * pages not started are dropped (a submitted one gets a failed result with a
     * {@link CancellationException}), the running ones are interrupted and not waited for, and the
     * interrupt status is kept. Calling it again, or from several threads, waits the same way.
     *
     * @throws IllegalStateException if called from a sink
     * @throws RuntimeException      a sink's exception not reported by {@link #awaitCompletion()}
     * @throws Error                 an error a sink threw, not yet reported
     */
    @Override
    public void close() {
        ensureNotWorker("close()");
        synchronized (lock) {
            closed = true;
        }
        executor.shutdown();
        boolean interrupted = false;
        try {
            while (!executor.awaitTermination(1, TimeUnit.DAYS)) {
                // keep waiting
            }
        } catch (InterruptedException e) {
            interrupted = true;
            for (Runnable dropped : executor.shutdownNow()) {
                ((Future<?>) dropped).cancel(false);
            }
        }
        List<Thread> started;
        synchronized (workers) {
            started = List.copyOf(workers);
        }
        for (Thread worker : started) {
            try {
                if (!interrupted) {
                    worker.join();
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrowProblem();
    }

    private void ensureOpen() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this batch cleaner is closed");
            }
        }
    }

    private void ensureNotWorker(String what) {
        if (isWorker()) {
            throw new IllegalStateException(what + " called from a sink, on a worker thread");
        }
    }

    private boolean isWorker() {
        synchronized (workers) {
            return workers.contains(Thread.currentThread());
        }
    }

    private void report(Throwable t) {
        synchronized (lock) {
            if (problem == null) {
                problem = t;
            } else if (problem != t) {
                problem.addSuppressed(t);
            }
        }
    }

    private void rethrowProblem() {
        Throwable t;
        synchronized (lock) {
            t = problem;
            problem = null;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("a sink failed", t);
        }
    }

    /**
     * Cleans one page. Any {@link Throwable} is the page's failure: an {@link OutOfMemoryError} or
     * {@link StackOverflowError} has already unwound the page's stack and its garbage, so the worker
     * can go on with the next page.
     */
    private <K extends @Nullable Object> Result<K> attempt(K key, Callable<? extends Input> input) {
        try {
            return new Result<>(key, cleaner.clean(input.call()), null);
        } catch (Throwable t) {
            return new Result<>(key, null, t);
        }
    }

    /**
     * A submitted page: cleans it and runs its sink; frees its room once done, run or not (a page
     * a sink submitted beyond the bound took no room).
     */
    private final class Submitted<K extends @Nullable Object> extends FutureTask<Void> {
        private final K key;
        private final Consumer<? super Result<K>> sink;
        private final boolean permitted;

        Submitted(K key, Callable<? extends Input> input, Consumer<? super Result<K>> sink, boolean permitted) {
            super(() -> {
                sink.accept(attempt(key, input));
                return null;
            });
            this.key = key;
            this.sink = sink;
            this.permitted = permitted;
        }

        @Override
        protected void done() {
            try {
                if (isCancelled()) {
                    sink.accept(new Result<>(key, null,
                            new CancellationException("the batch cleaner was closed before this page was cleaned")));
                } else {
                    get();
                }
            } catch (ExecutionException e) {
                report(e.getCause());
            } catch (InterruptedException | RuntimeException | Error e) {
                report(e);
            } finally {
                if (permitted) {
                    permits.release();
                }
                synchronized (lock) {
                    if (--pending == 0) {
                        lock.notifyAll();
                    }
                }
            }
        }
    }

    /** The results of one stream, in input order, from a window of at most maxInFlight pages. */
    private final class InOrder<T> implements Spliterator<Result<T>> {
        private final Spliterator<T> items;
        private final Function<? super T, ? extends Input> toInput;
        private final ArrayDeque<Future<Result<T>>> window = new ArrayDeque<>();
        private boolean exhausted;

        InOrder(Spliterator<T> items, Function<? super T, ? extends Input> toInput) {
            this.items = items;
            this.toInput = toInput;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Result<T>> action) {
            while (!exhausted && window.size() < maxInFlight) {
                exhausted = !items.tryAdvance(this::start);
            }
            Future<Result<T>> head = window.poll();
            if (head == null) {
                return false;
            }
            action.accept(await(head));
            return true;
        }

        private void start(T item) {
            try {
                window.add(executor.submit(() -> attempt(item, () -> toInput.apply(item))));
            } catch (RejectedExecutionException e) {
                cancel();
                throw new IllegalStateException("this batch cleaner is closed", e);
            }
        }

        private Result<T> await(Future<Result<T>> head) {
            try {
                return head.get();
            } catch (InterruptedException e) {
                head.cancel(true);
                cancel();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for a page");
            } catch (CancellationException e) {
                cancel();
                throw e;
            } catch (ExecutionException e) {
                cancel();   // attempt() returns every failure as a result: this is a bug, not a page's failure
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Cancels the pages in flight and takes no more items. */
        void cancel() {
            exhausted = true;
            for (Future<Result<T>> f : window) {
                f.cancel(true);
            }
            window.clear();
        }

        @Override
        public @Nullable Spliterator<Result<T>> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return Long.MAX_VALUE;
        }

        @Override
        public int characteristics() {
            return ORDERED | NONNULL;
        }
    }

    /**
     * The outcome of one page: its key and either its article or the exception that stopped it.
     *
     * @param <K>     the type of the key
     * @param key     the key given with the page (for {@link #cleanAll(Stream)}, the input itself)
     * @param article the cleaned article, or {@code null} if the page failed
     * @param error   why the page failed (reading it, a rule with {@link FailurePolicy#FAIL}, or an
     *                {@link Error} such as {@link OutOfMemoryError} or {@link StackOverflowError}
     *                while cleaning it), or {@code null} if it was cleaned
     */
    public record Result<K extends @Nullable Object>(K key, @Nullable Article article, @Nullable Throwable error) {
        /**
         * Checks that exactly one of {@code article} and {@code error} is given.
         *
         * @throws IllegalArgumentException if both or neither is given
         */
        public Result {
            if ((article == null) == (error == null)) {
                throw new IllegalArgumentException("a result has an article or an error, not both or neither");
            }
        }

        /** Whether the page was cleaned. @return true when {@link #article()} is set */
        public boolean succeeded() {
            return error == null;
        }
    }
}
