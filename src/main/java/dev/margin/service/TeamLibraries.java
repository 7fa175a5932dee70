package dev.margin.service;

/**
 * Team libraries on a database server, named by an address such as
 * {@code postgresql://host:5432/newsdesk?user=ana&sslmode=verify-full}. The composition root supplies it (it knows
 * the store implementation); the command line only passes addresses through. Passwords never appear in an
 * address: they come from the standard password file or are asked for when the server wants one.
 */
public interface TeamLibraries {
    /** None: this build opens no team libraries (a test's, or a caller that has no server driver). */
    TeamLibraries NONE = new TeamLibraries() {
        @Override
        public LibraryServices open(String address) {
            throw new IllegalStateException("Team libraries are not available here: " + address);
        }

        @Override
        public int init(String address) {
            throw new IllegalStateException("Team libraries are not available here: " + address);
        }

        @Override
        public void addUser(String address, String name, String role) {
            throw new IllegalStateException("Team libraries are not available here: " + address);
        }
    };

    /** Opens the team library at {@code address} and hands back its services; the caller closes them. */
    LibraryServices open(String address);

    /** Sets up (or brings up to date) the schema and the team roles at {@code address}; returns the schema version. */
    int init(String address);

    /** Adds the login {@code name} with the team role {@code role} (reader, annotator, editor, admin), or moves it there. */
    void addUser(String address, String name, String role);
}
