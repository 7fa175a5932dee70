package dev.margin.importer.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the import fidelity corpus: a saved news page ({@code NN-slug.html}) and what a reader must get from
 * it ({@code NN-slug.expected.json}: title, authors, published date, every paragraph of the article, and clutter
 * phrases that must not be in the reading text). The format is described in the corpus folder's README.md.
 *
 * @param published ISO-8601 as precise as the page gives it, or null when the page gives none
 */
record FidelityPage(String name, Path html, String language, String title, List<String> authors, String published,
                    List<String> paragraphs, List<String> clutter) {
    /** The corpus in the source tree, read from the project folder. */
    static final Path DEFAULT_FOLDER = Path.of("src/test/resources/dev/margin/importer/fidelity");

    /** Every page of {@code folder}, in name order; a page without its expected file is an error, not a skip. */
    static List<FidelityPage> readAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("The fidelity corpus folder " + folder.toAbsolutePath() + " does not exist.");
        }
        List<Path> pages = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.html")) {
            files.forEach(pages::add);
        }
        pages.sort(null);
        ObjectMapper json = new ObjectMapper();
        List<FidelityPage> result = new ArrayList<>();
        for (Path html : pages) {
            String file = html.getFileName().toString();
            String name = file.substring(0, file.length() - ".html".length());
            Path expected = folder.resolve(name + ".expected.json");
            if (!Files.isRegularFile(expected)) {
                throw new IOException(html + " has no " + expected.getFileName() + " beside it.");
            }
            JsonNode node;
            try {
                node = json.readTree(expected.toFile());
            } catch (IOException e) {
                throw new IOException(expected + " is not valid JSON: " + e.getMessage(), e);
            }
            result.add(new FidelityPage(name, html, text(node, "language"), text(node, "title"), strings(node, "authors"),
                    node.path("published").isNull() ? null : text(node, "published"), strings(node, "paragraphs"),
                    strings(node, "clutter")));
        }
        return result;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
