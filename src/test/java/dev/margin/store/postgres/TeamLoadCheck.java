package dev.margin.store.postgres;

import dev.margin.domain.Article;
import dev.margin.store.sqlite.StoreFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test of the team library, kept in the repository but not among the default tests (its name does not end in
 * Test; it takes minutes): 20 annotators, each a JVM process of its own ({@link LoadAnnotator}) with its own database
 * user (an editor, so that they may edit each other's work), on loopback against the test server; 500 annotations
 * each, edits of shared annotations and deletes. Then, from the logs and the database: acknowledged changes lost (a
 * made annotation missing, a deleted one still there, an acknowledged edit's token missing from the note it was
 * appended to, which is a silent overwrite) must be 0; conflicts reported are counted; save times (p50, p95, p99).
 * Figures go to target/perf/team-load.txt.
 *
 * <p>Run: {@code mvn -B -o test -Dtest=TeamLoadCheck -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TeamLoadCheck {
    /** 20; {@code -Dload.annotators=N} for another number (1 gives the uncontended save time). */
    private static final int ANNOTATORS = Integer.getInteger("load.annotators", 20);
    private static final int SHARED_ARTICLES = 10;
    /**
     * The mean pause of an annotator before each change, 100 ms: ten changes a second each, 200 for the team, which is
     * many times what people annotating by hand make (one change in a few seconds each at most); {@code
     * -Dload.pauseMillis=0} is the closed loop, every annotator changing again the moment the last change returned.
     */
    private static final long PAUSE_MILLIS = Long.getLong("load.pauseMillis", 100);

    @Test
    void twentyAnnotatorsLoseNothing() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        String database = server.freshDatabase();
        TeamLibraryAddress owner = server.address(database, PostgresTestServer.SUPERUSER);
        List<Long> articles = new ArrayList<>();
        try (PostgresStore store = PostgresStore.open(owner, () -> null)) {
            for (int i = 0; i < SHARED_ARTICLES; i++) {
                var draft = StoreFixtures.railDraft();
                Article article = store.articles().insert(new dev.margin.domain.ArticleDraft(draft.title() + " " + i, draft.byline(),
                        draft.outlet(), draft.url() + "/" + i, LocalDate.of(2026, 3, 3), "en", draft.text(), draft.headings()),
                        StoreFixtures.T0);
                articles.add(article.id());
            }
        }
        Path folder = Path.of("target", "perf", "team-load");
        LoadAnnotator.ensureFolder(folder);
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        long startAt = System.currentTimeMillis() + 20_000;
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 1; i <= ANNOTATORS; i++) {
            String name = String.format("load%02d", i);
            TeamSetup.addUser(owner, () -> null, name, "editor");
            String address = "postgresql://127.0.0.1:" + server.port() + "/" + database + "?user=" + name + "&sslmode=disable";
            Path log = folder.resolve(name + ".log");
            logs.add(log);
            processes.add(new ProcessBuilder(java, "-Dload.pauseMillis=" + PAUSE_MILLIS, "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-cp", classPath, LoadAnnotator.class.getName(),
                    address, name, articles.stream().map(String::valueOf).collect(Collectors.joining(",")), String.valueOf(i),
                    log.toString(), String.valueOf(startAt))
                    .redirectErrorStream(true).redirectOutput(folder.resolve(name + ".out").toFile()).start());
        }
        long began = System.nanoTime();
        for (Process process : processes) {
            assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("an annotator finished in time").isTrue();
            assertThat(process.exitValue()).as("an annotator's exit code (see target/perf/team-load/*.out)").isZero();
        }
        double seconds = (System.nanoTime() - began) / 1e9 - Math.max(0, (startAt - System.currentTimeMillis()) / 1000.0);

        Set<String> made = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        Map<String, List<String>> edits = new HashMap<>();
        List<Long> saveMicros = new ArrayList<>();
        List<Long> editMicros = new ArrayList<>();
        int conflicts = 0;
        int failures = 0;
        for (Path log : logs) {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                String[] part = line.split(" ", 4);
                switch (part[0]) {
                    case "C" -> {
                        made.add(part[1]);
                        saveMicros.add(Long.parseLong(part[2]));
                    }
                    case "E" -> {
                        edits.computeIfAbsent(part[1], id -> new ArrayList<>()).add(part[2]);
                        editMicros.add(Long.parseLong(part[3]));
                    }
                    case "D" -> deleted.add(part[1]);
                    case "X" -> conflicts++;
                    default -> failures++;
                }
            }
        }
        Map<String, String> notes = new HashMap<>();
        try (Connection connection = server.connect(database, PostgresTestServer.SUPERUSER);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, note FROM margin.annotation")) {
            while (rows.next()) {
                notes.put(rows.getString(1), rows.getString(2));
            }
        }
        long lostMade = made.stream().filter(id -> !deleted.contains(id) && !notes.containsKey(id)).count();
        long lostDeletes = deleted.stream().filter(notes::containsKey).count();
        long silentOverwrites = 0;
        for (Map.Entry<String, List<String>> edited : edits.entrySet()) {
            String note = notes.get(edited.getKey());
            if (note == null) {
                continue;
            }
            Set<String> tokens = new HashSet<>(Arrays.asList(note.split("\\|")));
            silentOverwrites += edited.getValue().stream().filter(token -> !tokens.contains(token)).count();
        }
        int editCount = edits.values().stream().mapToInt(List::size).sum();
        String report = String.join("\n",
                "annotators (JVM processes): " + ANNOTATORS + ", shared articles: " + SHARED_ARTICLES
                        + ", mean pause before a change: " + PAUSE_MILLIS + " ms",
                "wall time (s): " + String.format("%.1f", seconds),
                "annotations made and acknowledged: " + made.size(),
                "edits acknowledged: " + editCount + ", deletes acknowledged: " + deleted.size(),
                "conflicts reported (stale edit or delete refused): " + conflicts + ", other failures: " + failures,
                "acknowledged changes lost: made " + lostMade + ", deletes " + lostDeletes + ", edits (silent overwrites) " + silentOverwrites,
                "save (insert) micros p50/p95/p99/max: " + percentiles(saveMicros),
                "edit (update) micros p50/p95/p99/max: " + percentiles(editMicros),
                "");
        Files.writeString(folder.resolveSibling("team-load.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(lostMade + lostDeletes + silentOverwrites).as(report).isZero();
        assertThat(failures).as(report).isZero();
        assertThat(made).hasSize(ANNOTATORS * 500);
        if (ANNOTATORS > 1) {
            assertThat(conflicts).as("editing the same annotations at once must meet conflicts").isPositive();
        }
    }

    static String percentiles(List<Long> micros) {
        if (micros.isEmpty()) {
            return "-";
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        return Arrays.stream(new double[] {0.50, 0.95, 0.99}).mapToObj(p -> String.valueOf(sorted[(int) Math.min(sorted.length - 1,
                Math.ceil(p * sorted.length) - 1)])).collect(Collectors.joining("/")) + "/" + sorted[sorted.length - 1];
    }
}
