package dev.margin.service;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Opens another library while the window runs (File › Open team library…, Open recent, Open local library). The
 * composition root implements it, being the one place that knows the store implementations; the window only passes
 * addresses and files through and receives the services. Both calls connect or read the disk: never call them on
 * the window's thread.
 */
public interface LibraryOpening {
    /**
     * Opens the team library at {@code address} ({@code postgresql://host:port/database?user=…&sslmode=…}, never with a
     * password in it), setting up or upgrading its schema when the user may. The password comes from ~/.pgpass (or
     * the file PGPASSFILE names); when the server wants one that is not there, {@code askPassword} is asked, and may
     * answer null. Throws with a message naming the problem (server unreachable, login refused, no such database,
     * schema missing and not the user's to create).
     */
    LibraryServices openTeam(String address, Supplier<char[]> askPassword);

    /** Opens the local library file (creating it when missing). */
    LibraryServices openLocal(Path file);
}
