package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownFolderExporterTest {
    @TempDir
    Path folder;

    @Test
    void writesOneNamedNotePerArticle() throws IOException {
        List<Path> files = new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(ExportFixtures.bundle(), folder);

        assertThat(files).extracting(p -> folder.relativize(p).toString())
                .containsExactly("wirenews-2026-11-20-rail-link-to-open-in-march-minister-says.md", "council-delays-vote-on-market-levy.md",
                        "actors/Adaeze Okafor.md", "actors/Ministry of Transport.md", "actors/Coastal Alliance.md");
        assertThat(Files.readString(files.get(0))).startsWith("---\ntitle: \"Rail link").contains("[[Adaeze Okafor]]");
        assertThat(AtomicFileWriterTest.filesIn(folder)).containsExactly("actors", "council-delays-vote-on-market-levy.md",
                "wirenews-2026-11-20-rail-link-to-open-in-march-minister-says.md");
    }

    @Test
    void exportingAgainUpdatesItsOwnNotesButNeverOverwritesSomeoneElses() throws IOException {
        Files.writeString(folder.resolve("council-delays-vote-on-market-levy.md"), "# my own note\n");
        MarkdownFolderExporter exporter = new MarkdownFolderExporter(true, ProtectedFiles.NONE);

        List<Path> first = exporter.write(ExportFixtures.bundle(), folder);
        List<Path> second = exporter.write(ExportFixtures.bundle(), folder);

        assertThat(first.get(1).getFileName().toString()).isEqualTo("council-delays-vote-on-market-levy-2.md");
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(folder.resolve("council-delays-vote-on-market-levy.md"))).isEqualTo("# my own note\n");
        assertThat(AtomicFileWriterTest.filesIn(folder)).hasSize(4);
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
        assertThat(FileNames.forArticle(odd, "md")).as("no date, no outlet: the title alone").isEqualTo("council-delays-vote-on-market-levy.md");
        assertThat(FileNames.slug("CON", "fallback")).isEqualTo("fallback");
        assertThat(FileNames.slug("🚆 …", "article-9")).isEqualTo("article-9");
        assertThat(FileNames.slug("x".repeat(300), "f").length()).isEqualTo(FileNames.MAX_CODE_POINTS);
    }

    @Test
    void everyWikiLinkInTheFolderOpensANoteThatWasWritten() throws IOException {
        List<Path> files = new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(ExportFixtures.bundle(), folder);

        Set<String> notes = new HashSet<>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(p -> p.toString().endsWith(".md")).forEach(p -> notes.add(p.getFileName().toString().replaceFirst("\\.md$", "")));
        }
        int links = 0;
        for (Path file : files) {
            Matcher link = Pattern.compile("\\[\\[([^\\]|]+)(\\|[^\\]]*)?]]").matcher(Files.readString(file));
            while (link.find()) {
                links++;
                assertThat(notes).as("the note [[%s]] in %s points to", link.group(1), file.getFileName()).contains(link.group(1));
            }
        }
        assertThat(links).as("article notes link actors, actor notes link articles and groups").isGreaterThan(8);
    }

    @Test
    void anActorsNoteHoldsItsTypeRolesAliasesGroupAndTheArticlesNamingIt() throws IOException {
        new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(ExportFixtures.bundle(), folder);

        String okafor = Files.readString(folder.resolve("actors/Adaeze Okafor.md"));
        assertThat(okafor).startsWith("---\ntitle: \"Adaeze Okafor\"\ntype: person\naliases:\n  - \"Okafor\"\n  - \"the transport minister\"\n")
                .contains("margin-actor-id: 7\n")
                .contains("# Adaeze Okafor\n\nPerson · Transport minister\n")
                .contains("Part of [[Ministry of Transport]]")
                .contains("## Roles\n\n- transport minister as of 2026-11-20\n")
                .contains("- [[wirenews-2026-11-20-rail-link-to-open-in-march-minister-says|Rail link to open in March, minister says 🚆]]: "
                        + "2 quotes, 1 claim, 1 mention");
    }

    @Test
    void aNoteTheUserKeepsUnderAnActorsNameStaysAndTheLinksGoToTheActorsOwnNote() throws IOException {
        Files.createDirectories(folder.resolve("actors"));
        Files.writeString(folder.resolve("actors/Adaeze Okafor.md"), "# my research on Okafor\n");
        Actor band = new Actor(20, "AC/DC: \"Live\"", List.of(), ActorType.GROUP, "", null, null, List.of());
        ExportBundle base = ExportFixtures.bundle();
        List<Actor> actors = new java.util.ArrayList<>(base.actors());
        actors.add(band);
        ExportBundle bundle = new ExportBundle(base.articles(), actors, base.annotations(), base.olderRevisions(), base.info());

        List<Path> files = new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(bundle, folder);

        assertThat(Files.readString(folder.resolve("actors/Adaeze Okafor.md"))).isEqualTo("# my research on Okafor\n");
        assertThat(Files.readString(files.get(0))).contains("[[Adaeze Okafor 2|Adaeze Okafor]]").doesNotContain("[[Adaeze Okafor]]");
        assertThat(Files.readString(folder.resolve("actors/Adaeze Okafor 2.md"))).contains("margin-actor-id: 7");
        assertThat(folder.resolve("actors/AC DC Live.md")).exists();

        List<Path> again = new MarkdownFolderExporter(true, ProtectedFiles.NONE).write(bundle, folder);
        assertThat(again).as("exporting again replaces its own actor notes").isEqualTo(files);
    }

    @Test
    void fileNamesNameOutletDateAndTheTitlesFirstWholeWords() {
        Article base = ExportFixtures.pastedArticle();
        Article wire = new Article(8, "Russia's and Ukraine's negotiators agree to a prisoner exchange before the winter, officials say",
                "", "Reuters", null, null, base.importedAt(), "", base.text(), List.of(), base.contentHash(), 1);
        Article dated = new Article(9, "Rail link to open in March", "", "The Daily Coastal Observer & Evening Herald",
                null, LocalDate.of(2026, 11, 20), base.importedAt(), "", base.text(), List.of(), base.contentHash(), 1);

        assertThat(FileNames.forArticle(wire, "md")).isEqualTo("reuters-russias-and-ukraines-negotiators-agree.md");
        assertThat(FileNames.forArticle(dated, "pdf")).isEqualTo("the-daily-coastal-observer-2026-11-20-rail-link-to-open-in-march.pdf");
        for (Article article : List.of(wire, dated, base)) {
            String stem = FileNames.forArticle(article, "md").replaceFirst("\\.md$", "");
            String title = FileNames.slug(article.displayTitle(), "");
            String outlet = FileNames.words(FileNames.slug(article.outlet(), ""), FileNames.OUTLET_CODE_POINTS);
            String prefix = (outlet.isEmpty() ? "" : outlet + "-") + (article.publishedDate() == null ? "" : article.publishedDate() + "-");
            String titlePart = stem.substring(prefix.length());
            assertThat(stem).startsWith(prefix).doesNotContain("undated");
            assertThat(title).startsWith(titlePart);
            assertThat(title.length() == titlePart.length() || title.charAt(titlePart.length()) == '-')
                    .as("%s ends at a word boundary of the title", stem).isTrue();
        }
    }
}
