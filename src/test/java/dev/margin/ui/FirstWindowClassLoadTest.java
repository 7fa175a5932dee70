package dev.margin.ui;

import dev.margin.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a start loads before its first window is shown: a real start through {@link Launcher} in a new JVM (JavaFX's
 * headless platform) with class-load logging, on a library holding the sample article. Nothing the first window
 * does not show may load before it: the review window and its tabs, the exporters and their libraries (PDF, JSON,
 * CSV), the suggester (its menu and panel section are part of the first window; the engine is not). Each such class costs start-up time (loading, linking, static initialisers) that the user
 * waits for and that belongs to the moment the feature is first used.
 */
class FirstWindowClassLoadTest {
    /** Packages and classes no start may load before the window is shown. */
    private static final List<String> NOT_BEFORE_THE_WINDOW = List.of(
            "dev.margin.ui.review.", "dev.margin.ui.stats.", "dev.margin.ui.actors.", "dev.margin.ui.claims.",
            "dev.margin.export.", "org.apache.pdfbox.", "org.apache.fontbox.", "com.fasterxml.jackson.",
            "org.apache.commons.csv.", "dev.margin.suggest.Suggester");
    /**
     * Classes of those packages the first window does need: the reader window implements the review window's
     * ArticleOpener; JsonLdFormatException is named in a catch clause of the command line's annotation import,
     * so it loads with the command line (an exception class alone, nothing of the JSON-LD reader).
     */
    private static final List<String> NEEDED = List.of("dev.margin.ui.review.ArticleOpener", "dev.margin.export.JsonLdFormatException");
    private static final String SHOWN = "margin.shown";

    @TempDir
    Path temp;

    @Test
    void reviewExportPdfAndSuggestionsLoadOnlyAfterTheFirstWindowIsShown() throws Exception {
        Path dataDir = temp.resolve("data");
        start(dataDir, false); // the first start seeds the sample article; the everyday start comes after
        List<String> output = start(dataDir, true);

        int shownAt = output.indexOf(SHOWN);
        assertThat(shownAt).as("the window said it was shown").isPositive();
        List<String> loadedBefore = output.subList(0, shownAt).stream()
                .filter(line -> line.contains("[class,load]"))
                .map(FirstWindowClassLoadTest::className)
                .toList();
        assertThat(loadedBefore).as("classes loaded before the first window").contains(Launcher.class.getName(), MarginApp.class.getName());
        assertThat(loadedBefore.stream().filter(name -> NOT_BEFORE_THE_WINDOW.stream().anyMatch(name::startsWith) && !NEEDED.contains(name)))
                .as("classes of features the first window does not show, loaded before it").isEmpty();
    }

    /** "[0.123s][info][class,load] a.b.C source: ..." gives a.b.C. */
    private static String className(String line) {
        String rest = line.substring(line.indexOf("[class,load]") + "[class,load]".length()).strip();
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
    }

    private static List<String> start(Path dataDir, boolean logClassLoading) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dmargin.exitAfterShow=true"));
        if (logClassLoading) {
            command.add("-Xlog:class+load=info:stdout");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", dataDir.toString()));
        Path log = Files.createTempFile("margin-class-load", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the start did not end: " + command);
            }
            assertThat(process.exitValue()).as("exit code of %s", command).isZero();
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
