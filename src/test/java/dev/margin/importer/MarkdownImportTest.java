package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownImportTest {
    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    @Test
    void frontMatterHeadingsParagraphsListsAndInlineMarkup() throws Exception {
        String markdown = """
                ---
                title: "Dam inspection finds cracks in spillway"
                author: Ola Brekke
                outlet: Fjord Courier
                date: 2026-08-09
                url: https://fjordcourier.example/dam
                lang: nb
                ---
                # Dam inspection finds cracks in spillway

                Inspectors found **three cracks** in the *spillway* of the Kvernfoss dam,
                the [energy agency](https://agency.example/report) said on Friday.

                ## What was found

                - a 2.4-metre crack near the left gate
                - two hairline cracks below the crest

                > “There is no immediate danger,” chief inspector Siri Lunde said.

                Repairs will cost about `NOK 14m`.![Dam photo](dam.jpg)
                <div class="note"><p>Corrected on 10 August.</p></div>

                ***
                """;
        Path file = Files.write(dir.resolve("dam.md"), markdown.getBytes(StandardCharsets.UTF_8));
        ArticleDraft draft = importer.importFile(file).draft();

        assertThat(draft.title()).isEqualTo("Dam inspection finds cracks in spillway");
        assertThat(draft.byline()).isEqualTo("Ola Brekke");
        assertThat(draft.outlet()).isEqualTo("Fjord Courier");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 8, 9));
        assertThat(draft.url()).isEqualTo("https://fjordcourier.example/dam");
        assertThat(draft.language()).isEqualTo("nb");
        assertThat(List.of(draft.text().split("\n"))).containsExactly(
                "Dam inspection finds cracks in spillway",
                "Inspectors found three cracks in the spillway of the Kvernfoss dam, the energy agency said on Friday.",
                "What was found",
                "a 2.4-metre crack near the left gate",
                "two hairline cracks below the crest",
                "“There is no immediate danger,” chief inspector Siri Lunde said.",
                "Repairs will cost about NOK 14m.",
                "Corrected on 10 August.");
        assertThat(draft.headings()).containsExactly(0, 2);
    }

    @Test
    void withoutFrontMatterALeadingLevelOneHeadingIsTheTitle() throws Exception {
        Path file = Files.write(dir.resolve("note.markdown"), """
                # Mayor opens new library

                The library holds 40,000 books\\* and a café.
                Line two of the same paragraph.\s\s
                After a hard break.

                ### Opening hours
                Daily from 9 to 21 &amp; on holidays.
                """.getBytes(StandardCharsets.UTF_8));
        ArticleDraft draft = importer.importFile(file).draft();

        assertThat(draft.title()).isEqualTo("Mayor opens new library");
        assertThat(List.of(draft.text().split("\n"))).containsExactly(
                "The library holds 40,000 books* and a café. Line two of the same paragraph.",
                "After a hard break.",
                "Opening hours",
                "Daily from 9 to 21 & on holidays.");
        assertThat(draft.headings()).containsExactly(2);
        assertThat(draft.url()).isNull();
    }
}
