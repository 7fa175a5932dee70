package dev.margin.cli;

import com.sun.net.httpserver.HttpServer;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.store.DataDirectory;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin import}: new, duplicate and revised articles, URLs from a local server, and every kind of bad input. */
class ImportCommandTest {
    @TempDir
    Path dir;
    private Path dataDir;
    private CliRunner cli;
    private HttpServer server;

    @BeforeEach
    void setUp() {
        cli = CliRunner.in(dir);
        dataDir = cli.dataDir();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String fixtureText(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/margin/importer/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Annotation> annotations(long articleId) {
        try (SqliteStore store = SqliteStore.open(dataDir.resolve(DataDirectory.FILE_NAME))) {
            return store.annotations().forArticle(articleId);
        }
    }

    @Test
    void importsEveryFixtureAndRecognisesTheSameArticleAgain() throws IOException {
        List<String> names = List.of("wire-report.html", "cluttered-news.html", "liveblog.html", "emoji-community.html",
                "arabic-rtl.html", "chinese.html", "japanese-shift-jis.html", "windows-1252.html", "broken-tags.html");
        String[] files = names.stream().map(name -> {
            try {
                return AnnotatedLibrary.importerFixture(dir, name).toString();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);

        CliRunner.Run first = cli.run(prepend("import", files));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines()).hasSize(names.size()).allMatch(line -> line.startsWith("new "));
        assertThat(cli.run("list").out().lines()).hasSize(names.size());

        CliRunner.Run again = cli.run("import", files[0], files[3]);

        assertThat(again.exitCode()).isZero();
        assertThat(again.out().lines()).hasSize(2).allMatch(line -> line.startsWith("duplicate ") && line.contains("nothing changed"));
        assertThat(cli.run("list").out().lines()).hasSize(names.size());
    }

    @Test
    void aChangedVersionBecomesARevisionAndItsAnnotationsAreReanchored() throws IOException {
        String original = fixtureText("wire-report.html");
        Path first = Files.writeString(dir.resolve("port-v1.html"), original);
        assertThat(cli.run("import", first.toString()).exitCode()).isZero();
        String id = cli.run("list").out().split("\t")[0];
        assertThat(cli.run("annotate", id, "--quote", "“Nobody got everything they wanted.”", "--speaker", "Ingrid Halvorsen").exitCode()).isZero();
        assertThat(cli.run("annotate", id, "--actor", "Piet de Graaf", "--actor-type", "person").exitCode()).isZero();
        assertThat(cli.run("annotate", id, "--claim", "about €310 million", "--claimant", "Fjordline Research").exitCode()).isZero();
        assertThat(cli.run("annotate", id, "--highlight", "Smaller feeder ships will pay 9% less.").exitCode()).isZero();

        // the update: a new first paragraph, the figures paragraph rewritten, the rest as it was
        String updated = original
                .replace("<p>BERGHOLM, March 14", "<p>Updates with the union’s reaction in paragraph five.</p>\n<p>BERGHOLM, March 14")
                .replace("Smaller feeder ships will pay 9% less.", "Feeder ships get a smaller cut.");
        Path second = Files.writeString(dir.resolve("port-v2.html"), updated);

        CliRunner.Run revised = cli.run("import", second.toString());

        assertThat(revised.exitCode()).as(revised.err()).isZero();
        assertThat(revised.out()).startsWith("revised   " + id + "\t").contains("revision 2, annotations: 0 ok, 3 moved, 1 orphaned");
        List<Annotation> annotations = annotations(Long.parseLong(id));
        assertThat(annotations).filteredOn(a -> a.anchorState() == AnchorState.MOVED).extracting(Annotation::exact)
                .containsExactlyInAnyOrder("“Nobody got everything they wanted.”", "Piet de Graaf", "about €310 million");
        assertThat(annotations).filteredOn(a -> a.anchorState() == AnchorState.ORPHANED).extracting(Annotation::exact)
                .containsExactly("Smaller feeder ships will pay 9% less.");

        CliRunner.Run show = cli.run("show", id);
        assertThat(show.out()).contains("revision 2", "[Q1:“Nobody got everything they wanted.”]", "[A2:Piet de Graaf]",
                "; moved in revision 2", "Orphaned (their words were not found in this revision; not marked above):",
                "H4 highlight «Smaller feeder ships will pay 9% less.»");
        assertThat(show.out()).doesNotContain("[H4:");
    }

    @Test
    void showPrintsThePublishedTimeWithItsOffsetAndTheDateWhereItWasPublished() throws IOException {
        Path page = dir.resolve("shelter.html");
        Files.writeString(page, "<html><head><meta property='article:published_time' content='2026-03-04T23:30:00-05:00'>"
                + "</head><body><article><h1>County's only overnight shelter to close in April</h1><p>"
                + "The shelter will close its doors at the end of April, officials confirmed late on Wednesday. ".repeat(4)
                + "</p></article></body></html>");
        assertThat(cli.run("import", page.toString()).exitCode()).isZero();
        String id = cli.run("list").out().split("\t")[0];
        assertThat(cli.run("list").out()).contains("2026-03-04");
        assertThat(cli.run("show", id).out()).contains("2026-03-04 23:30 -05:00");
    }

    @Test
    void keepBlockBringsADroppedBlockBackAtItsPlaceAsARevisionAndTheAnnotationsFollow() throws IOException {
        Path page = dir.resolve("bridge.html");
        Files.writeString(page, "<html><head><title>Bridge</title></head><body><article><h1>Old bridge to reopen in May</h1>"
                + "<p>The old bridge over the river will reopen to traffic in May after two years of repairs, the council said.</p>"
                + "<div class=newsletter><p>Sign up for the morning briefing from the Courier.</p></div>"
                + "<p>Engineers replaced the steel deck and strengthened the stone piers, which date from 1887.</p>"
                + "<p>Cyclists will get a separate lane on the downstream side of the bridge from the first day.</p>"
                + "</article></body></html>");
        CliRunner.Run first = cli.run("import", page.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains(": dropped 1: Sign up for the morning briefing from the Courier.");
        String id = first.out().split("\\s+")[1];
        assertThat(cli.run("annotate", id, "--highlight", "Engineers replaced the steel deck").exitCode()).isZero();

        CliRunner.Run kept = cli.run("import", page.toString(), "--keep-block", "1");

        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("duplicate ", "restored  " + id, "block 1 brought back as paragraph 2", "revision 2",
                "0 ok, 1 moved, 0 orphaned");
        String shown = cli.run("show", id).out();
        assertThat(shown).containsSubsequence("after two years of repairs", "Sign up for the morning briefing",
                "[H1:Engineers replaced the steel deck]");
        assertThat(cli.run("import", page.toString(), "--keep-block", "7").err()).contains("there is no dropped block 7");
    }

    @Test
    void importsAPageByUrlFromALocalServer() throws IOException {
        byte[] page = fixtureText("cluttered-news.html").getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/night-bus", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/feed.json", exchange -> {
            byte[] json = "{\"items\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        CliRunner.Run run = cli.run("import", base + "/news/night-bus", base + "/feed.json", base + "/missing");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("new ").contains("night-bus"));
        assertThat(run.err()).contains("failed  " + base + "/feed.json: ", "failed  " + base + "/missing: ", "2 of 3 inputs failed");
        assertThat(cli.run("list").out().lines()).hasSize(1);
    }

    @Test
    void badInputsFailWithTheirOwnMessageAndStoreNothing() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Path noArticle = Files.writeString(dir.resolve("menu.html"),
                "<html><head><title>Menu</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></body></html>");
        Path missing = dir.resolve("not-there.md");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort + "/story";

        CliRunner.Run run = cli.run("import", empty.toString(), binary.toString(), noArticle.toString(), missing.toString(),
                unreachable, "https://exa mple.org/bad url");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        List<String> failures = run.err().lines().filter(line -> line.startsWith("failed  ")).toList();
        assertThat(failures).hasSize(6);
        assertThat(failures.get(0)).contains(empty.toString());
        assertThat(failures.get(1)).contains(binary.toString());
        assertThat(failures.get(2)).contains(noArticle.toString());
        assertThat(failures.get(3)).contains(missing.toString());
        assertThat(failures.get(4)).contains(unreachable);
        assertThat(failures.get(5)).contains("https://exa mple.org/bad url", "not a valid URL");
        assertThat(run.err()).contains("6 of 6 inputs failed");
        assertThat(cli.run("list").out()).isEmpty();
    }

    @Test
    void anFtpAddressIsAnUnsupportedSchemeNotAMissingFile() {
        CliRunner.Run run = cli.run("import", "ftp://files.example.org/report.html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("failed  ftp://files.example.org/report.html: ", "unsupported address scheme")
                .doesNotContain("no such file");
        assertThat(cli.run("list").out()).isEmpty();
    }

    @Test
    void theDroppedBoilerplateLinesArePrintedUnderTheInputsName() throws IOException {
        Path file = AnnotatedLibrary.importerFixture(dir, "cluttered-news.html");

        CliRunner.Run run = cli.run("import", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).singleElement().asString().startsWith("new ");
        assertThat(run.err().lines()).contains("margin import: " + file + ": dropped 10: Also read: Parking levy to rise by 8% next year",
                "margin import: " + file + ": dropped 7: Advertisement");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

}
