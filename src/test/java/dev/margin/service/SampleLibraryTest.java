package dev.margin.service;

import dev.margin.domain.AnnotationKind;
import dev.margin.importer.ArticleImporter;
import dev.margin.store.Store;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample article an empty library starts with, seeded through the services into a real library file. */
class SampleLibraryTest {
    @TempDir
    Path dir;
    private Store store;
    private LibraryServices services;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("library.db"));
        services = LibraryServices.over(store, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSampleArticleComesWithEveryKindOfAnnotation() {
        long id = new SampleLibrary(services, new ArticleImporter(), Clock.systemUTC()).seed();

        var annotations = store.annotations().forArticle(id);
        assertThat(annotations).extracting(a -> a.kind()).contains(AnnotationKind.QUOTE, AnnotationKind.ACTOR,
                AnnotationKind.CLAIM, AnnotationKind.HIGHLIGHT);
        assertThat(annotations).allSatisfy(a ->
                assertThat(store.articles().find(id).orElseThrow().text().substring(a.start(), a.end())).isEqualTo(a.exact()));
        assertThat(store.actors().list()).extracting(a -> a.name()).contains("Imogen Achterberg", "Ellery Water Board");
        assertThat(store.articles().find(id).orElseThrow().outlet()).isEqualTo("Margin Sample Wire");
    }
}
