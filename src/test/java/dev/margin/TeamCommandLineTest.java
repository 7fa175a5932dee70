package dev.margin;

import dev.margin.cli.MarginCommand;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import dev.margin.store.postgres.PostgresTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on a team library: {@code team init}, {@code team add-user} and an ordinary command with
 * {@code --library postgresql://...}, wired as the jar's main wires them, against the test server.
 */
class TeamCommandLineTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run margin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = MarginCommand.create(new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, dir.toString()), "Linux", dir),
                (file, files) -> 0, ArticleImporter::new,
                file -> LibraryServices.over(dev.margin.store.sqlite.SqliteStore.open(file), Clock.systemUTC()),
                new PostgresTeamLibraries(prompt -> null));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    @Test
    void initAddUserAndImportIntoATeamLibrary() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = "margin_cli_" + ProcessHandle.current().pid();
        server.admin("CREATE DATABASE " + database);
        String owner = "postgresql://127.0.0.1:" + server.port() + "/" + database + "?user=" + PostgresTestServer.SUPERUSER
                + "&sslmode=disable";

        Run init = margin("team", "init", owner);
        assertThat(init.exit()).as(init.err()).isZero();
        // The number grows with every team migration (V006 adds the published time); that init reports one is the point.
        assertThat(init.out()).containsPattern("is ready \\(schema version [3-9]\\d*\\)");

        Run add = margin("--library", owner, "team", "add-user", "nora", "--role", "annotator");
        assertThat(add.exit()).as(add.err()).isZero();
        Run badRole = margin("--library", owner, "team", "add-user", "nora", "--role", "boss");
        assertThat(badRole.exit()).isEqualTo(1);
        assertThat(badRole.err()).contains("Unknown role \"boss\"");

        Path article = dir.resolve("story.txt");
        Files.writeString(article, "Port traffic rises\n\nACCRA – Container traffic at Tema rose 12% in February, the ports authority said.\n");
        String nora = "postgresql://127.0.0.1:" + server.port() + "/" + database + "?user=nora&sslmode=disable";
        Run imported = margin("--library", nora, "import", article.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Run listed = margin("--library", nora, "list");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Port traffic rises");
        assertThat(Files.exists(dir.resolve(DataDirectory.FILE_NAME))).as("no local library was made").isFalse();

        try (Connection connection = server.connect(database, PostgresTestServer.SUPERUSER);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT created_by FROM margin.article")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("nora");
        }
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndAnUnreachableServerIsNamed() {
        Run withPassword = margin("--library", "postgresql://ana:secret@127.0.0.1:1/news", "list");
        assertThat(withPassword.exit()).isEqualTo(1);
        assertThat(withPassword.err()).contains("Do not put a password").doesNotContain("secret");

        Run unreachable = margin("--library", "postgresql://127.0.0.1:1/news?user=ana&connectTimeout=2", "list");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).contains("news on 127.0.0.1 port 1").contains("cannot be reached");
    }
}
