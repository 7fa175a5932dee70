package dev.margin.bench;

import dev.margin.Launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the list of classes a start loads ({@code dev/margin/ui/startup-classes.txt}): starts Margin headless
 * through its real entry point on a library holding the sample article, with the JVM's class-load log on and the
 * class warmer off, and keeps, in load order, every class it loaded from the class path or the runtime image
 * until the first article was shown. Classes the JDK's own class-data archive already holds, generated classes
 * (lambdas, hidden classes) and test-only classes (Monocle, the benchmarks) are left out. Two users: the class
 * warmer ({@code dev.margin.ui.ClassWarmer}) preloads them at every start, and the installed app's start-up
 * archive is made by loading them ({@code dev.margin.ui.StartupArchive}, docs/perf/startup.md).
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench.main=dev.margin.bench.StartupClassList \
 *     -Dbench.args=src/main/resources/dev/margin/ui/startup-classes.txt</pre>
 */
public final class StartupClassList {
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source: (?:(?:jar:)?file:|jrt:/).*");
    private static final List<String> LEFT_OUT = List.of("com.sun.glass.ui.monocle.", "dev.margin.bench.", "org.testfx.");

    private StartupClassList() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: StartupClassList OUTPUT_FILE");
            System.exit(2);
        }
        Path dataFolder = Files.createTempDirectory("margin-class-list");
        start(dataFolder); // the first start seeds the sample article
        Set<String> classes = start(dataFolder);
        List<String> lines = new ArrayList<>();
        lines.add("# Classes one start of the Margin window loads from the class path and the runtime image, in load order,");
        lines.add("# less those in the JDK's own class-data archive. The class warmer preloads them; the installed app's");
        lines.add("# start-up archive is made from them. Written by dev.margin.bench.StartupClassList (docs/perf/startup.md);");
        lines.add("# regenerate it after changing what the window builds at start.");
        lines.addAll(classes);
        Path output = Path.of(args[0]);
        Files.write(output, lines, StandardCharsets.UTF_8);
        System.out.println(classes.size() + " classes written to " + output.toAbsolutePath());
    }

    /** The classes loaded from the class path or the runtime image until the first article was shown. */
    private static Set<String> start(Path dataFolder) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Xlog:class+load=info:stdout", "-Dmargin.classWarmer=false", "-Dmargin.startupTimeline=true", "-Dmargin.exitAfterArticle=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", dataFolder.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Set<String> classes = new LinkedHashSet<>();
        boolean articleShown = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("margin.phase ") && line.endsWith(" article")) {
                    articleShown = true;
                }
                Matcher loaded = LOADED.matcher(line);
                if (!articleShown && loaded.find()) {
                    String className = loaded.group(1);
                    if (keep(className)) {
                        classes.add(className);
                    }
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!articleShown) {
            throw new IllegalStateException("Margin never showed its first article: " + command);
        }
        return classes;
    }

    private static boolean keep(String className) {
        return !className.contains("$$Lambda") && !className.contains("/0x") && LEFT_OUT.stream().noneMatch(className::startsWith);
    }
}
