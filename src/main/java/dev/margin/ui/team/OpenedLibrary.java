package dev.margin.ui.team;

import dev.margin.service.LibraryServices;

/**
 * A library the window should switch to, once opened in the background.
 *
 * @param team the team library's address, or null for the local library file
 */
public record OpenedLibrary(LibraryServices services, TeamAddress team) {
}
