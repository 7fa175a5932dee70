package dev.margin.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cold start to the first shown window: each run is a new JVM started with this benchmark's
 * classpath and the headless Monocle arguments, timed from process start to the line "margin.shown"
 * the window prints when it is shown. Margin (on a library that holds the sample article) is compared
 * with an empty JavaFX window measured in the same run, alternating; floor: Margin at most 1.5 times
 * the empty window.
 *
 * <p>Margin is measured twice: plain (the JDK's default class-data-sharing archive only, like the empty
 * window) and with an application class-data-sharing archive (AppCDS) made by one training start with
 * {@code -XX:ArchiveClassesAtExit} and used with {@code -XX:SharedArchiveFile}. The archive needs a
 * classpath of jars, so the build's class directories are packed into jars first; every configuration,
 * the empty window included, runs from that same jar classpath.
 */
public final class StartupBench {
    private static final List<String> HEADLESS = List.of("-Dtestfx.robot=glass", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");
    private static final double FLOOR = 1.5;

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("startup.runs", 7);
        Path dir = Files.createTempDirectory("margin-startup");
        Path library = dir.resolve("margin.db");
        Path archive = dir.resolve("margin.jsa");
        String classpath = jarClasspath(dir);
        // The first start seeds the sample article; time the everyday start after it.
        time(margin(classpath, library, List.of()));
        time(empty(classpath));
        // The training start that writes the archive, on the library as it is at every later start.
        time(margin(classpath, library, List.of("-XX:ArchiveClassesAtExit=" + archive)));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training start wrote no archive: " + archive);
        }
        List<String> withArchive = List.of("-XX:SharedArchiveFile=" + archive);
        time(margin(classpath, library, withArchive));

        List<Long> emptyTimes = new ArrayList<>();
        List<Long> plainTimes = new ArrayList<>();
        List<Long> archiveTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            emptyTimes.add(time(empty(classpath)));
            plainTimes.add(time(margin(classpath, library, List.of())));
            archiveTimes.add(time(margin(classpath, library, withArchive)));
        }
        long emptyMedian = median(emptyTimes);
        System.out.printf(Locale.ROOT, "empty JavaFX window (JDK default CDS): median %d ms  (runs %s)%n", emptyMedian, emptyTimes);
        report("Margin, plain (JDK default CDS)", plainTimes, emptyMedian);
        report("Margin, with its AppCDS archive (" + Files.size(archive) / (1024 * 1024) + " MB)", archiveTimes, emptyMedian);
        // Java 17 ties an application archive to the absolute paths of the jars it was made from, so an archive
        // made at build time is refused once the app is installed elsewhere (docs/perf/startup.md).
        System.out.println("shipped configuration: plain (no application archive is shipped)");
    }

    private static void report(String label, List<Long> times, long emptyMedian) {
        long median = median(times);
        double ratio = (double) median / emptyMedian;
        System.out.printf(Locale.ROOT, "%s: median %d ms  (runs %s)%n", label, median, times);
        System.out.printf(Locale.ROOT, "  ratio %.2f, floor %.1f: %s%n", ratio, FLOOR, ratio <= FLOOR ? "within the floor" : "OVER THE FLOOR");
    }

    private static List<String> margin(String classpath, Path library, List<String> vmOptions) {
        List<String> command = java(classpath);
        command.addAll(1, vmOptions);
        command.add("-Dmargin.exitAfterShow=true");
        command.add(MarginWindowMain.class.getName());
        command.add(library.toString());
        return command;
    }

    private static List<String> empty(String classpath) {
        List<String> command = java(classpath);
        command.add(EmptyWindowMain.class.getName());
        return command;
    }

    private static List<String> java(String classpath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    /** This benchmark's classpath with every class directory replaced by a jar of it (CDS accepts only jars). */
    private static String jarClasspath(Path dir) {
        String separator = System.getProperty("path.separator");
        List<String> entries = new ArrayList<>();
        int directories = 0;
        for (String entry : System.getProperty("java.class.path").split(separator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + directories++ + ".jar");
                packInto(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(separator, entries);
    }

    private static void packInto(Path classes, Path jar) {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                out.putNextEntry(new JarEntry(name));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot pack " + classes + " into " + jar, e);
        }
    }

    /** Milliseconds from starting the process to its "margin.shown" line. */
    private static long time(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        long shown = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (shown < 0 && line.equals("margin.shown")) {
                    shown = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (shown < 0) {
            throw new IllegalStateException("the window never said it was shown: " + command);
        }
        return shown;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
