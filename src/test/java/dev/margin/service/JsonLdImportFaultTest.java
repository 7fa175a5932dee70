package dev.margin.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.domain.ContentHash;
import dev.margin.export.ExportBundle;
import dev.margin.export.JsonLdFormatException;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A JSON-LD file edited by a careless or hostile hand, imported into a library: the file's content hash and offsets are
 * not believed (each annotation lands on its own words or is re-anchored, never "OK" on other words), and a file that
 * cannot be read is refused with the item named, with nothing stored: the library's content compared field by field
 * before and after, and SQLite's integrity check, after every refusal.
 */
class JsonLdImportFaultTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private SqliteStore original;
    private ExportLibraryFixture fixture;
    private ObjectNode export;
    private SqliteStore target;

    @BeforeEach
    void exportALibraryAndOpenAnother() throws IOException {
        original = SqliteStore.open(dir.resolve("original.db"));
        fixture = new ExportLibraryFixture(original);
        Path exported = dir.resolve("library.jsonld");
        exportService(original).export(new ExportScope.Everything(), ExportFormat.JSONLD, exported, ExportProgress.NONE, new Cancellation());
        export = (ObjectNode) JSON.readTree(exported.toFile());
        target = SqliteStore.open(dir.resolve("target.db"));
        // something of the user's own, which a refused import must leave exactly as it was
        new LibraryService(target, new TickingClock(Instant.parse("2026-04-01T09:00:00Z"))).importDraft(new ArticleDraft(
                "Notes", null, null, null, null, "en", "A pasted note about something else entirely.", List.of()));
        target.actors().insert(Actor.named("Kwame Asante", ActorType.PERSON));
    }

    @AfterEach
    void close() {
        target.close();
        original.close();
    }

    @Test
    void anEditedTextWhoseHashWasKeptGetsNoAnnotationOkOnOtherWords() throws IOException {
        ObjectNode rail = article(fixture.rail.url());
        String edited = "UPDATE: corrects the minister's title.\n" + rail.get("text").asText();
        rail.put("text", edited);

        RestoreService.RestoreReport report = new RestoreService(target).restore(write(export));

        Article stored = target.articles().findByUrl(fixture.rail.url()).orElseThrow();
        assertThat(stored.text()).isEqualTo(edited);
        assertThat(stored.contentHash()).as("computed from the text, not the file's").isEqualTo(ContentHash.of(edited));
        List<Annotation> placed = target.annotations().forArticle(stored.id());
        assertThat(placed).hasSize(5);
        assertEveryAnnotationStandsOnItsOwnWords(stored.id());
        assertThat(placed).filteredOn(a -> a.revision() == stored.revision()).hasSize(4)
                .allSatisfy(a -> assertThat(a.anchorState()).isEqualTo(AnchorState.MOVED));
        assertThat(report.annotationsReanchored()).isEqualTo(4);
    }

    @Test
    void anEditedTextIntoTheLibraryThatHasTheArticlePutsTheAnnotationsOnTheLibrarysWords() throws IOException {
        new LibraryService(target, new TickingClock(Instant.parse("2026-04-01T10:00:00Z"))).importDraft(new ArticleDraft(
                fixture.rail.title(), fixture.rail.byline(), fixture.rail.outlet(), fixture.rail.url(), fixture.rail.publishedDate(),
                fixture.rail.language(), fixture.rail.text(), fixture.rail.headings()));
        ObjectNode rail = article(fixture.rail.url());
        rail.put("text", rail.get("text").asText().replace("Adaeze Okafor told", "the minister told"));

        new RestoreService(target).restore(write(export));

        Article stored = target.articles().findByUrl(fixture.rail.url()).orElseThrow();
        assertThat(stored.text()).as("the library's text stays current").isEqualTo(fixture.rail.text());
        assertEveryAnnotationStandsOnItsOwnWords(stored.id());
        assertThat(target.annotations().forArticle(stored.id())).filteredOn(a -> a.revision() == stored.revision())
                .extracting(Annotation::anchorState).containsOnly(AnchorState.OK).hasSize(4);
    }

    @Test
    void aDifferentArticleClaimingALibraryArticlesHashDoesNotPutItsAnnotationsOnThatArticle() throws IOException {
        Article mine = new LibraryService(target, new TickingClock(Instant.parse("2026-04-01T10:00:00Z"))).importDraft(new ArticleDraft(
                "", "", "", null, null, "ar", ExportLibraryFixture.ARABIC_TEXT, List.of(0))).article();
        ObjectNode arabic = article(null);
        String other = "نص آخر تماما يسبق الخبر.\n" + ExportLibraryFixture.ARABIC_TEXT.replace("الوزيرة تعد", "الحكومة تعد");
        assertThat(arabic.get("contentHash").asText()).isEqualTo(mine.contentHash());
        arabic.put("text", other);

        RestoreService.RestoreReport report = new RestoreService(target).restore(write(export));

        assertThat(target.annotations().forArticle(mine.id())).as("the library's own article is left alone").isEmpty();
        assertThat(report.articlesAdded()).isEqualTo(3);
        Article added = target.articles().findByContentHash(ContentHash.of(other)).orElseThrow();
        assertThat(target.annotations().forArticle(added.id())).hasSize(2)
                .allSatisfy(a -> assertThat(a.anchorState()).isEqualTo(AnchorState.MOVED));
        assertEveryAnnotationStandsOnItsOwnWords(added.id());
    }

    @Test
    void anAnnotationWhoseWordsAreInNoTextIsRefusedByIdAndNothingIsStored() throws IOException {
        ObjectNode port = article(fixture.port.url());
        port.put("text", port.get("text").asText().replace("rose 12% in February", "grew in February"));
        String id = item("rose 12% in February").get("id").asText();

        assertRefusedWithNothingStored(write(export), id, "rose 12% in February", "stand neither at its offsets");
    }

    @Test
    void offsetsBeyondTwoToTheThirtyTwoAreRefusedNotWrapped() throws IOException {
        ObjectNode item = item("₦1.2 trillion");
        ObjectNode position = (ObjectNode) item.path("target").path("selector").get(1);
        long wrapsToTheSameOffset = (1L << 32) + position.get("start").asLong();
        position.put("start", wrapsToTheSameOffset);
        position.put("end", (1L << 32) + position.get("end").asLong());

        assertRefusedWithNothingStored(write(export), item.get("id").asText(), "'start' is " + wrapsToTheSameOffset, "outside 0 to 2147483647");
    }

    @Test
    void otherNumbersOutOfRangeAreRefusedToo() throws IOException {
        ObjectNode item = item("₦1.2 trillion");
        ((ObjectNode) item.path("target").path("state")).put("revision", (1L << 32) + 2);
        assertRefusedWithNothingStored(write(export), item.get("id").asText(), "'revision' is 4294967298");

        ((ObjectNode) item.path("target").path("state")).put("revision", 2);
        ObjectNode rail = article(fixture.rail.url());
        rail.put("localId", BigInteger.TWO.pow(70));
        assertRefusedWithNothingStored(write(export), fixture.rail.url(), "'localId' is 1180591620717411303424");
    }

    @Test
    void wrongJsonTypesAreRefusedWithTheItemNamed() throws IOException {
        List<Consumer<ObjectNode>> edits = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        edits.add(root -> article(fixture.port.url()).put("text", 42));
        expected.add("'text' should be text, not 42");
        edits.add(root -> ((ObjectNode) item("₦1.2 trillion").path("target").path("selector").get(1)).put("start", "5"));
        expected.add("'start' should be a whole number, not the text \"5\"");
        edits.add(root -> ((ObjectNode) item("₦1.2 trillion").path("target").path("selector").get(1)).put("start", 5.5));
        expected.add("'start' should be a whole number, not 5.5");
        edits.add(root -> actor("Federal Ministry of Transport").put("aliases", "the ministry"));
        expected.add("'aliases' should be a list, not the text \"the ministry\"");
        edits.add(root -> article(fixture.rail.url()).putArray("headings").add("first"));
        expected.add("'headings' should be a whole number");
        edits.add(root -> claimBody().put("claimantIsOutlet", "yes"));
        expected.add("'claimantIsOutlet' should be true or false, not the text \"yes\"");
        edits.add(root -> item("₦1.2 trillion").putObject("body"));
        expected.add("'body' should be a list, not an object");
        edits.add(root -> article(fixture.port.url()).put("title", JSON.createObjectNode()));
        expected.add("'title' should be text, not an object");

        ObjectNode pristine = export.deepCopy();
        for (int i = 0; i < edits.size(); i++) {
            export = pristine.deepCopy();
            edits.get(i).accept(export);
            assertRefusedWithNothingStored(write(export), expected.get(i));
        }
    }

    @Test
    void emptySpansAreRefused() throws IOException {
        ObjectNode item = item("₦1.2 trillion");
        ((ObjectNode) item.path("target").path("selector").get(0)).put("exact", "");
        ObjectNode position = (ObjectNode) item.path("target").path("selector").get(1);
        position.put("end", position.get("start").asLong());
        assertRefusedWithNothingStored(write(export), item.get("id").asText(), "is empty");

        export = freshExport();
        ObjectNode quote = quoteBody();
        ObjectNode speaker = (ObjectNode) quote.get("speakerSelector");
        speaker.put("end", speaker.get("start").asLong());
        assertRefusedWithNothingStored(write(export), "speakerSelector", "is empty");
    }

    @Test
    void actorsThatAreTheirOwnAncestorsAreRefused() throws IOException {
        ObjectNode ministry = actor("Federal Ministry of Transport");
        ObjectNode okafor = actor("Adaeze Okafor");
        assertThat(okafor.get("parent").asText()).isEqualTo(ministry.get("id").asText());
        ministry.put("parent", okafor.get("id").asText());
        assertRefusedWithNothingStored(write(export), "is its own ancestor", "Federal Ministry of Transport", "Adaeze Okafor");

        export = freshExport();
        ObjectNode alone = actor("Federal Ministry of Transport");
        alone.put("parent", alone.get("id").asText());
        assertRefusedWithNothingStored(write(export), "actor \u201cFederal Ministry of Transport\u201d", "is its own ancestor");
    }

    @Test
    void anAnnotationGivenTwiceIsRefused() throws IOException {
        ObjectNode item = item("₦1.2 trillion");
        ((ArrayNode) export.get("pages").get(0).get("items")).add(item.deepCopy());
        assertRefusedWithNothingStored(write(export), item.get("id").asText(), "appears a second time");
    }

    @Test
    void aRefusalNamesTheLineTheItemStartsOnInAnIndentedFile() throws IOException {
        ObjectNode item = item("₦1.2 trillion");
        ((ObjectNode) item.path("target").path("selector").get(1)).put("start", -1);
        Path file = dir.resolve("indented.jsonld");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(export));
        List<String> lines = Files.readAllLines(file);
        int idLine = -1;
        for (int i = 0; i < lines.size() && idLine < 0; i++) {
            if (lines.get(i).contains("\"id\" : \"" + item.get("id").asText() + "\"")) {
                idLine = i + 1;
            }
        }
        // the item's opening brace is on the line before its id
        assertRefusedWithNothingStored(file, item.get("id").asText(), "at line " + (idLine - 1) + ",");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void assertEveryAnnotationStandsOnItsOwnWords(long articleId) {
        Article article = target.articles().find(articleId).orElseThrow();
        for (Annotation annotation : target.annotations().forArticle(articleId)) {
            String text = target.articles().revisionText(articleId, annotation.revision()).orElseThrow();
            assertThat(text.substring(annotation.start(), annotation.end())).as(annotation.exact()).isEqualTo(annotation.exact());
            assertThat(annotation.anchorState() == AnchorState.ORPHANED).isEqualTo(annotation.revision() != article.revision());
        }
    }

    private void assertRefusedWithNothingStored(Path file, String... messageParts) {
        LibraryComparison before = LibraryComparison.of(everything(target));
        int articles = target.articles().count();
        assertThatThrownBy(() -> new RestoreService(target).restore(file))
                .isInstanceOf(JsonLdFormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContainingAll(messageParts);
        assertThat(target.articles().count()).isEqualTo(articles);
        assertThat(LibraryComparison.of(everything(target))).isEqualTo(before);
        assertThat(target.integrityCheck()).isEqualTo("ok");
    }

    private Path write(ObjectNode root) throws IOException {
        Path file = dir.resolve("edited-" + System.nanoTime() + ".jsonld");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    private ObjectNode freshExport() throws IOException {
        Path exported = dir.resolve("again-" + System.nanoTime() + ".jsonld");
        exportService(original).export(new ExportScope.Everything(), ExportFormat.JSONLD, exported, ExportProgress.NONE, new Cancellation());
        return (ObjectNode) JSON.readTree(exported.toFile());
    }

    /** The article with this URL, or the one without a URL for null. */
    private ObjectNode article(String url) {
        for (JsonNode article : export.get("articles")) {
            if (url == null ? !article.hasNonNull("url") : url.equals(article.path("url").asText())) {
                return (ObjectNode) article;
            }
        }
        throw new AssertionError("no article " + url);
    }

    private ObjectNode actor(String name) {
        for (JsonNode actor : export.get("actors")) {
            if (actor.path("name").asText().equals(name)) {
                return (ObjectNode) actor;
            }
        }
        throw new AssertionError("no actor " + name);
    }

    /** The annotation whose exact words start with {@code words}. */
    private ObjectNode item(String words) {
        for (JsonNode page : export.get("pages")) {
            for (JsonNode item : page.get("items")) {
                if (item.path("target").path("selector").get(0).path("exact").asText().startsWith(words)) {
                    return (ObjectNode) item;
                }
            }
        }
        throw new AssertionError("no annotation on " + words);
    }

    private ObjectNode bodyOfType(String type) {
        for (JsonNode page : export.get("pages")) {
            for (JsonNode item : page.get("items")) {
                for (JsonNode body : item.path("body")) {
                    if (new TextNode(type).equals(body.get("type"))) {
                        return (ObjectNode) body;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " body");
    }

    private ObjectNode claimBody() {
        return bodyOfType("Claim");
    }

    private ObjectNode quoteBody() {
        return bodyOfType("Quote");
    }

    private static ExportService exportService(SqliteStore store) {
        return new ExportService(store, new TickingClock(Instant.parse("2026-03-05T12:00:00Z")), "0.1.0", "Ruth Mensah");
    }

    private static ExportBundle everything(SqliteStore store) {
        return exportService(store).bundle(new ExportScope.Everything(), ExportProgress.NONE, new Cancellation());
    }
}
