package dev.margin.suggest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.margin.domain.ActorType;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads annotated fixtures: {@code NAME.txt} (the article, paragraphs one a line) beside {@code NAME.json}:
 *
 * <pre>
 * {"quotes": [{"exact": "…", "occurrence": 1, "type": "DIRECT|PARTIAL|INDIRECT",
 *              "speaker": "canonical name or null", "resolution": "EXPLICIT|PRONOUN|ANONYMOUS|UNATTRIBUTED"}],
 *  "actors": [{"name": "canonical name", "type": "PERSON|ORGANISATION|STATE|GROUP|OTHER", "aliases": ["…"]}],
 *  "claims": [{"exact": "…", "occurrence": 1, "kind": "STATISTIC|…", "claimant": "name or null"}]}
 * </pre>
 *
 * A span is given by its exact text and which occurrence of it is meant (1 when left out). A fixture
 * whose JSON does not parse, names an unknown type, or gives text that is not in the article is
 * refused with a message naming the file and the entry.
 */
public final class GoldReader {
    private final ObjectMapper json = new ObjectMapper();

    /** Every fixture in {@code directory}, in name order. */
    public List<GoldArticle> readAll(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("no fixture directory at " + directory.toAbsolutePath());
        }
        List<Path> texts;
        try (Stream<Path> files = Files.list(directory)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<GoldArticle> articles = new ArrayList<>();
        for (Path text : texts) {
            articles.add(read(text));
        }
        return articles;
    }

    public GoldArticle read(Path textFile) throws IOException {
        String fileName = textFile.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".txt".length());
        Path goldFile = textFile.resolveSibling(name + ".json");
        if (!Files.exists(goldFile)) {
            throw new IOException(textFile + " has no annotation file " + goldFile.getFileName());
        }
        String text = Files.readString(textFile, StandardCharsets.UTF_8).stripTrailing();
        JsonNode root;
        try {
            root = json.readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new IOException(goldFile + " is not valid JSON: " + e.getMessage(), e);
        }
        List<GoldArticle.Quote> quotes = new ArrayList<>();
        for (JsonNode node : root.path("quotes")) {
            int start = locate(text, node, goldFile);
            quotes.add(new GoldArticle.Quote(start, start + node.path("exact").asText().length(),
                    parse(QuoteType.class, node, "type", goldFile), textOrNull(node, "speaker"),
                    parse(SpeakerResolution.class, node, "resolution", goldFile)));
        }
        List<GoldArticle.Actor> actors = new ArrayList<>();
        for (JsonNode node : root.path("actors")) {
            List<String> aliases = new ArrayList<>();
            node.path("aliases").forEach(alias -> aliases.add(alias.asText()));
            actors.add(new GoldArticle.Actor(required(node, "name", goldFile), parse(ActorType.class, node, "type", goldFile), aliases));
        }
        List<GoldArticle.Claim> claims = new ArrayList<>();
        for (JsonNode node : root.path("claims")) {
            int start = locate(text, node, goldFile);
            claims.add(new GoldArticle.Claim(start, start + node.path("exact").asText().length(),
                    parse(ClaimKind.class, node, "kind", goldFile), textOrNull(node, "claimant")));
        }
        return new GoldArticle(name, text, quotes, actors, claims);
    }

    private static int locate(String text, JsonNode node, Path file) throws IOException {
        String exact = required(node, "exact", file);
        int occurrence = node.path("occurrence").asInt(1);
        int at = -1;
        for (int k = 0; k < occurrence; k++) {
            at = text.indexOf(exact, at + 1);
            if (at < 0) {
                throw new IOException(file + ": occurrence " + occurrence + " of \"" + exact + "\" is not in the article text");
            }
        }
        return at;
    }

    private static String required(JsonNode node, String field, Path file) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IOException(file + ": an entry has no \"" + field + "\": " + node);
        }
        return value.asText();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, JsonNode node, String field, Path file) throws IOException {
        String value = required(node, field, file);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": \"" + value + "\" is not a " + type.getSimpleName() + " in " + node, e);
        }
    }
}
