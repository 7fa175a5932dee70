package dev.margin.ui;

/**
 * The training run of the installed app's start-up archive. Java 17 can only use an application class-data
 * archive from the very folder it was made in, so the archive cannot ship in the package: the package's postinst
 * runs {@code make-start-archive.sh}, which starts this class once with {@code -XX:ArchiveClassesAtExit}. It loads
 * the classes of a start ({@link ClassWarmer#CLASS_LIST}) without initialising them and exits, so no display is
 * needed; the JVM then writes them, parsed and verified, into the archive the launcher maps at every start.
 */
public final class StartupArchive {
    private StartupArchive() {
    }

    public static void main(String[] args) {
        int loaded = ClassWarmer.loadListedClasses();
        System.out.println("Loaded " + loaded + " of " + ClassWarmer.classList().size() + " start-up classes for the archive.");
    }
}
