package dev.margin.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code margin backup} and {@code margin restore-backup}: a round trip, and backups that must be refused. */
class BackupCommandTest {
    @TempDir
    Path dir;
    private CliRunner cli;
    private AnnotatedLibrary library;

    @BeforeEach
    void setUp() throws IOException {
        cli = CliRunner.in(dir);
        library = new AnnotatedLibrary(cli, dir);
    }

    @Test
    void restoreBringsTheLibraryBackToTheBackupAndKeepsThePreviousOne() {
        String before = cli.run("show", Long.toString(library.wireReport)).out();
        Path backup = dir.resolve("monday.margin-backup");
        CliRunner.Run backedUp = cli.run("backup", backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("Backed up ", backup.toString(), "integrity checked");
        assertThat(cli.run("annotate", Long.toString(library.wireReport), "--highlight", "harbour fees", "--occurrence", "1").exitCode()).isZero();
        assertThat(cli.run("show", Long.toString(library.wireReport)).out()).isNotEqualTo(before);

        CliRunner.Run restored = cli.run("restore-backup", backup.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored ", "before-restore-");
        assertThat(cli.run("show", Long.toString(library.wireReport)).out()).isEqualTo(before);
        assertThat(cli.run("list").out().lines()).hasSize(2);
    }

    @Test
    void aBackupThatIsNotALibraryIsRefusedAndTheLibraryStays() throws IOException {
        String before = cli.run("list").out();
        Path bogus = Files.writeString(dir.resolve("bogus.db"), "a shopping list, not a library\n");

        CliRunner.Run run = cli.run("restore-backup", bogus.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("margin restore-backup: ").contains(bogus.toString(), "library was not changed");
        assertThat(cli.run("list").out()).isEqualTo(before);
        assertThat(cli.run("restore-backup", dir.resolve("none.db").toString()).err()).contains("There is no backup file");
    }

    @Test
    void aBackupOntoAFolderOrIntoAMissingFolderFailsAndLeavesAnEarlierBackup() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        CliRunner.Run ontoFolder = cli.run("backup", folder.toString());
        assertThat(ontoFolder.exitCode()).isEqualTo(1);
        assertThat(ontoFolder.err()).contains("it is a folder");

        CliRunner.Run missing = cli.run("backup", dir.resolve("gone").resolve("b.db").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("does not exist");

        assertThat(cli.run("backup").exitCode()).isEqualTo(2);
        assertThat(cli.run("restore-backup").exitCode()).isEqualTo(2);
    }
}
