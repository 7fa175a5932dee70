package dev.margin.cli;

import dev.margin.service.MarginVersion;
import picocli.CommandLine.IVersionProvider;

/** The command line's --version: "Margin 0.1.0", from {@link MarginVersion}. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Margin " + version()};
    }

    /** The version string, e.g. "0.1.0". */
    public static String version() {
        return MarginVersion.current();
    }
}
