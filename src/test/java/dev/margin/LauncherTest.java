package dev.margin;

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
 * The jar's entry point in a child JVM, as an installed copy runs it: the process exit codes, and the
 * library chosen through MARGIN_DATA_DIR. (The window path is wired to the UI at merge and is not run here.)
 */
class LauncherTest {
    @TempDir
    Path dir;

    private record Exit(int code, String out, String err) {
    }

    private Exit launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("MARGIN_DATA_DIR", dir.resolve("data").toString());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("margin " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndSelfCheckWorkWithoutADisplay() throws Exception {
        Exit version = launch("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Margin ");

        Exit check = launch("--self-check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("Library: " + dir.resolve("data").resolve("margin.db"), "Integrity check: ok");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void exitCodesAreZeroOneAndTwo() throws Exception {
        Path page = Files.writeString(dir.resolve("story.txt"), "Ferry fares rise\n\nFares on the island ferry will rise 4% in May, the operator said.\n");

        Exit imported = launch("import", page.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("new ");
        assertThat(imported.err()).as("no logging noise on the error stream").isEmpty();

        Exit failed = launch("show", "42");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("there is no article 42");

        Exit usage = launch("list", "--colour");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option: '--colour'", "Usage: margin list");
    }
}
