package dev.margin.store.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A {@link LibraryWriter} in a child JVM on the test classpath, and the ids it reported saved. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader output;
    private final Path errors;
    private final List<UUID> saved = new ArrayList<>();

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errors = errors;
    }

    static ChildJvm startWriter(Path library, long articleId, int steps, String note, Path workDir) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = Files.createTempFile(workDir, "child", ".err");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LibraryWriter.class.getName(), library.toString(), Long.toString(articleId), Integer.toString(steps), note)
                .redirectError(errors.toFile())
                .start();
        return new ChildJvm(process, errors);
    }

    /** Reads the child's output until it printed {@code ready}. */
    void awaitReady() throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals("ready")) {
                return;
            }
        }
        throw new IllegalStateException("the child ended before opening the library: " + errors());
    }

    /** Reads output lines until {@code count} saves were reported or the output ended; returns how many were. */
    int readSaves(int count) throws IOException {
        String line;
        while (saved.size() < count && (line = output.readLine()) != null) {
            record(line);
        }
        return saved.size();
    }

    /** Reads the rest of the output (to its end) and waits for the child to exit; returns its exit code. */
    int finish(long timeoutSeconds) throws IOException, InterruptedException {
        String line;
        while ((line = output.readLine()) != null) {
            record(line);
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not finish in " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }

    /**
     * SIGKILL: the child gets no chance to close anything. Through the process handle, unlike
     * {@link Process#destroyForcibly()}, so that our end of its output stays open: lines it printed
     * just before dying are still read.
     */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    List<UUID> saved() {
        return saved;
    }

    String errors() throws IOException {
        return Files.readString(errors);
    }

    private void record(String line) {
        if (line.startsWith("saved ")) {
            saved.add(UUID.fromString(line.substring("saved ".length())));
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        output.close();
    }
}
