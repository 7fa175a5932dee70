package dev.margin.ui.common;

import dev.margin.domain.ActorType;
import dev.margin.domain.AnchorState;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.QuoteType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the window's code (outside ui.editor, which has its own bundle) asks for by name is in messages.properties. */
class MessagesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("\\.get\\(\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");

    @Test
    void everyKeyUsedInTheUiExists() throws IOException {
        Messages messages = Messages.forLocale(Locale.ROOT);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/margin/ui"))) {
            // ui.editor has a bundle of its own (editor.properties).
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/ui/editor/")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!messages.bundle().containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueShownByNameHasAMessage() {
        Messages messages = Messages.forLocale(Locale.ROOT);
        Map<String, Enum<?>[]> shown = Map.of(
                "kind.", AnnotationKind.values(), "kind.plural.", AnnotationKind.values(), "quoteType.", QuoteType.values(),
                "actorType.", ActorType.values(), "claimStatus.", ClaimStatus.values(), "claimKind.", ClaimKind.values(),
                "stance.", EvidenceStance.values());
        Set<String> missing = new TreeSet<>();
        shown.forEach((prefix, values) -> {
            for (Enum<?> value : values) {
                if (!messages.bundle().containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        for (AnchorState state : new AnchorState[] {AnchorState.MOVED, AnchorState.ORPHANED}) {
            for (String prefix : new String[] {"anchorState.", "annotations.state."}) {
                if (!messages.bundle().containsKey(prefix + state.name())) {
                    missing.add(prefix + state.name());
                }
            }
        }
        for (AnnotationKind kind : AnnotationKind.values()) {
            if (!messages.bundle().containsKey("menu.annotate." + kind.name().toLowerCase(Locale.ROOT))) {
                missing.add("menu.annotate." + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void argumentsAreFilledIn() {
        Messages messages = Messages.forLocale(Locale.ROOT);
        assertThat(messages.get("status.saved", "new quote")).isEqualTo("Saved: new quote");
        assertThat(messages.get("import.done", 2, 3)).isEqualTo("Imported 2 of 3 inputs");
        assertThat(messages.get("import.failures.header", 1, 3)).isEqualTo("1 of 3 inputs was not imported");
        assertThat(messages.get("import.failures.header", 2, 1200)).isEqualTo("2 of 1,200 inputs were not imported");
        assertThat(messages.get("import.doneAll", 1)).isEqualTo("1 article imported");
        assertThat(messages.get("import.doneAll", 1200)).isEqualTo("1,200 articles imported");
    }
}
