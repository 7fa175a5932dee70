package dev.margin.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Cold start to the first shown window: each run is a new JVM started with this benchmark's
 * classpath and the headless Monocle arguments, timed from process start to the line "margin.shown"
 * the window prints when it is shown. Margin (on a library that holds the sample article) is compared
 * with an empty JavaFX window measured in the same run, alternating; floor: Margin at most 1.5 times
 * the empty window.
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
        // The first start seeds the sample article; time the everyday start after it.
        time(margin(library));
        time(empty());

        List<Long> marginTimes = new ArrayList<>();
        List<Long> emptyTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            emptyTimes.add(time(empty()));
            marginTimes.add(time(margin(library)));
        }
        long marginMedian = median(marginTimes);
        long emptyMedian = median(emptyTimes);
        double ratio = (double) marginMedian / emptyMedian;
        System.out.printf(Locale.ROOT, "empty JavaFX window: median %d ms  (runs %s)%n", emptyMedian, emptyTimes);
        System.out.printf(Locale.ROOT, "Margin window:       median %d ms  (runs %s)%n", marginMedian, marginTimes);
        System.out.printf(Locale.ROOT, "ratio %.2f, floor %.1f: %s%n", ratio, FLOOR, ratio <= FLOOR ? "within the floor" : "OVER THE FLOOR");
    }

    private static List<String> margin(Path library) {
        List<String> command = java();
        command.add("-Dmargin.exitAfterShow=true");
        command.add(MarginWindowMain.class.getName());
        command.add(library.toString());
        return command;
    }

    private static List<String> empty() {
        List<String> command = java();
        command.add(EmptyWindowMain.class.getName());
        return command;
    }

    private static List<String> java() {
        List<String> command = new ArrayList<>(Arrays.asList(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(HEADLESS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
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
