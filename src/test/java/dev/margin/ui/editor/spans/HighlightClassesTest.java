package dev.margin.ui.editor.spans;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightClassesTest {

    @Test
    void paletteNamesAndHexColoursMapToPaletteClasses() {
        assertThat(HighlightClasses.colourClass("Green")).isEqualTo("colour-green");
        assertThat(HighlightClasses.colourClass("gray")).isEqualTo("colour-grey");
        assertThat(HighlightClasses.colourClass("#fd0")).isEqualTo("colour-yellow");
        assertThat(HighlightClasses.colourClass("#2050f0")).isEqualTo("colour-blue");
        assertThat(HighlightClasses.colourClass(null)).isNull();
        assertThat(HighlightClasses.colourClass("  ")).isNull();
        assertThat(HighlightClasses.colourClass("#12345")).isNull();
        assertThat(HighlightClasses.colourClass("chartreuse-ish")).isNull();
    }

    @Test
    void everyPaletteColourAndKindHasARuleInTheStylesheet() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/dev/margin/ui/editor/article-view.css"));
        for (String name : HighlightClasses.paletteNames()) {
            assertThat(css).contains(".text.colour-" + name + " {");
        }
        for (String kind : new String[] {"quote", "actor", "claim", "highlight", "emphasised", "moved", "suggestion"}) {
            assertThat(css).contains(".text." + kind + " {");
        }
    }

    @Test
    void theSpanPackageStaysFreeOfTheToolkit() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/margin/ui/editor/spans"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("import javafx.").doesNotContain("org.fxmisc");
            }
        }
    }
}
