package dev.margin.cli;

import dev.margin.service.MarginVersion;
import picocli.CommandLine.IVersionProvider;

/** Margin's version for the command line's version option, as {@link MarginVersion} reads it. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Margin " + version()};
    }

    /** The version string, e.g. "0.1.0", or "unknown": {@link MarginVersion#current()}. */
    public static String version() {
        return MarginVersion.current();
    }
}
