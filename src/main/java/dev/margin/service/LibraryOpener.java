package dev.margin.service;

import java.nio.file.Path;

/**
 * Opens a library file (creating it when missing) and hands back its services. The composition roots supply
 * it, so that the command line and the window never name a store implementation.
 */
@FunctionalInterface
public interface LibraryOpener {
    LibraryServices open(Path libraryFile);
}
