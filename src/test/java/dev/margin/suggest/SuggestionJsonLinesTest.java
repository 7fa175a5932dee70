package dev.margin.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON lines of {@code suggest --json}: one object a line, fields that do not apply left out. */
class SuggestionJsonLinesTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void oneObjectPerLineWithOnlyTheFieldsThatApply() throws IOException {
        String text = "“Inflation has halved since January,” said central bank governor Ama Mensah.";
        List<Suggestion> suggestions = new Suggester(Lexicon.load()).suggest(text);
        StringWriter out = new StringWriter();
        new SuggestionJsonLines().write("article.txt", suggestions, out);

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(suggestions.size());
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            nodes.add(json.readTree(line));
        }
        JsonNode quote = nodes.stream().filter(n -> n.get("kind").asText().equals("quote")).findFirst().orElseThrow();
        assertThat(quote.get("source").asText()).isEqualTo("article.txt");
        assertThat(quote.get("exact").asText()).isEqualTo("Inflation has halved since January,");
        assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("exact").asText());
        assertThat(quote.get("speaker").asText()).isEqualTo("Ama Mensah");
        assertThat(quote.get("cue").asText()).isEqualTo("said");
        assertThat(quote.get("quoteType").asText()).isEqualTo("direct");
        assertThat(quote.has("actor")).isFalse();
        assertThat(quote.has("claimant")).isFalse();

        JsonNode actor = nodes.stream().filter(n -> n.get("kind").asText().equals("actor")).findFirst().orElseThrow();
        assertThat(actor.get("actor").asText()).isEqualTo("Ama Mensah");
        assertThat(actor.get("actorType").asText()).isEqualTo("person");
        assertThat(actor.has("speaker")).isFalse();
        assertThat(actor.has("quoteType")).isFalse();

        JsonNode claim = nodes.stream().filter(n -> n.get("kind").asText().equals("claim")).findFirst().orElseThrow();
        assertThat(claim.get("claimant").asText()).isEqualTo("Ama Mensah");
        assertThat(claim.get("claimKind").asText()).isEqualTo("statistic");
        assertThat(claim.has("cue")).isFalse();
    }

    @Test
    void textIsEscapedSoEveryLineStaysOneObject() throws IOException {
        String text = "“We will not pay a back\\slash tax.\n“Not now, not ever,” said Ama Mensah, the \"iron\" governor.";
        StringWriter out = new StringWriter();
        List<Suggestion> suggestions = new Suggester(Lexicon.load()).suggest(text);
        assertThat(suggestions).isNotEmpty();
        new SuggestionJsonLines().write("42", suggestions, out);
        assertThat(out.toString().split("\n")).hasSize(suggestions.size());
        for (String line : out.toString().split("\n")) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("source").asText()).isEqualTo("42");
            assertThat(text.substring(node.get("start").asInt(), node.get("end").asInt())).isEqualTo(node.get("exact").asText());
        }
    }
}
