package dev.margin.importer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the hand-written news-page fixtures under src/test/resources/dev/margin/importer/fixtures. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
