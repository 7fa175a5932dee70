package dev.margin.bench;

import dev.margin.Launcher;
import dev.margin.ui.StartupArchive;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cold start to the first shown window: each run is a new JVM started with this benchmark's classpath and
 * the headless Monocle arguments, timed from process start to the moment the window reports itself shown
 * ({@code WINDOW_SHOWN}, printed as "margin.phase MILLIS shown"). Margin is started through its real entry
 * point ({@link dev.margin.Launcher}, command line parsing included) on a data folder whose library holds the
 * sample article, and runs until that article is shown; its start-up timeline
 * ({@link dev.margin.ui.common.StartupTimeline}) gives the phases. The floor, an empty JavaFX window, and two
 * reference windows ({@link ReferenceWindowMain}) are measured in the same rounds, alternating; floor: Margin's
 * median at most 1.5 times the empty window's.
 *
 * <p>Margin is measured four times: plain (the JDK's default class-data-sharing archive only, like the other
 * windows, as {@code mvn javafx:run} and a bare app-image start); plain with its class warmer turned off (what the
 * warmer gains); with the start-up archive the installed .deb makes ({@code installer/linux-app/make-start-archive.sh}:
 * a dynamic archive written at exit of a run of {@link dev.margin.ui.StartupArchive}, which only loads the listed
 * classes, mapped on top of the JDK's archive); and, for reference, with an archive written at exit of a whole
 * start ({@code -XX:ArchiveClassesAtExit} on a real start, which no install step can do without a display). The
 * archives need a classpath of jars, so the build's class directories are packed into jars first; every
 * configuration runs from that same jar classpath.
 */
public final class StartupBench {
    private static final List<String> HEADLESS = List.of("-Dtestfx.robot=glass", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");
    private static final List<String> PHASES = List.of("main", "toolkit", "built", "shown", "article");
    private static final double FLOOR = 1.5;
    private static final String EMPTY_WINDOW = "empty JavaFX window (the floor)";

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("startup.runs", 7);
        Path dir = Files.createTempDirectory("margin-startup");
        Path dataFolder = dir.resolve("data");
        Path archive = dir.resolve("margin.jsa");
        Path startArchive = dir.resolve("margin-start.jsa");
        String classpath = jarClasspath(dir);
        // The first start seeds the sample article; time the everyday start after it.
        phases(margin(classpath, dataFolder, List.of()));
        phases(window(classpath, EmptyWindowMain.class.getName()));
        // The training start that writes the archive, on the library as it is at every later start.
        phases(margin(classpath, dataFolder, List.of("-XX:ArchiveClassesAtExit=" + archive)));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training start wrote no archive: " + archive);
        }
        List<String> withArchive = List.of("-XX:SharedArchiveFile=" + archive);
        phases(margin(classpath, dataFolder, withArchive));
        List<String> withStartArchive = List.of("-XX:SharedArchiveFile=" + jdkArchive() + File.pathSeparator + startArchive);
        makeStartArchive(classpath, startArchive);
        phases(margin(classpath, dataFolder, withStartArchive));

        Map<String, List<String>> subjects = new LinkedHashMap<>();
        subjects.put(EMPTY_WINDOW, window(classpath, EmptyWindowMain.class.getName()));
        subjects.put("reference: themed window, one label", window(classpath, ReferenceWindowMain.class.getName(), "themed"));
        subjects.put("reference: themed window with a menu bar", window(classpath, ReferenceWindowMain.class.getName(), "themed-menus"));
        subjects.put("Margin, plain (JDK default CDS)", margin(classpath, dataFolder, List.of()));
        subjects.put("Margin, plain, class warmer off", margin(classpath, dataFolder, List.of("-Dmargin.classWarmer=false")));
        subjects.put("Margin, with the start-up archive (as the .deb installs it)", margin(classpath, dataFolder, withStartArchive));
        subjects.put("Margin, with an archive of a whole start (reference)", margin(classpath, dataFolder, withArchive));
        Map<String, List<Map<String, Long>>> results = new LinkedHashMap<>();
        subjects.keySet().forEach(label -> results.put(label, new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (Map.Entry<String, List<String>> subject : subjects.entrySet()) {
                results.get(subject.getKey()).add(phases(subject.getValue()));
            }
        }

        long floor = median(phase(results.get(EMPTY_WINDOW), "shown"));
        for (Map.Entry<String, List<Map<String, Long>>> result : results.entrySet()) {
            List<Long> shown = phase(result.getValue(), "shown");
            long median = median(shown);
            System.out.printf(Locale.ROOT, "%s: shown, median %d ms  (runs %s)%n", result.getKey(), median, shown);
            if (result.getKey().equals(EMPTY_WINDOW)) {
                continue;
            }
            double ratio = (double) median / floor;
            System.out.printf(Locale.ROOT, "  ratio %.2f, floor %.1f: %s%n", ratio, FLOOR, ratio <= FLOOR ? "within the floor" : "OVER THE FLOOR");
            if (result.getValue().get(0).containsKey("article")) {
                StringBuilder line = new StringBuilder("  phases, median ms from process start:");
                for (String name : PHASES) {
                    line.append(' ').append(name).append(' ').append(median(phase(result.getValue(), name)));
                }
                System.out.println(line);
            }
        }
        System.out.printf(Locale.ROOT, "archives: start-up %d MB, whole start %d MB; shipped: the .deb makes the start-up archive "
                        + "when installed; mvn javafx:run and a bare app-image start plain%n",
                Files.size(startArchive) / (1024 * 1024), Files.size(archive) / (1024 * 1024));
        // Java 17 ties an application archive to the absolute paths of the jars it was made from, so none can be
        // made at build time: the .deb's postinst makes the start-up archive where the app is installed.
    }

    /** Does what make-start-archive.sh does, on the benchmark's classpath: a load-only run writes the archive at exit. */
    private static void makeStartArchive(String classpath, Path startArchive) throws IOException, InterruptedException {
        List<String> command = java(classpath);
        command.addAll(1, List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:ArchiveClassesAtExit=" + startArchive));
        command.add(StartupArchive.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0 || !Files.isRegularFile(startArchive)) {
            throw new IllegalStateException("the load-only run wrote no start-up archive: " + command);
        }
    }

    /** The JDK's own class-data archive, the base the start-up archive is mapped on. */
    private static Path jdkArchive() {
        return Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
    }

    private static List<Long> phase(List<Map<String, Long>> runs, String name) {
        return runs.stream().map(run -> run.getOrDefault(name, -1L)).toList();
    }

    private static List<String> margin(String classpath, Path dataFolder, List<String> vmOptions) {
        List<String> command = java(classpath);
        command.addAll(1, vmOptions);
        command.add("-Dmargin.exitAfterArticle=true");
        command.add(Launcher.class.getName());
        command.add("--data-dir");
        command.add(dataFolder.toString());
        return command;
    }

    private static List<String> window(String classpath, String mainClass, String... arguments) {
        List<String> command = java(classpath);
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    private static List<String> java(String classpath) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.add("-Dmargin.startupTimeline=true");
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

    /** Each "margin.phase MILLIS NAME" line of the started process, as milliseconds from starting it. */
    private static Map<String, Long> phases(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.currentTimeMillis();
        Process process = builder.start();
        Map<String, Long> phases = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("margin.phase")) {
                    phases.putIfAbsent(parts[2], Long.parseLong(parts[1]) - start);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!phases.containsKey("shown")) {
            throw new IllegalStateException("the window never said it was shown: " + command);
        }
        return phases;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
