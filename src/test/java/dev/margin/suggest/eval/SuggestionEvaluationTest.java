package dev.margin.suggest.eval;

import dev.margin.suggest.Lexicon;
import dev.margin.suggest.Suggester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the evaluation over the shipped fixtures, prints the table and holds the quality floors. */
class SuggestionEvaluationTest {
    @Test
    void suggestionsMeetTheQualityFloorsOnTheFixtures() throws IOException {
        List<GoldArticle> fixtures = new GoldReader().readAll(SuggestionEvaluation.DEFAULT_FIXTURES);
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(8);
        Scorer.Result total = new SuggestionEvaluation(new Suggester(Lexicon.load())).evaluate(fixtures, System.out);
        SuggestionEvaluation.printTable(total, fixtures.size(), System.out);

        assertThat(total.direct().f1()).as("direct-quote F1").isGreaterThanOrEqualTo(0.95);
        assertThat(total.speakers().attributeAccuracy()).as("speaker accuracy").isGreaterThanOrEqualTo(0.9);
        assertThat(total.actors().recall()).as("actor recall").isGreaterThanOrEqualTo(0.9);
        assertThat(total.claims().recall()).as("claim recall").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void goldTextThatIsNotInTheArticleIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ama Mensah said rates would rise.\n");
        Files.writeString(dir.resolve("a.json"), "{\"quotes\": [{\"exact\": \"rates would fall\", \"type\": \"INDIRECT\", \"resolution\": \"EXPLICIT\"}]}");
        assertThatThrownBy(() -> new GoldReader().readAll(dir)).hasMessageContaining("a.json").hasMessageContaining("rates would fall");
    }

    @Test
    void unknownTypesAndMissingAnnotationFilesAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Text.");
        assertThatThrownBy(() -> new GoldReader().readAll(dir)).hasMessageContaining("b.json");
        Files.writeString(dir.resolve("b.json"), "{\"actors\": [{\"name\": \"X\", \"type\": \"ROBOT\"}]}");
        assertThatThrownBy(() -> new GoldReader().readAll(dir)).hasMessageContaining("ROBOT").hasMessageContaining("b.json");
    }

    @Test
    void overlapNeedsHalfOfTheLongerSpan() {
        assertThat(Scorer.overlapsEnough(0, 10, 5, 10)).isTrue();
        assertThat(Scorer.overlapsEnough(0, 10, 0, 21)).isFalse();
        assertThat(Scorer.overlapsEnough(0, 10, 10, 20)).isFalse();
    }
}
