package dev.margin.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the window's code asks for by name is in messages.properties, and arguments are filled in. */
class MessagesTest {
    private static final Pattern LITERAL_KEY = Pattern.compile("\\.get\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

    @Test
    void everyKeyUsedInTheUiExists() throws IOException {
        Messages messages = Messages.forLocale(Locale.ROOT);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/margin/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
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
    void argumentsAreFilledIn() {
        Messages messages = Messages.forLocale(Locale.ROOT);
        assertThat(messages.get("status.saved", "new quote")).isEqualTo("Saved: new quote");
        assertThat(messages.get("import.done", 2, 3)).isEqualTo("Imported 2 of 3 articles");
    }
}
