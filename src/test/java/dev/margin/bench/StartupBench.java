package dev.margin.bench;

import dev.margin.Launcher;

import java.io.BufferedReader;
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
 * Cold start to the first shown window, on the JDK that runs this benchmark (the build's JDK 25): each run is a
 * new JVM with this benchmark's classpath, timed from process start to the moment the window reports itself
 * shown ({@code WINDOW_SHOWN}, printed as "margin.phase MILLIS shown"). Margin starts through its real entry
 * point ({@link dev.margin.Launcher}, command line parsing included) on a data folder whose library holds the
 * sample article, and runs until that article is shown with its highlights; its start-up timeline
 * ({@link dev.margin.ui.common.StartupTimeline}) gives the phases.
 *
 * <p>The floor is an empty JavaFX window started with its own ahead-of-time cache (JEP 483/514/515: classes
 * loaded and linked, method profiles, made by one training start with {@code -XX:AOTCacheOutput}). Margin is
 * measured plain (the JDK's default class-data archive, as {@code mvn javafx:run}) and with an AOT cache from one
 * real training start, the way the app-image ships it; all run in the same rounds, alternating. Goals: Margin's
 * first window at most {@value #WINDOW_GOAL} times the floor, the last article at most {@value #ARTICLE_GOAL}.
 *
 * <p>The JavaFX platform is the built-in headless one ({@code -Dglass.platform=Headless}); with
 * {@code -Dstartup.display=true} the runs use the display in {@code DISPLAY} (GTK) instead, e.g. under Xvfb.
 * An AOT cache takes only jars, so the build's class directories are packed into jars first; every configuration
 * runs from that same jar classpath. Margin loads SQLite's native library from a folder, as the installed app does
 * ({@code org.sqlite.lib.path}), instead of sqlite-jdbc extracting and comparing it in /tmp at every start.
 *
 * <p>Beside each median the run's CPU time (all threads, when it said "shown") is printed: on a machine shared with
 * other work it moves far less than the wall time. With the environment variable {@code MARGIN_STARTUP_BASELINE}
 * naming a jar of another build's classes (say the last merged commit's {@code target/classes}), that build runs in
 * the same rounds with its own AOT cache, for a before and after from one run; {@code MARGIN_STARTUP_RUNS} sets the
 * number of rounds (7); {@code MARGIN_STARTUP_VARIANT} adds this build started (and trained) with the JVM options it
 * holds.
 */
public final class StartupBench {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");
    private static final List<String> PHASES = List.of("main", "toolkit", "built", "shown", "article");
    private static final double WINDOW_GOAL = 2.0;
    private static final double ARTICLE_GOAL = 2.5;
    private static final String FLOOR = "empty JavaFX window + its AOT cache (the floor)";
    /** Names a jar of another build's classes (e.g. the last merged commit's target/classes) to run beside this one. */
    private static final String BASELINE = "MARGIN_STARTUP_BASELINE";
    /** JVM options for one more subject: this build with them, and an AOT cache trained with them. */
    private static final String VARIANT = "MARGIN_STARTUP_VARIANT";
    /** The phase under which a run's CPU time (all threads, user and system) at its "shown" line is recorded. */
    private static final String CPU_AT_SHOWN = "cpu-at-shown";
    private static Path sqliteLibrary;

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("startup.runs", Integer.parseInt(System.getenv().getOrDefault("MARGIN_STARTUP_RUNS", "7")));
        Path dir = Files.createTempDirectory("margin-startup");
        Path dataFolder = dir.resolve("data");
        String classpath = jarClasspath(dir);
        sqliteLibrary = extractSqliteLibrary(dir);
        System.out.println("java: " + Runtime.version() + " (" + System.getProperty("java.home") + "), platform: "
                + (Boolean.getBoolean("startup.display") ? "GTK on DISPLAY " + System.getenv("DISPLAY") : "Headless"));
        // The first start seeds the sample article; the training starts and timed starts are everyday starts after it.
        phases(margin(classpath, dataFolder, List.of()));
        Path emptyCache = dir.resolve("empty.aot");
        Path marginCache = dir.resolve("margin.aot");
        train(window(classpath, List.of("-XX:AOTCacheOutput=" + emptyCache), EmptyWindowMain.class.getName()), emptyCache);
        train(margin(classpath, dataFolder, List.of("-XX:AOTCacheOutput=" + marginCache)), marginCache);

        Map<String, List<String>> subjects = new LinkedHashMap<>();
        subjects.put(FLOOR, window(classpath, List.of("-XX:AOTCache=" + emptyCache), EmptyWindowMain.class.getName()));
        subjects.put("empty JavaFX window, plain", window(classpath, List.of(), EmptyWindowMain.class.getName()));
        subjects.put("Margin, plain (JDK default CDS)", margin(classpath, dataFolder, List.of()));
        subjects.put("Margin + AOT cache of a training start", margin(classpath, dataFolder, List.of("-XX:AOTCache=" + marginCache)));
        String variant = System.getenv(VARIANT);
        if (variant != null && !variant.isBlank()) {
            // The same build started with other JVM options (trained with them too), e.g. -XX:TieredStopAtLevel=1.
            List<String> options = List.of(variant.strip().split("\\s+"));
            Path variantCache = dir.resolve("variant.aot");
            List<String> training = new ArrayList<>(options);
            training.add("-XX:AOTCacheOutput=" + variantCache);
            train(margin(classpath, dataFolder, training), variantCache);
            List<String> timed = new ArrayList<>(options);
            timed.add("-XX:AOTCache=" + variantCache);
            subjects.put("Margin + AOT cache, " + variant.strip(), margin(classpath, dataFolder, timed));
        }
        String baseline = System.getenv(BASELINE);
        if (baseline != null && !baseline.isBlank()) {
            // Another build of Margin's own classes (a jar), on the same libraries, with its own cache and data folder.
            String baselineClasspath = classpath.replace(dir.resolve("classes-0.jar").toString(), Path.of(baseline).toAbsolutePath().toString());
            Path baselineData = dir.resolve("baseline-data");
            Path baselineCache = dir.resolve("baseline.aot");
            phases(margin(baselineClasspath, baselineData, List.of()));
            train(margin(baselineClasspath, baselineData, List.of("-XX:AOTCacheOutput=" + baselineCache)), baselineCache);
            subjects.put("Margin at the baseline (" + baseline + ") + its AOT cache",
                    margin(baselineClasspath, baselineData, List.of("-XX:AOTCache=" + baselineCache)));
        }
        Map<String, List<Map<String, Long>>> results = new LinkedHashMap<>();
        subjects.keySet().forEach(label -> results.put(label, new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (Map.Entry<String, List<String>> subject : subjects.entrySet()) {
                results.get(subject.getKey()).add(phases(subject.getValue()));
            }
        }
        report(results);
        System.out.printf(Locale.ROOT, "AOT caches: empty window %d MB, Margin %d MB%n",
                Files.size(emptyCache) / (1024 * 1024), Files.size(marginCache) / (1024 * 1024));
    }

    private static void report(Map<String, List<Map<String, Long>>> results) {
        long floor = median(phase(results.get(FLOOR), "shown"));
        for (Map.Entry<String, List<Map<String, Long>>> result : results.entrySet()) {
            List<Long> shown = phase(result.getValue(), "shown");
            long median = median(shown);
            System.out.printf(Locale.ROOT, "%s: shown, median %d ms  (runs %s); CPU time by then, median %d ms%n", result.getKey(), median,
                    shown, median(phase(result.getValue(), CPU_AT_SHOWN)));
            if (result.getKey().equals(FLOOR)) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  first window %.2f x the floor (goal %.1f)%n", (double) median / floor, WINDOW_GOAL);
            if (result.getValue().get(0).containsKey("article")) {
                long article = median(phase(result.getValue(), "article"));
                System.out.printf(Locale.ROOT, "  last article with highlights: median %d ms, %.2f x the floor (goal %.1f)%n",
                        article, (double) article / floor, ARTICLE_GOAL);
                StringBuilder line = new StringBuilder("  phases, median ms from process start:");
                for (String name : PHASES) {
                    line.append(' ').append(name).append(' ').append(median(phase(result.getValue(), name)));
                }
                System.out.println(line);
            }
        }
    }

    /** One untimed start that writes an AOT cache when it exits (JEP 514: recording and creating in one step). */
    private static void train(List<String> command, Path cache) throws IOException, InterruptedException {
        phases(command);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training start wrote no AOT cache: " + command);
        }
    }

    private static List<Long> phase(List<Map<String, Long>> runs, String name) {
        return runs.stream().map(run -> run.getOrDefault(name, -1L)).toList();
    }

    private static List<String> margin(String classpath, Path dataFolder, List<String> vmOptions) {
        List<String> command = java(classpath, vmOptions);
        // As the installed app: SQLite's native library from a folder of its own, not extracted to /tmp at each start.
        if (sqliteLibrary != null) {
            command.add("-Dorg.sqlite.lib.path=" + sqliteLibrary.getParent());
            command.add("-Dorg.sqlite.lib.name=" + sqliteLibrary.getFileName());
        }
        command.add("-Dmargin.exitAfterArticle=true");
        command.add(Launcher.class.getName());
        command.add("--data-dir");
        command.add(dataFolder.toString());
        return command;
    }

    private static List<String> window(String classpath, List<String> vmOptions, String mainClass) {
        List<String> command = java(classpath, vmOptions);
        command.add(mainClass);
        return command;
    }

    private static List<String> java(String classpath, List<String> vmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(vmOptions);
        if (!Boolean.getBoolean("startup.display")) {
            command.addAll(HEADLESS);
        }
        command.add("-Dmargin.startupTimeline=true");
        command.add("-cp");
        command.add(classpath);
        return command;
    }

    /** This benchmark's classpath with every class directory replaced by a jar of it (an AOT cache accepts only jars). */
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
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("margin.phase")) {
                    phases.putIfAbsent(parts[2], Long.parseLong(parts[1]) - start);
                    if (parts[2].equals("shown")) {
                        phases.putIfAbsent(CPU_AT_SHOWN, cpuMillis(process.pid()));
                    }
                } else if (other.size() < 20) {
                    other.add(line);
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!phases.containsKey("shown")) {
            throw new IllegalStateException("the window never said it was shown: " + command + "\n" + String.join("\n", other));
        }
        return phases;
    }

    /**
     * The process's CPU time so far, user and system, all threads (from /proc; -1 elsewhere): a figure the machine's
     * other load changes far less than wall time.
     */
    private static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** sqlite-jdbc's native library for this platform, taken out of its jar once (the app-image ships it the same way). */
    private static Path extractSqliteLibrary(Path dir) throws IOException {
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        String resource = "/org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so";
        try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null || !System.getProperty("os.name").startsWith("Linux")) {
                return null; // elsewhere sqlite-jdbc extracts it as usual
            }
            Path library = dir.resolve("sqlite-native").resolve("libsqlitejdbc.so");
            Files.createDirectories(library.getParent());
            Files.copy(in, library);
            return library;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
