package dev.margin.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/**
 * How a subcommand reports a failure it expected (a missing article, an unreadable file, a refused backup):
 * one line "margin COMMAND: problem" on the error stream, no stack trace, and exit code 1. Failures nobody
 * expected go to the root command's execution-exception handler instead.
 */
final class CommandFailure {
    private CommandFailure() {
    }

    /** Prints the problem under the command's name and returns the exit code 1. */
    static int report(CommandSpec spec, String problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + problem);
        err.flush();
        return 1;
    }
}
