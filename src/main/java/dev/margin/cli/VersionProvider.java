package dev.margin.cli;

import dev.margin.service.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Margin's version for the command line's version option, as {@link AppVersion} reads it. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Margin " + version()};
    }

    /** The version string, e.g. "0.1.0", or "unknown": {@link AppVersion#version()}. */
    public static String version() {
        return AppVersion.version();
    }
}
