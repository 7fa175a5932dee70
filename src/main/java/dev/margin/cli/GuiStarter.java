package dev.margin.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Starts the desktop window on a library file, for {@code margin} run without a subcommand.
 * The command line cannot reach the ui layer itself; {@code dev.margin.Launcher} supplies this.
 */
@FunctionalInterface
public interface GuiStarter {
    /**
     * Shows the window on {@code libraryFile}, importing {@code filesToOpen} into it once it is up (what a desktop's
     * "Open with Margin" passes), and returns the process exit code once it closes.
     */
    int start(Path libraryFile, List<Path> filesToOpen);
}
