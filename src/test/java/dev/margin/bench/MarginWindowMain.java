package dev.margin.bench;

import dev.margin.ui.MarginApp;

import java.nio.file.Path;

/**
 * Starts the Margin window on a library file from the test classpath, for the startup benchmark and
 * for screenshots under Xvfb: {@code java -cp ... dev.margin.bench.MarginWindowMain LIBRARY.db}
 * (with -Dmargin.exitAfterShow=true or -Dmargin.snapshot=FILE.png).
 */
public final class MarginWindowMain {
    private MarginWindowMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: MarginWindowMain LIBRARY_FILE");
            System.exit(2);
        }
        MarginApp.launch(Path.of(args[0]));
    }
}
