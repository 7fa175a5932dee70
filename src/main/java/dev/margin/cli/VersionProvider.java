package dev.margin.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Margin's version: from {@code dev/margin/version.properties}, which Maven fills in from the pom when it
 * copies the resources, or from the jar manifest's Implementation-Version when the resource is missing.
 */
public final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "/dev/margin/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"Margin " + version()};
    }

    /** The version string, e.g. "0.1.0", or "unknown" when neither the resource nor the manifest names one. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
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
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }
}
