package dev.margin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code margin team init URL} and {@code margin team add-user NAME --role R}: setting up a team library and its people. */
@Command(name = "team", description = {"Set up a team library on a PostgreSQL server and add its people.",
        "Roles: reader (sees everything), annotator (adds articles and actors, edits own annotations),",
        "editor (edits everyone's annotations, actors and articles, sets claim verdicts), admin (adds people).",
        "Passwords come from ~/.pgpass (or PGPASSFILE) or are asked for; never put one in the address."},
        subcommands = {TeamCommand.Init.class, TeamCommand.AddUser.class})
final class TeamCommand {
    private final MarginCommand root;

    TeamCommand(MarginCommand root) {
        this.root = root;
    }

    @Command(name = "init", description = "Create (or bring up to date) the schema and the roles margin_reader,"
            + " margin_annotator, margin_editor and margin_admin in the database at URL. Run it as the database's owner"
            + " with the right to create roles.")
    static final class Init implements java.util.concurrent.Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "postgresql://host[:port]/database?user=NAME&sslmode=MODE")
        private String address;

        @Override
        public Integer call() {
            MarginCommand root = ((TeamCommand) spec.parent().userObject()).root;
            int version = root.teamLibraries().init(address);
            spec.commandLine().getOut().println("The team library " + address + " is ready (schema version " + version + ").");
            return 0;
        }
    }

    @Command(name = "add-user", description = "Add a person (a database login) to the team library given by --library,"
            + " or move them to another role. Only an admin may.")
    static final class AddUser implements java.util.concurrent.Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The login name.")
        private String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "reader, annotator, editor or admin.")
        private String role;

        @Override
        public Integer call() {
            MarginCommand root = ((TeamCommand) spec.parent().userObject()).root;
            String address = root.teamAddress();
            if (address == null) {
                return CommandFailure.report(spec, "say which team library: --library postgresql://host:port/database?user=ADMIN");
            }
            root.teamLibraries().addUser(address, name, role);
            spec.commandLine().getOut().println(name + " is now a " + role + " of " + address + ". Set their password on the"
                    + " server (psql: \\password " + name + ") or let the server's own authentication admit them.");
            return 0;
        }
    }
}
