package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.Annotation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text format on the fixture articles (overlapping annotations, emoji, an Arabic paragraph),
 * compared with golden files, and each read back the way its consumers would read it.
 */
class ExportGoldenTest {
    private final ExportBundle bundle = ExportFixtures.bundle();

    @Test
    void markdownMatchesGolden() throws IOException {
        String markdown = export(new MarkdownExporter(true));

        GoldenFiles.assertMatches("notes.md", markdown);
        assertThat(markdown).startsWith("---\ntitle: \"Rail link to open in March, minister says 🚆\"\n")
                .contains("> — [[Adaeze Okafor]] (transport minister as of 2026-11-20), *promising*, partial quote")
                .contains("- **Claimant:** [[Adaeze Okafor]] (transport minister as of 2026-11-20)")
                .contains("role: transport minister as of 2026-11-20")
                .contains("tags:\n  - \"fares\"")
                .contains("Opposition party \\[coastal\\] \\| \"CA\"");
    }

    @Test
    void markdownWithoutWikiLinksUsesBoldNames() throws IOException {
        assertThat(export(new MarkdownExporter(false))).contains("— **Adaeze Okafor** (transport minister as of 2026-11-20), *promising*")
                .doesNotContain("[[");
    }

    @Test
    void htmlMatchesGoldenAndEscapesEverything() throws IOException {
        String html = export(new HtmlExporter());

        GoldenFiles.assertMatches("page.html", html);
        assertThat(html).doesNotContain("<b>not html</b>").contains("&lt;b&gt;not html&lt;/b&gt;")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link")
                .contains("<p dir=\"auto\">قالت");
    }

    @Test
    void htmlMarksOverlapsAsSegmentsCarryingEveryCoveringKind() throws IOException {
        String html = export(new HtmlExporter());

        // "We have laid 312 kilometres of track" lies inside the direct quote: that segment is both.
        assertThat(html).contains("<mark class=\"m m-claim m-quote\"");
        assertThat(html).containsPattern("<mark class=\"m m-quote\"[^>]*>“</mark><mark class=\"m m-claim m-quote\"[^>]*>We have laid 312 kilometres of track</mark>");
    }

    @Test
    void csvMatchesGoldenAndParsesBackOneRowPerAnnotation() throws IOException {
        String csv = export(new CsvExporter(false));
        GoldenFiles.assertMatches("annotations.csv", csv);

        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(CsvExporter.COLUMNS);
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(bundle.annotations().size());
        Map<String, CSVRecord> byId = rows.stream().collect(Collectors.toMap(r -> r.get("annotation_id"), r -> r));
        for (Annotation annotation : bundle.annotations()) {
            CSVRecord row = byId.get(annotation.id().toString());
            String text = bundle.article(annotation.articleId()).orElseThrow().text();
            assertThat(row.get("exact")).isEqualTo(annotation.exact());
            assertThat(row.get("note")).isEqualTo(annotation.note());
            assertThat(Integer.parseInt(row.get("start"))).isEqualTo(text.codePointCount(0, annotation.start()));
            assertThat(row.get("kind")).isEqualTo(annotation.kind().name().toLowerCase());
        }
        CSVRecord claim = byId.get("00000000-0000-4000-8000-000000000003");
        assertThat(claim.get("status")).isEqualTo("misleading");
        assertThat(claim.get("claimant")).isEqualTo("Adaeze Okafor");
        assertThat(claim.get("evidence").split("\n")).hasSize(2);
        assertThat(claim.get("roles")).isEqualTo("transport minister as of 2026-11-20");
        assertThat(byId.get("00000000-0000-4000-8000-000000000001").get("roles")).as("a quote's speaker").isEqualTo(claim.get("roles"));
        for (CSVRecord row : rows) {
            assertThat(row.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(row.get("modified")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
        assertThat(claim.get("modified")).as("the fixture's .250 s are cut to the second").isEqualTo("2026-11-22T14:02:07Z");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void csvCanStartWithAByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter(true).write(bundle, out);
        byte[] bytes = out.toByteArray();

        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).startsWith("article_id,");
    }

    @Test
    void jsonLdMatchesGoldenAndCarriesTheRequiredW3cFields() throws IOException {
        String jsonLd = export(new JsonLdExporter(true));
        GoldenFiles.assertMatches("annotations.jsonld", jsonLd);

        JsonNode collection = new ObjectMapper().readTree(jsonLd);
        assertThat(collection.path("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.path("@context").get(1).path("claim").isMissingNode()).isTrue();
        assertThat(collection.path("@context").get(1).path("Claim").asText()).isEqualTo("margin:Claim");
        assertThat(collection.path("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.path("total").asInt()).isEqualTo(bundle.annotations().size());
        assertThat(collection.path("first").asText()).isEqualTo(collection.path("pages").get(0).path("id").asText());

        Set<String> motivations = Set.of("highlighting", "commenting", "tagging", "classifying", "identifying", "assessing", "linking");
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode page : collection.path("pages")) {
            assertThat(page.path("type").asText()).isEqualTo("AnnotationPage");
            assertThat(page.path("partOf").asText()).isEqualTo(collection.path("id").asText());
            page.path("items").forEach(items::add);
        }
        assertThat(items).hasSize(bundle.annotations().size());
        for (JsonNode item : items) {
            assertThat(item.path("id").asText()).startsWith("urn:uuid:");
            assertThat(item.path("type").asText()).isEqualTo("Annotation");
            assertThat(item.path("created").asText()).endsWith("Z");
            assertThat(item.path("modified").asText()).endsWith("Z");
            assertThat(item.path("creator").path("name").asText()).isEqualTo("Ruth Mensah");
            assertThat(item.path("generator").path("name").asText()).isEqualTo("Margin");
            item.path("motivation").forEach(m -> assertThat(motivations).contains(m.asText()));
            JsonNode target = item.path("target");
            assertThat(target.path("type").asText()).isEqualTo("SpecificResource");
            assertThat(target.path("source").asText()).matches("https://news\\.example\\.org/.*|urn:margin:article:[0-9a-f]{64}");
            assertThat(target.path("selector").get(0).path("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(target.path("selector").get(1).path("type").asText()).isEqualTo("TextPositionSelector");
            assertThat(target.path("state").path("type").asText()).isEqualTo("TimeState");
            assertThat(target.path("state").path("revision").isInt()).isTrue();
        }
        JsonNode claim = JsonLdRoundTripTest.findItem(collection, "urn:uuid:00000000-0000-4000-8000-000000000003");
        assertThat(claim.path("motivation").get(0).asText()).isEqualTo("assessing");
        JsonNode claimBody = claim.path("body").get(3);
        assertThat(claimBody.path("type").asText()).isEqualTo("Claim");
        assertThat(claimBody.path("status").asText()).isEqualTo("misleading");
        assertThat(claimBody.path("claimant").path("name").asText()).isEqualTo("Adaeze Okafor");
        assertThat(claimBody.path("evidence").get(0).path("stance").asText()).isEqualTo("refutes");
    }

    @Test
    void claimReviewMatchesGoldenWithStatusAndClaimant() throws IOException {
        String json = export(new ClaimReviewExporter());
        GoldenFiles.assertMatches("claims.claimreview.jsonld", json);

        JsonNode graph = new ObjectMapper().readTree(json).path("@graph");
        assertThat(graph).as("the unverified claim carries no verdict and is left out").hasSize(2);
        JsonNode track = graph.get(0);
        assertThat(track.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(track.path("claimReviewed").asText()).isEqualTo("312 km of track have been laid");
        assertThat(track.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
        assertThat(track.path("itemReviewed").path("author").path("name").asText()).isEqualTo("Adaeze Okafor");
        assertThat(track.path("reviewRating").path("alternateName").asText()).isEqualTo("Misleading");
        assertThat(track.path("url").asText()).as("no reviewer set: the claim in the article")
                .startsWith("https://news.example.org/2026/11/20/rail-link-march?src=feed&lang=en#:~:text=We%20have");
        assertThat(track.path("datePublished").asText()).isEqualTo("2026-11-22");
        assertThat(track.path("reviewBody").asText()).isEqualTo("Ask the ministry for the survey, see report (https://news.example.org/track-report).");
    }

    private String export(Exporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(bundle, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
