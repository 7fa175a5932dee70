package dev.margin.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Margin's version, one source for the window and the command line (the exports' generator, the
 * version option): {@code dev/margin/version.properties}, which Maven fills in from the pom when it
 * copies the resources, or the jar manifest's Implementation-Version when the resource is missing.
 */
public final class AppVersion {
    private static final String RESOURCE = "/dev/margin/version.properties";

    private AppVersion() {
    }

    /** The version string, e.g. "0.1.0", or "unknown" when neither the resource nor the manifest names one. */
    public static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
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
        String fromManifest = AppVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }
}
