package dev.margin.export;

import dev.margin.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownFolderExporterTest {
    @TempDir
    Path folder;

    @Test
    void writesOneNamedNotePerArticle() throws IOException {
        List<Path> files = new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(ExportFixtures.bundle(), folder);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("2026-11-20-rail-link-to-open-in-march-minister-says.md", "undated-council-delays-vote-on-market-levy.md");
        assertThat(Files.readString(files.get(0))).startsWith("---\ntitle: \"Rail link").contains("[[Adaeze Okafor]]");
        assertThat(AtomicFileWriterTest.filesIn(folder)).hasSize(2);
    }

    @Test
    void exportingAgainUpdatesItsOwnNotesButNeverOverwritesSomeoneElses() throws IOException {
        Files.writeString(folder.resolve("undated-council-delays-vote-on-market-levy.md"), "# my own note\n");
        MarkdownFolderExporter exporter = new MarkdownFolderExporter(true, ProtectedFiles.NONE);

        List<Path> first = exporter.write(ExportFixtures.bundle(), folder);
        List<Path> second = exporter.write(ExportFixtures.bundle(), folder);

        assertThat(first.get(1).getFileName().toString()).isEqualTo("undated-council-delays-vote-on-market-levy-2.md");
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(folder.resolve("undated-council-delays-vote-on-market-levy.md"))).isEqualTo("# my own note\n");
        assertThat(AtomicFileWriterTest.filesIn(folder)).hasSize(3);
    }

    @Test
    void fileNamesAreSafeOnEveryFileSystemAndUnique() {
        Article odd = ExportFixtures.pastedArticle();
        Article titled = new Article(5, "CON: \"What/next?\" <draft> | 日本の鉄道 🚆 ...", "", "", null, LocalDate.of(2026, 1, 2),
                odd.importedAt(), "", odd.text(), List.of(), odd.contentHash(), 1);
        Set<String> taken = new HashSet<>();

        String name = FileNames.unique(FileNames.forArticle(titled, "md"), taken);
        String again = FileNames.unique(FileNames.forArticle(titled, "md"), taken);

        assertThat(name).isEqualTo("2026-01-02-con-what-next-draft-日本の鉄道.md");
        assertThat(again).isEqualTo("2026-01-02-con-what-next-draft-日本の鉄道-2.md");
        assertThat(FileNames.slug("CON", "fallback")).isEqualTo("fallback");
        assertThat(FileNames.slug("🚆 …", "article-9")).isEqualTo("article-9");
        assertThat(FileNames.slug("x".repeat(300), "f").length()).isEqualTo(FileNames.MAX_CODE_POINTS);
    }
}
