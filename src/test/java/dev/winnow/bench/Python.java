package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the reference scorers (Python scripts under {@code ../shared/tools}) for the cross-check tests. */
final class Python {
    private Python() {}

    /** Whether {@code python3} runs here. @return true if it does */
    static boolean works() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs a command, its output going to a log file, and fails the test if it does not exit with 0
     * within five minutes.
     *
     * @param command the command
     * @param log     where its standard output and error go
     * @throws IOException          if it cannot be started or the log read
     * @throws InterruptedException if interrupted while waiting
     */
    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        assertThat(p.exitValue()).as("exit code of %s; output:%n%s", command,
                Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }
}
