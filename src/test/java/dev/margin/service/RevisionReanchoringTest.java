package dev.margin.service;

import dev.margin.domain.AnchorState;
import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.store.sqlite.SqliteStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random edits (paragraphs inserted, deleted, moved; words inserted inside paragraphs) around annotated
 * spans, then a re-import: every annotation is either on its own exact words in the new text, or orphaned
 * with its words and old revision kept. Never on other words.
 */
class RevisionReanchoringTest {
    private static final List<String> PARAGRAPHS = List.of(
            "NAIROBI, June 12 (Margin Wire) – Kenya’s central bank held its benchmark rate at 10.75% on Wednesday, citing easing inflation.",
            "“The outlook has improved, but risks remain,” Governor Amina Wekesa told a news conference in Nairobi.",
            "Inflation slowed to 4.6% in May from 5.1% in April, the statistics office said last week.",
            "Analysts polled by Margin Wire had expected the bank to hold, with two of 11 predicting a cut.",
            "The shilling was little changed at 129.4 to the dollar after the decision.",
            "“We will act if food prices rise again,” Wekesa said, pointing to the long rains.",
            "The bank said credit to the private sector grew 3.1% in the year to May.",
            "Treasury officials did not respond to a request for comment.",
            "Wekesa said the bank would publish its next policy statement in August.",
            "Some lawmakers have called for a cut to help small businesses borrow.");
    private static final List<String> NEW_PARAGRAPHS = List.of(
            "(Adds analyst comment in paragraph 5)",
            "“Holding was the safe choice,” said Odhiambo Kariuki, an economist at a Nairobi brokerage.",
            "The bank said inflation would stay within its target range of 2.5% to 7.5%.");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void annotationsNeverLandOnOtherWords(int seed) {
        Random random = new Random(seed);
        try (SqliteStore store = SqliteStore.open(dir.resolve("margin.db"))) {
            TickingClock clock = new TickingClock(Instant.parse("2026-06-12T12:00:00Z"));
            LibraryService library = new LibraryService(store, clock);
            AnnotationService service = new AnnotationService(store, clock);

            List<String> paragraphs = new ArrayList<>(PARAGRAPHS);
            String oldText = String.join("\n", paragraphs);
            Article article = library.importDraft(draft(oldText)).article();
            List<Annotation> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int[] span = randomWordSpan(oldText, random);
                made.add(service.createHighlight(article.id(), span[0], span[1]));
            }

            String newText = String.join("\n", edit(paragraphs, random));
            LibraryService.ImportOutcome outcome = library.importDraft(draft(newText));

            assertThat(outcome.status()).isEqualTo(LibraryService.ImportStatus.REVISED);
            assertThat(outcome.reanchored()).isEqualTo(made.size());
            for (Annotation before : made) {
                Annotation after = store.annotations().find(before.id()).orElseThrow();
                assertThat(after.exact()).isEqualTo(before.exact());
                if (after.anchorState() == AnchorState.ORPHANED) {
                    assertThat(after.revision()).isEqualTo(1);
                    assertThat(oldText.substring(after.start(), after.end())).isEqualTo(before.exact());
                } else {
                    assertThat(after.revision()).isEqualTo(2);
                    assertThat(newText.substring(after.start(), after.end()))
                            .as("seed %d: %s", seed, after.anchorState()).isEqualTo(before.exact());
                }
                if (!newText.contains(before.exact())) {
                    assertThat(after.anchorState()).isEqualTo(AnchorState.ORPHANED);
                }
            }
        }
    }

    private static ArticleDraft draft(String text) {
        return new ArticleDraft("Kenya central bank holds rate", "By Margin Wire staff", "Margin Wire",
                "https://wire.example/2026/06/12/kenya-rates", LocalDate.of(2026, 6, 12), "en", text, List.of());
    }

    /** Two to six whole words from one paragraph. */
    private static int[] randomWordSpan(String text, Random random) {
        String[] paragraphs = text.split("\n");
        int paragraph = random.nextInt(paragraphs.length);
        int offset = 0;
        for (int i = 0; i < paragraph; i++) {
            offset += paragraphs[i].length() + 1;
        }
        String[] words = paragraphs[paragraph].split(" ");
        int first = random.nextInt(words.length - 1);
        int count = Math.min(words.length - first, 2 + random.nextInt(5));
        int start = offset;
        for (int i = 0; i < first; i++) {
            start += words[i].length() + 1;
        }
        int end = start;
        for (int i = first; i < first + count; i++) {
            end += words[i].length() + (i > first ? 1 : 0);
        }
        return new int[] {start, end};
    }

    /** One to four random edits: insert, delete or move a paragraph, or insert words inside one. */
    private static List<String> edit(List<String> paragraphs, Random random) {
        List<String> edited = new ArrayList<>(paragraphs);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            switch (random.nextInt(4)) {
                case 0 -> edited.add(random.nextInt(edited.size() + 1), NEW_PARAGRAPHS.get(random.nextInt(NEW_PARAGRAPHS.size())));
                case 1 -> {
                    if (edited.size() > 3) {
                        edited.remove(random.nextInt(edited.size()));
                    }
                }
                case 2 -> edited.add(random.nextInt(edited.size()), edited.remove(random.nextInt(edited.size())));
                default -> {
                    int at = random.nextInt(edited.size());
                    String paragraph = edited.get(at);
                    int space = paragraph.indexOf(' ', random.nextInt(paragraph.length()));
                    if (space > 0) {
                        edited.set(at, paragraph.substring(0, space) + " (updated)" + paragraph.substring(space));
                    }
                }
            }
        }
        return edited;
    }
}
