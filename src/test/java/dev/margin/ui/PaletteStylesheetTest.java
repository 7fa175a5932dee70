package dev.margin.ui;

import dev.margin.export.Palette;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's stylesheets declare {@link Palette}'s colours, light and dark, so the window, the HTML
 * export and the PDF report mark text alike: article-view.css the marks and the selection
 * ({@code -m-quote-bg}, …), margin.css the kind colours and verdicts ({@code -margin-quote},
 * {@code -margin-status-refuted}, …). And the selection is told apart from a quote at a glance.
 */
class PaletteStylesheetTest {
    private static final List<Palette> IN_ARTICLE_VIEW = List.of(Palette.QUOTE_FILL, Palette.HIGHLIGHT_FILL, Palette.QUOTE_HIGHLIGHT_FILL,
            Palette.ACTOR_LINE, Palette.CLAIM_LINE, Palette.SELECTION);

    @Test
    void theArticleViewDeclaresThePalettesMarkAndSelectionColours() throws IOException {
        Map<String, String> light = declarations("editor/article-view.css", false);
        Map<String, String> dark = declarations("editor/article-view.css", true);

        for (Palette colour : IN_ARTICLE_VIEW) {
            assertThat(light.get("-m-" + colour.cssName())).as("light -m-%s", colour.cssName()).isEqualTo(colour.light());
            assertThat(dark.get("-m-" + colour.cssName())).as("dark -m-%s", colour.cssName()).isEqualTo(colour.dark());
        }
    }

    @Test
    void theWindowsKindAndVerdictColoursAreThePalettes() throws IOException {
        Map<String, String> light = declarations("common/margin.css", false);
        Map<String, String> dark = declarations("common/margin.css", true);

        for (Palette colour : Palette.values()) {
            if (IN_ARTICLE_VIEW.contains(colour) && !colour.cssName().endsWith("-line")) {
                continue;
            }
            String name = "-margin-" + colour.cssName().replaceFirst("-line$", "");
            assertThat(light.get(name)).as("light %s", name).isEqualTo(colour.light());
            assertThat(dark.get(name)).as("dark %s", name).isEqualTo(colour.dark());
        }
    }

    @Test
    void theSelectionIsClearlyNotTheQuoteColour() {
        for (boolean darkLook : new boolean[] {false, true}) {
            double[] selection = lab(colour(Palette.SELECTION, darkLook));
            double[] quote = lab(colour(Palette.QUOTE_FILL, darkLook));
            assertThat(distance(selection, quote)).as("CIE76 distance, dark=%s", darkLook).isGreaterThan(20);
            assertThat(chroma(selection)).as("the selection is a neutral grey").isLessThan(3);
            assertThat(chroma(quote)).as("the quote ground is a blue").isGreaterThan(8);
            for (Palette fill : List.of(Palette.HIGHLIGHT_FILL, Palette.QUOTE_HIGHLIGHT_FILL)) {
                assertThat(distance(selection, lab(colour(fill, darkLook)))).isGreaterThan(20);
            }
        }
    }

    /** The colour declarations of the rules whose selectors name (or do not name) the dark look. */
    private static Map<String, String> declarations(String stylesheet, boolean darkLook) throws IOException {
        String css;
        try (InputStream in = PaletteStylesheetTest.class.getResourceAsStream("/dev/margin/ui/" + stylesheet)) {
            assertThat(in).as(stylesheet).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Map<String, String> found = new HashMap<>();
        Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)}").matcher(css);
        while (rule.find()) {
            if (rule.group(1).contains("dark") != darkLook) {
                continue;
            }
            Matcher declaration = Pattern.compile("(-m(?:argin)?-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(rule.group(2));
            while (declaration.find()) {
                found.put(declaration.group(1), declaration.group(2).toLowerCase());
            }
        }
        return found;
    }

    private static String colour(Palette palette, boolean darkLook) {
        return darkLook ? palette.dark() : palette.light();
    }

    /** CIE L*a*b* (D65) of an sRGB colour. */
    private static double[] lab(String hex) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
        double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double chroma(double[] lab) {
        return Math.hypot(lab[1], lab[2]);
    }
}
