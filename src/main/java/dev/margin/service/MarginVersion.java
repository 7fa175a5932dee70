package dev.margin.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Margin's version, the same for the window and the command line (an export says which version made it): from
 * {@code dev/margin/version.properties}, which Maven fills in from the pom when it copies the resources, or from
 * the jar manifest's Implementation-Version when the resource is missing.
 */
public final class MarginVersion {
    private static final String RESOURCE = "/dev/margin/version.properties";

    private MarginVersion() {
    }

    /** The version string, e.g. "0.1.0", or "unknown" when neither the resource nor the manifest names one. */
    public static String current() {
        try (InputStream in = MarginVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version.strip();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The version resource " + RESOURCE + " cannot be read", e);
        }
        String fromManifest = MarginVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }
}
