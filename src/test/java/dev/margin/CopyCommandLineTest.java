package dev.margin;

import dev.margin.cli.MarginCommand;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.Provenance;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.store.DataDirectory;
import dev.margin.store.postgres.PostgresTestServer;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin copy}: a local library into a team library, and one person's part of it back into a new local one. */
class CopyCommandLineTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run margin(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = MarginCommand.create(new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, dir.resolve("default").toString()),
                        "Linux", dir), (file, files) -> 0, ArticleImporter::new,
                file -> LibraryServices.over(SqliteStore.open(file), Clock.systemUTC()), new PostgresTeamLibraries(prompt -> null));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    @Test
    void aLocalLibraryGoesIntoATeamLibraryAndOnePersonsPartComesBack() throws Exception {
        Path desk = dir.resolve("desk");
        try (SqliteStore store = SqliteStore.open(desk.resolve(DataDirectory.FILE_NAME))) {
            Article rail = store.articles().insert(StoreFixtures.railDraft(), StoreFixtures.T0);
            store.articles().insert(StoreFixtures.portDraft(), StoreFixtures.T0);
            Annotation anas = StoreFixtures.highlight(rail.id(), "Lagos");
            Annotation tomas = StoreFixtures.highlight(rail.id(), "Abuja");
            store.annotations().insertAll(List.of(anas, tomas));
            store.provenance().stampAnnotations(Map.of(anas.id(), Provenance.madeBy("ana"), tomas.id(), Provenance.madeBy("tomas")));
        }
        PostgresTestServer server = PostgresTestServer.get();
        String team = "postgresql://127.0.0.1:" + server.port() + "/" + server.freshDatabase() + "?user=" + PostgresTestServer.SUPERUSER
                + "&sslmode=disable";

        Run in = margin("copy", "--from", desk.toString(), "--to", team);
        assertThat(in.exit()).as(in.err()).isZero();
        assertThat(in.out()).contains("Copied 2 articles (2 revisions), 2 annotations, 0 actors");

        Path mine = dir.resolve("tomas");
        Run out = margin("copy", "--from", team, "--to", mine.toString(), "--annotator", "tomas");
        assertThat(out.exit()).as(out.err()).isZero();
        assertThat(out.out()).contains("Copied 1 article (1 revision), 1 annotation").contains("made by tomas");
        try (SqliteStore store = SqliteStore.open(mine.resolve(DataDirectory.FILE_NAME))) {
            assertThat(store.provenance().annotators()).containsExactly("tomas");
        }

        Run again = margin("copy", "--from", desk.toString(), "--to", team);
        assertThat(again.out()).contains("Copied 0 articles").contains("2 articles already there").contains("2 annotations already there");

        Run missing = margin("copy", "--from", dir.resolve("nowhere").toString(), "--to", team);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("there is no Margin library in");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
    }
}
