package dev.margin.installer;

import dev.margin.store.DataDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the app-image that the dist profile built (target/dist/Margin) the way a user's desktop or a
 * terminal would: its own launcher, its own jlinked runtime, no display. Bound to {@code mvn verify}
 * through maven-failsafe; the launcher path and version come from the pom as system properties.
 *
 * <p>It checks what a packaging mistake would break: the version option, the self-check on a fresh
 * library, imports that need the trimmed runtime's optional modules (jdk.charsets for Shift_JIS,
 * flexmark for Markdown), the library location shared with the Maven-run app, and the module list.
 */
class AppImageSelfCheckIT {
    private static final long TIMEOUT_SECONDS = 60;

    /**
     * The runtime's modules: the jlink roots in the pom plus what they require. A change here is a decision: javafx.swing
     * (and jdk.unsupported.desktop with it) went out when the window snapshot stopped using SwingFXUtils.
     */
    private static final Set<String> EXPECTED_MODULES = Set.of(
            "java.base", "java.datatransfer", "java.desktop", "java.logging", "java.net.http", "java.prefs",
            "java.sql", "java.transaction.xa", "java.xml",
            "javafx.base", "javafx.controls", "javafx.graphics",
            "jdk.charsets", "jdk.crypto.ec", "jdk.localedata", "jdk.unsupported");

    private static Path appImage;
    private static Path launcher;
    private static String version;

    @TempDir
    Path temp;

    @BeforeAll
    static void findAppImage() {
        appImage = Path.of(requiredProperty("margin.appImage"));
        launcher = appImage.resolve(requiredProperty("margin.launcher"));
        version = requiredProperty("margin.version");
        assertThat(launcher).as("the app-image launcher built by `mvn package` (dist profile)").isExecutable();
    }

    @Test
    void theLauncherOpensTheJavaFxInternalsControlsFxNeeds() throws IOException {
        // Without these the claim and quote editors (ControlsFX autocompletion) fail with IllegalAccessError
        // in the installed app, where JavaFX is jlinked as modules and ControlsFX is on the class path.
        Path config;
        try (var files = Files.walk(appImage)) {
            config = files.filter(file -> file.getFileName().toString().equals("Margin.cfg")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(config, StandardCharsets.UTF_8)).contains(
                "java-options=--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "java-options=--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED",
                "java-options=--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED");
    }

    /**
     * The .deb's postinst runs make-aot-cache.sh where the app is installed; this runs it on the app-image. A bare
     * app-image (no cache yet) starts without one, saying nothing; after the script (a real training start on
     * JavaFX's headless platform), the launcher reads the start's classes from the cache; a cache that is not the
     * JVM's (a foreign or damaged file) is ignored, again saying nothing.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void theAotCacheIsUsedOnceMadeAndQuietlySkippedWhenMissingOrForeign() throws Exception {
        Path cache = appImage.resolve(Path.of("lib", "margin.aot"));
        Map<String, String> classLoadLog = Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");
        try {
            Files.deleteIfExists(cache);
            assertStartedWithoutTheCache(run(classLoadLog, "--version"));

            Run make = finish(new ProcessBuilder("sh", appImage.resolve(Path.of("lib", "app", "make-aot-cache.sh")).toString()), 300);
            assertThat(make.exitCode()).as(make.describe()).isZero();
            assertThat(cache).isRegularFile();
            assertThat(Files.size(cache)).isGreaterThan(10_000_000);
            Run used = run(classLoadLog, "--version");
            assertThat(used.exitCode()).as(used.describe()).isZero();
            assertThat(used.out()).contains("dev.margin.Launcher source: shared objects file", "Margin " + version);
            assertThat(used.err().lines().filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))).as(used.describe()).isEmpty();

            Files.write(cache, "not an AOT cache".getBytes(StandardCharsets.US_ASCII));
            assertStartedWithoutTheCache(run(classLoadLog, "--version"));
        } finally {
            Files.deleteIfExists(cache);
        }
    }

    private void assertStartedWithoutTheCache(Run run) {
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("dev.margin.Launcher source: file:", "Margin " + version)
                .doesNotContain("shared objects file");
        assertThat(run.err().lines().filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))).as(run.describe()).isEmpty();
    }

    /** The launcher points sqlite-jdbc at the SQLite library shipped beside the jars: nothing is extracted to the temporary folder. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void theSqliteLibraryIsLoadedFromTheAppFolderNotExtracted() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Run run = run(Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp), "--self-check", "--data-dir", temp.resolve("data").toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("Self-check passed.");
        assertThat(appImage.resolve(Path.of("lib", "app", "libsqlitejdbc.so"))).isRegularFile();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(file -> file.getFileName().toString())).as("files in the temporary folder").noneMatch(name -> name.contains("sqlite"));
        }
    }

    @Test
    void versionOptionPrintsTheProjectVersion() throws Exception {
        Run run = run(Map.of(), "--version");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out().strip()).isEqualTo("Margin " + version);
    }

    @Test
    void selfCheckCreatesAFreshLibraryAndPassesWithoutADisplay() throws Exception {
        Path dataDir = temp.resolve("data");

        Run run = run(Map.of(), "--self-check", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out())
                .contains("Margin " + version + " self-check")
                .contains("Library: " + dataDir.resolve(DataDirectory.FILE_NAME))
                .contains("Articles: 0, annotations: 0, actors: 0")
                .contains("Integrity check: ok")
                .contains("Self-check passed.");
        assertThat(run.err()).as("nothing on the error stream (JDK 25 warns of native access without the launcher's option)").isEmpty();
        assertThat(dataDir.resolve(DataDirectory.FILE_NAME)).isRegularFile();
    }

    @Test
    void importsThroughTheTrimmedRuntimeLandInTheLibraryTheSelfCheckSees() throws Exception {
        Path dataDir = temp.resolve("data");
        Path shiftJis = temp.resolve("tokyo-report.html");
        Files.write(shiftJis, shiftJisArticle().getBytes(Charset.forName("Shift_JIS")));
        Path markdown = temp.resolve("harbour-vote.md");
        Files.writeString(markdown, markdownArticle(), StandardCharsets.UTF_8);

        Run imported = run(Map.of(), "--data-dir", dataDir.toString(), "import", shiftJis.toString(), markdown.toString());
        Run checked = run(Map.of(), "--self-check", "--data-dir", dataDir.toString());

        assertThat(imported.exitCode()).as(imported.describe()).isZero();
        assertThat(checked.exitCode()).as(checked.describe()).isZero();
        assertThat(checked.out()).contains("Articles: 2,");
    }

    @Test
    void withoutOptionsTheInstalledAppUsesTheSameDataDirectoryAsTheMavenRunApp() throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        // The JVM takes user.home from the password database, not $HOME. JAVA_TOOL_OPTIONS is read by the JVM
        // itself, so it reaches a jpackage launcher too (JDK_JAVA_OPTIONS is only read by the java command).
        Map<String, String> environment = Map.of(
                "HOME", home.toString(),
                "APPDATA", home.resolve("AppData").resolve("Roaming").toString(),
                "JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
        Path expected = new DataDirectory(environment, System.getProperty("os.name"), home).locate(null).file();

        Run run = run(environment, "--self-check");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.out()).contains("Library: " + expected);
        assertThat(expected).isRegularFile();
    }

    @Test
    void theRuntimeHoldsOnlyTheModulesMarginNeeds() throws IOException {
        Path release = runtimeDirectory().resolve("release");
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(release)) {
            properties.load(reader);
        }
        String modules = properties.getProperty("MODULES").replace("\"", "");

        assertThat(new TreeSet<>(Arrays.asList(modules.split(" ")))).isEqualTo(new TreeSet<>(EXPECTED_MODULES));
    }

    private static Path runtimeDirectory() {
        Path linuxAndWindows = appImage.resolve(Path.of("lib", "runtime"));
        if (Files.isDirectory(linuxAndWindows)) {
            return linuxAndWindows;
        }
        Path windows = appImage.resolve("runtime");
        return Files.isDirectory(windows) ? windows : appImage.resolve(Path.of("Contents", "runtime", "Contents", "Home"));
    }

    /**
     * Runs the launcher with a clean environment: no DISPLAY (CI has none, and the self-check must not need one),
     * no MARGIN_DATA_DIR, XDG_DATA_HOME or JAVA_TOOL_OPTIONS from the developer's shell; then the given variables.
     */
    private Run run(Map<String, String> extraEnvironment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(Arrays.asList(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeAll(List.of("DISPLAY", "WAYLAND_DISPLAY", DataDirectory.ENV_VARIABLE, "XDG_DATA_HOME", "JAVA_TOOL_OPTIONS"));
        environment.putAll(extraEnvironment);
        return finish(builder);
    }

    /** Starts the command, waits for it (at most {@value #TIMEOUT_SECONDS} s) and keeps what it printed. */
    private Run finish(ProcessBuilder builder) throws IOException, InterruptedException {
        return finish(builder, TIMEOUT_SECONDS);
    }

    private Run finish(ProcessBuilder builder, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = temp.resolve("out-" + System.nanoTime() + ".txt");
        Path err = temp.resolve("err-" + System.nanoTime() + ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(builder.command() + " did not finish within " + timeoutSeconds + " s");
        }
        return new Run(builder.command(), process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run this through `mvn verify` (failsafe, dist profile)");
        }
        return value;
    }

    private static String shiftJisArticle() {
        return """
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="Shift_JIS"><title>港湾局、夜間の荷役を再開へ</title></head>
                <body><article>
                <h1>港湾局、夜間の荷役を再開へ</h1>
                <p class="byline">東京支局 記者</p>
                <p>【東京】港湾局は二十四日、三週間止まっていた夜間の荷役作業を来月一日から再開すると発表した。</p>
                <p>局長は記者会見で「安全対策は整った。遅れは年内に取り戻せる」と述べた。</p>
                <p>組合側は「人員の補充がなければ同じ事故が起きる」として、再開に慎重な姿勢を示している。</p>
                </article></body></html>
                """;
    }

    private static String markdownArticle() {
        return """
                # Harbour council delays the crane vote again

                *By a staff reporter*

                PORTVALE, Nov. 24 — The harbour council put off its vote on two new cranes for the third time on Tuesday.

                “We will not sign a contract we cannot pay for,” said council chair Edda Voss, adding that the budget office needed “two more weeks, at most.”

                The dockworkers’ union said the delay would cost 140 jobs by spring.
                """;
    }

    /** One finished launcher run. */
    private record Run(List<String> command, int exitCode, String out, String err) {
        String describe() {
            return String.join(" ", command) + " exited " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
