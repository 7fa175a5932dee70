package dev.margin;

import dev.margin.service.LibraryServices;
import dev.margin.service.TeamLibraries;
import dev.margin.store.postgres.PostgresStore;
import dev.margin.store.postgres.TeamLibraryAddress;
import dev.margin.store.postgres.TeamSetup;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root's team libraries: PostgreSQL, through {@code store.postgres}. A password the server wants
 * and ~/.pgpass lacks is asked for through {@code askPassword} (given the prompt), used for that login only.
 */
final class PostgresTeamLibraries implements TeamLibraries {
    private final Function<String, char[]> askPassword;

    PostgresTeamLibraries(Function<String, char[]> askPassword) {
        this.askPassword = askPassword;
    }

    @Override
    public LibraryServices open(String address) {
        TeamLibraryAddress parsed = TeamLibraryAddress.parse(address);
        return LibraryServices.over(PostgresStore.open(parsed, prompt(parsed)), Clock.systemUTC());
    }

    @Override
    public int init(String address) {
        TeamLibraryAddress parsed = TeamLibraryAddress.parse(address);
        return TeamSetup.init(parsed, prompt(parsed));
    }

    @Override
    public void addUser(String address, String name, String role) {
        TeamLibraryAddress parsed = TeamLibraryAddress.parse(address);
        TeamSetup.addUser(parsed, prompt(parsed), name, role);
    }

    private Supplier<char[]> prompt(TeamLibraryAddress address) {
        return () -> askPassword.apply("Password for " + address.user() + " on " + address.shown() + ": ");
    }
}
