package dev.margin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the layer arrows pointing one way: ui -> service -> store -> domain, with importer,
 * export, anchoring and suggest depending on domain only. It reads the import and fully
 * qualified references of every main source file, so a wrong arrow fails the build.
 */
class LayerArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/dev/margin");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.margin\\.([a-z]+)");

    /** For each layer, the layers it must never reference. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "domain", List.of("store", "importer", "export", "service", "cli", "ui", "anchoring", "suggest", "bench"),
            "anchoring", List.of("store", "importer", "export", "service", "cli", "ui", "suggest"),
            "importer", List.of("store", "export", "service", "cli", "ui", "suggest"),
            "export", List.of("store", "importer", "service", "cli", "ui", "suggest"),
            "suggest", List.of("store", "importer", "export", "service", "cli", "ui"),
            "store", List.of("importer", "export", "service", "cli", "ui", "suggest"),
            "service", List.of("cli", "ui"),
            "cli", List.of("ui"),
            "ui", List.of("cli"));

    @Test
    void layersReferenceOnlyTheLayersBelowThem() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String layer = layerOf(file);
                List<String> forbidden = FORBIDDEN.getOrDefault(layer, List.of());
                Matcher matcher = REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (forbidden.contains(matcher.group(1))) {
                        violations.add(MAIN.relativize(file) + " (" + layer + ") references dev.margin." + matcher.group(1));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void domainAndStoreContractsDoNotUseJavaFxOrJdbc() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String layer : List.of("domain", "importer", "export", "anchoring", "suggest")) {
            Path dir = MAIN.resolve(layer);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    if (source.contains("import javafx.") || source.contains("import java.sql.")) {
                        violations.add(MAIN.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static String layerOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "root";
    }
}
