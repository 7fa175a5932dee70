package dev.margin.export;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML export parsed with jsoup, as a reader's browser would take it: the palette it declares is
 * Margin's one palette, no mark falls back to the browser's yellow, a legend explains every look,
 * notes are rendered from their Markdown with links, actors carry their roles, and the generator and
 * time are said the way people read them.
 */
class HtmlExportTest {
    private final Document page = Jsoup.parse(export());

    @Test
    void thePageDeclaresThePaletteAndMarksUseItInsteadOfTheBrowsersYellow() {
        String style = page.selectFirst("head style").data();
        for (Palette colour : Palette.values()) {
            assertThat(style).contains("--m-" + colour.cssName() + ": " + colour.light() + ";");
        }
        assertThat(cssRule(style, "mark.m")).contains("background-color: transparent");
        assertThat(cssRule(style, "mark.m-quote")).contains("var(--m-quote-bg)");
        assertThat(cssRule(style, "mark.m-highlight")).contains("var(--m-highlight-bg)");
        assertThat(cssRule(style, ".m-actor")).contains("var(--m-actor-line)");
        assertThat(cssRule(style, ".m-claim")).contains("var(--m-claim-line)");
        // every colour the stylesheet names is the palette's or one of the page's own neutrals
        Matcher hex = Pattern.compile("#[0-9a-fA-F]{6}\\b").matcher(style);
        List<String> allowed = List.of("#1d1f21", "#5f6368", "#d9dce0", "#ffffff", "#3949ab", "#f6f7f8", "#eceff1");
        while (hex.find()) {
            String colour = hex.group().toLowerCase(Locale.ROOT);
            assertThat(allowed.contains(colour) || List.of(Palette.values()).stream().anyMatch(p -> p.light().equals(colour)))
                    .as("%s is a palette or page colour", colour).isTrue();
        }
        for (Element mark : page.select("article mark")) {
            assertThat(mark.classNames()).contains("m").anyMatch(c -> c.startsWith("m-"));
        }
    }

    @Test
    void aLegendNamesEveryKindInItsMarkAndEveryVerdictInItsColour() {
        Element legend = page.getElementById("legend");
        assertThat(legend).isNotNull();
        for (AnnotationKind kind : AnnotationKind.values()) {
            String label = kind.name().toLowerCase(Locale.ROOT);
            assertThat(legend.select("mark.m.m-" + label).text()).isEqualTo(label);
        }
        for (ClaimStatus status : ClaimStatus.values()) {
            assertThat(legend.select(".status-" + status.name().toLowerCase(Locale.ROOT)).text()).isEqualTo(Labels.title(status));
        }
        assertThat(legend.elementSiblingIndex()).as("above the first article").isLessThan(page.selectFirst("article").elementSiblingIndex());
    }

    @Test
    void notesAreRenderedFromMarkdownWithLinksAndNoRawMarkup() {
        Element fares = page.getElementById("a1-n4").selectFirst(".note");
        assertThat(fares.select("strong").text()).isEqualTo("2024");
        assertThat(fares.text()).isEqualTo("Compare with the 2024 fare table. Second line <b>not html</b>.").doesNotContain("**");
        assertThat(fares.select("b")).as("raw HTML stays text").isEmpty();

        Element claim = page.getElementById("a1-n6").selectFirst(".note");
        assertThat(claim.select("a").attr("href")).isEqualTo("https://news.example.org/track-report");
        assertThat(claim.text()).isEqualTo("Ask the ministry for the survey, see report.");

        Element wednesday = page.getElementById("a1-n3").selectFirst(".note");
        assertThat(wednesday.select("p a").attr("href")).as("a bare URL, without the sentence's full stop")
                .isEqualTo("https://news.example.org/corrections");
        assertThat(wednesday.select("ul li")).hasSize(2);
        assertThat(wednesday.select("ul li em").text()).isEqualTo("first");

        Element alliance = page.getElementById("a1-n7").selectFirst(".note");
        assertThat(alliance.select("a").attr("href")).isEqualTo("https://www.example.org/parties");
        assertThat(alliance.select("a").text()).isEqualTo("www.example.org/parties");
        assertThat(page.select(".notes").text()).doesNotContain("**").doesNotContain("](");
    }

    @Test
    void speakersClaimantsAndActorsCarryTheirRoles() {
        assertThat(page.getElementById("a1-n4").text()).contains("Adaeze Okafor (transport minister as of 2026-11-20), promising");
        assertThat(page.getElementById("a1-n6").text()).contains("claimed by Adaeze Okafor (transport minister as of 2026-11-20)");
        assertThat(page.getElementById("a1-n2").select(".roles").text()).isEqualTo("Role: transport minister as of 2026-11-20");
    }

    @Test
    void theGeneratorIsNamedWithItsVersionAndTheTimeToTheSecondWithItsZone() {
        assertThat(page.selectFirst("meta[name=generator]").attr("content")).isEqualTo("Margin 0.1.0");
        Element footer = page.selectFirst("footer");
        assertThat(footer.text()).isEqualTo("Exported by Margin 0.1.0 on 2026-11-24 18:00:00 UTC");
        assertThat(footer.selectFirst("time").attr("datetime")).isEqualTo("2026-11-24T18:00:00Z");
    }

    /** The declarations of the rule whose selector is exactly {@code selector}. */
    private static String cssRule(String style, String selector) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)}").matcher(style);
        assertThat(rule.find()).as("a rule for %s", selector).isTrue();
        return rule.group(1);
    }

    private static String export() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new HtmlExporter().write(ExportFixtures.bundle(), out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
