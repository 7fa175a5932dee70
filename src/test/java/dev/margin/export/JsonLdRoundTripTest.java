package dev.margin.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.Annotation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonLdRoundTripTest {
    @Test
    void bundleSurvivesJsonLdAndBackInEveryField() throws IOException {
        ExportBundle original = ExportFixtures.bundle();

        ExportBundle restored = new JsonLdReader().read(new ByteArrayInputStream(write(original)));

        assertThat(restored.articles()).containsExactlyElementsOf(original.articles());
        assertThat(restored.actors()).containsExactlyElementsOf(original.actors());
        assertThat(restored.annotations()).containsExactlyInAnyOrderElementsOf(original.annotations());
        assertThat(restored.olderRevisions()).containsExactlyElementsOf(original.olderRevisions());
        Annotation orphan = restored.annotations().stream().filter(a -> a.exact().equals("on Wednesday")).findFirst().orElseThrow();
        assertThat(restored.textOf(orphan).substring(orphan.start(), orphan.end())).isEqualTo("on Wednesday");
        assertThat(restored.info()).isEqualTo(original.info());
    }

    @Test
    void aGeneratedLibraryWithThousandsOfOverlappingAnnotationsSurvivesToo() throws IOException {
        ExportBundle original = BundleGenerator.generate(20, 150, 11);

        ExportBundle restored = new JsonLdReader().read(new ByteArrayInputStream(write(original)));

        assertThat(restored.articles()).containsExactlyElementsOf(original.articles());
        assertThat(restored.annotations()).hasSize(3_000).containsExactlyInAnyOrderElementsOf(original.annotations());
    }

    @Test
    void positionsCountCodePointsWhileTheDomainCountsUtf16Units() throws IOException {
        ExportBundle bundle = ExportFixtures.bundle();
        Annotation arabic = bundle.annotations().stream().filter(a -> a.exact().startsWith("الخط")).findFirst().orElseThrow();
        JsonNode item = findItem(new ObjectMapper().readTree(write(bundle)), "urn:uuid:" + arabic.id());

        JsonNode position = item.path("target").path("selector").get(1);
        String text = ExportFixtures.RAIL_TEXT;
        assertThat(position.path("start").asInt()).isEqualTo(text.codePointCount(0, arabic.start()));
        assertThat(position.path("end").asInt()).isEqualTo(text.codePointCount(0, arabic.end()));
        assertThat(position.path("start").asInt()).isLessThan(arabic.start());
    }

    @Test
    void aTargetNamingNoArticleOfTheFileIsRejectedByName() throws IOException {
        String json = new String(write(ExportFixtures.bundle()), StandardCharsets.UTF_8)
                .replace("\"source\":\"urn:margin:article:", "\"source\":\"urn:margin:elsewhere:");

        assertThatThrownBy(() -> new JsonLdReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(JsonLdFormatException.class)
                .hasMessageContaining("urn:uuid:00000000-0000-4000-8000-00000000000")
                .hasMessageContaining("which is not among the file's articles");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() {
        byte[] broken = "{\"type\": \"AnnotationCollection\",\n \"articles\": [ {\"id\": }".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new JsonLdReader().read(new ByteArrayInputStream(broken)))
                .isInstanceOf(JsonLdFormatException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aFileThatIsNotACollectionIsRejected() {
        byte[] other = "{\"type\": \"Annotation\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new JsonLdReader().read(new ByteArrayInputStream(other)))
                .isInstanceOf(JsonLdFormatException.class)
                .hasMessageContaining("not of type AnnotationCollection");
    }

    static byte[] write(ExportBundle bundle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdExporter(false).write(bundle, out);
        return out.toByteArray();
    }

    static JsonNode findItem(JsonNode collection, String id) {
        for (JsonNode page : collection.path("pages")) {
            for (JsonNode item : page.path("items")) {
                if (item.path("id").asText().equals(id)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no annotation " + id);
    }
}
