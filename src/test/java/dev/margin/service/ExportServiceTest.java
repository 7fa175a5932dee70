package dev.margin.service;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.export.ExportBundle;
import dev.margin.store.StoreException;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportServiceTest {
    @TempDir
    Path dir;
    private SqliteStore store;
    private ExportLibraryFixture fixture;
    private ExportService service;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("library.db"));
        fixture = new ExportLibraryFixture(store);
        service = new ExportService(store, new TickingClock(Instant.parse("2026-03-05T12:00:00Z")), "0.1.0", "Ruth Mensah");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void oneArticleBringsItsAnnotationsTheActorsTheyNameAndTheirParents() {
        ExportBundle bundle = service.bundle(new ExportScope.OneArticle(fixture.rail.id()), ExportProgress.NONE, new Cancellation());

        assertThat(bundle.articles()).extracting(a -> a.id()).containsExactly(fixture.rail.id());
        assertThat(bundle.annotations()).hasSize(5).allMatch(a -> a.articleId() == fixture.rail.id());
        assertThat(bundle.actors()).extracting(Actor::name).containsExactlyInAnyOrder("Adaeze Okafor", "Federal Ministry of Transport");
        assertThat(bundle.olderRevisions()).hasSize(1);
        assertThat(bundle.info().creator()).isEqualTo("Ruth Mensah");
    }

    @Test
    void aReviewFilterResultExportsJustThoseAnnotations() {
        List<Annotation> arabic = store.annotations().forArticle(fixture.arabic.id());
        UUID portHighlight = store.annotations().forArticle(fixture.port.id()).get(0).id();

        ExportBundle bundle = service.bundle(new ExportScope.Annotations(List.of(arabic.get(0).id(), portHighlight)),
                ExportProgress.NONE, new Cancellation());

        assertThat(bundle.annotations()).extracting(Annotation::id).containsExactlyInAnyOrder(arabic.get(0).id(), portHighlight);
        assertThat(bundle.articles()).hasSize(2);
    }

    @Test
    void selectedArticlesAndEverything() {
        ExportBundle two = service.bundle(new ExportScope.Articles(List.of(fixture.port.id(), fixture.arabic.id())), ExportProgress.NONE, new Cancellation());
        ExportBundle all = service.bundle(new ExportScope.Everything(), ExportProgress.NONE, new Cancellation());

        assertThat(two.articles()).extracting(a -> a.id()).containsExactly(fixture.port.id(), fixture.arabic.id());
        assertThat(all.articles()).hasSize(3);
        assertThat(all.annotations()).hasSize(store.annotations().count());
    }

    @Test
    void everyFormatWritesItsFile() throws IOException {
        List<Long> progress = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            Path target = dir.resolve("out-" + format.cliName() + (format.writesFolder() ? "" : "." + format.exporter().fileExtension()));
            ExportService.ExportResult result = service.export(new ExportScope.Everything(), format, target,
                    (stage, done, total) -> progress.add(done), new Cancellation());

            assertThat(result.articles()).isEqualTo(3);
            assertThat(result.files()).allMatch(Files::isRegularFile);
            assertThat(Files.size(result.files().get(0))).as(format.name()).isPositive();
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out-pdf.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("We are not going to wait for the next budget cycle");
        }
        assertThat(Files.readString(dir.resolve("out-md.md"))).contains("[[Adaeze Okafor]]");
        try (Stream<Path> notes = Files.list(dir.resolve("out-md-folder"))) {
            assertThat(notes.filter(p -> p.toString().endsWith(".md"))).as("one note per article").hasSize(3);
        }
        assertThat(dir.resolve("out-md-folder/actors/Adaeze Okafor.md")).as("the actor's note its [[link]] opens").isRegularFile();
        assertThat(progress).isNotEmpty();
        assertThat(ExportFormat.ofCliName("JSONLD")).isEqualTo(ExportFormat.JSONLD);
        assertThatThrownBy(() -> ExportFormat.ofCliName("docx")).hasMessageContaining("Unknown export format \"docx\"");
    }

    @Test
    void cancellingWhileReadingLeavesTheOldFile() throws IOException {
        Path target = Files.writeString(dir.resolve("notes.csv"), "yesterday's export\n");
        Cancellation cancellation = new Cancellation();

        assertThatThrownBy(() -> service.export(new ExportScope.Everything(), ExportFormat.CSV, target,
                (stage, done, total) -> cancellation.cancel(), cancellation))
                .isInstanceOf(CancellationException.class);

        assertThat(Files.readString(target)).isEqualTo("yesterday's export\n");
    }

    @Test
    void cancellingWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        List<Annotation> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            many.add(Annotation.highlight(fixture.port.id(), fixture.port.revision(),
                    StoreFixtures.anchorOn(fixture.port.text(), "container traffic"), StoreFixtures.T0).withNote("Volume note " + i + " ".repeat(200), StoreFixtures.T0));
        }
        store.annotations().insertAll(many);
        Path target = Files.writeString(dir.resolve("big.jsonld"), "{}");
        Cancellation cancellation = new Cancellation();
        List<ExportProgress.Stage> stages = new ArrayList<>();

        assertThatThrownBy(() -> service.export(new ExportScope.Everything(), ExportFormat.JSONLD, target, (stage, done, total) -> {
            stages.add(stage);
            if (stage == ExportProgress.Stage.WRITING) {
                cancellation.cancel();
            }
        }, cancellation)).isInstanceOf(CancellationException.class);

        assertThat(stages).contains(ExportProgress.Stage.READING, ExportProgress.Stage.WRITING);
        assertThat(Files.readString(target)).isEqualTo("{}");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void anArticleThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> service.bundle(new ExportScope.OneArticle(999), ExportProgress.NONE, new Cancellation()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no article 999");
    }
}
