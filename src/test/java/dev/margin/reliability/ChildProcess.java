package dev.margin.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A Java main of the test class path run as a separate process, with its output lines read on a thread of their own. */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final Path errors;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private ChildProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::readOutput, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(Path workDir, Class<?> main, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = Files.createTempFile(workDir, "child", ".err");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        return new ChildProcess(process, errors);
    }

    private void readOutput() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ended) {
            return;
        }
    }

    /** Waits until the child printed {@code line}; fails after {@code seconds}. */
    void awaitLine(String line, long seconds) throws InterruptedException, IOException {
        awaitCount(() -> lines.contains(line) ? 1 : 0, 1, seconds, "the line '" + line + "'");
    }

    /** Waits until the child reported {@code count} acknowledged saves. */
    void awaitSaves(int count, long seconds) throws InterruptedException, IOException {
        awaitCount(() -> saved().size(), count, seconds, count + " saves");
    }

    private void awaitCount(java.util.function.IntSupplier current, int wanted, long seconds, String what)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (current.getAsInt() < wanted) {
            if (System.nanoTime() > deadline || (!process.isAlive() && current.getAsInt() < wanted && !reader.isAlive())) {
                throw new IllegalStateException("the child did not print " + what + " in " + seconds + " s; output " + lines()
                        + "; errors " + errors());
            }
            Thread.sleep(5);
        }
    }

    /** Waits for the child to end and its output to be read; returns its exit code. */
    int finish(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not finish in " + seconds + " s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(seconds));
        return process.exitValue();
    }

    /** SIGKILL; the output printed before it is still read. */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The ids the child printed as {@code saved <id>}: its acknowledged saves. */
    List<UUID> saved() {
        return lines().stream().filter(l -> l.startsWith("saved ")).map(l -> UUID.fromString(l.substring(6))).toList();
    }

    String errors() throws IOException {
        return Files.readString(errors);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
