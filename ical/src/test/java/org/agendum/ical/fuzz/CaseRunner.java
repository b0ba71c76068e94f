package org.agendum.ical.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs cases one at a time on a worker thread, with a time limit that turns a hang into a failure
 * naming the case (and where the worker was) instead of a build that never ends. The limit is a
 * guard, far above the reader's promise, not a measurement. A read cannot be stopped: after a
 * hang the runner waits for the worker (at most five times the limit) so that the read does not
 * take memory and a core from the cases after it, and reports how long it took; a worker still
 * running then is stopped with {@code Thread.stop} where the JDK still has it (17 does; the read
 * holds no lock of the harness, so nothing is left half-done), else abandoned to run on, and the
 * next case gets a new worker.
 *
 * <p>The worker is an ordinary thread, so its stack is the JVM's {@code -Xss}.
 */
public final class CaseRunner implements AutoCloseable {

    /** How the message of a case that hung starts. */
    public static final String HANG = "no outcome after ";

    private final Duration limit;
    private final AtomicReference<Thread> worker = new AtomicReference<>();
    private ExecutorService executor;
    private int abandoned;

    /**
     * Creates a runner.
     *
     * @param limit the time after which a case counts as hung
     */
    public CaseRunner(Duration limit) {
        this.limit = limit;
        this.executor = newExecutor();
    }

    /**
     * Checks one document on the worker.
     *
     * @param document the document
     * @return the outcome; a hang is {@link Outcome.Kind#FAILED}, with the worker's stack
     */
    public Outcome run(byte[] document) {
        Future<Outcome> future = executor.submit(() -> CaseCheck.check(document));
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Thread stuck = worker.get();
            Throwable where = new Throwable("hang: no outcome after " + limit.toMillis() + " ms");
            where.setStackTrace(stuck.getStackTrace());
            String end;
            long nanos = limit.toNanos() * 6;
            try {
                Outcome late = future.get(limit.toMillis() * 5, TimeUnit.MILLISECONDS);
                nanos = late.readNanos();
                end = "then " + late.kind() + " after " + late.readNanos() / 1_000_000 + " ms";
            } catch (TimeoutException | ExecutionException stillStuck) {
                executor.shutdownNow();
                executor = newExecutor();
                abandoned++;
                end = "still running after " + limit.toMillis() * 6 + " ms, " + (stop(stuck) ? "stopped" : "abandoned");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                end = "interrupted";
            }
            return Outcome.failed(HANG + limit.toMillis() + " ms (" + end + ")", nanos, where);
        } catch (ExecutionException e) {
            return Outcome.failed("the check itself threw " + e.getCause(), 0, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted", 0, e);
        }
    }

    /**
     * Stops a thread with {@code Thread.stop}, called reflectively: deprecated, and unsupported from
     * JDK 20 on, where the thread is left to run.
     */
    private static boolean stop(Thread thread) {
        try {
            Thread.class.getMethod("stop").invoke(thread);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The workers stopped or abandoned after hung cases. */
    public int abandoned() {
        return abandoned;
    }

    private ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "ics-mutation-case");
            thread.setDaemon(true);
            worker.set(thread);
            return thread;
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
