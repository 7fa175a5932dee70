package dev.margin.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where the library file lives: the folder given on the command line, else the folder in the
 * environment variable {@value #ENV_VARIABLE}, else the usual per-user data folder of the operating
 * system (Linux and other Unixes: {@code $XDG_DATA_HOME/margin} or {@code ~/.local/share/margin};
 * macOS: {@code ~/Library/Application Support/Margin}; Windows: {@code %APPDATA%\Margin}).
 * The file in that folder is {@value #FILE_NAME}.
 *
 * <p>The environment, operating system name and home folder are passed in, so that tests can
 * try every platform; {@link #ofSystem()} takes them from the running JVM.
 */
public final class DataDirectory {
    public static final String ENV_VARIABLE = "MARGIN_DATA_DIR";
    public static final String FILE_NAME = "margin.db";

    /** Which setting decided the folder. */
    public enum Source { OPTION, ENVIRONMENT, DEFAULT }

    /** The library's folder and file, and which setting chose them. */
    public record Location(Path folder, Path file, Source source) {
    }

    private final Map<String, String> environment;
    private final String osName;
    private final Path userHome;

    public DataDirectory(Map<String, String> environment, String osName, Path userHome) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.osName = Objects.requireNonNull(osName, "osName").toLowerCase(Locale.ROOT);
        this.userHome = Objects.requireNonNull(userHome, "userHome");
    }

    /** The data directory of the running JVM's user, from its environment and system properties. */
    public static DataDirectory ofSystem() {
        String osName = System.getProperty("os.name", "");
        return new DataDirectory(System.getenv(), osName, homeFolder(System.getenv(), osName, System.getProperty("user.home")));
    }

    /**
     * The user's home: on Unixes {@code $HOME} when set, as every other program there uses it, and Java's
     * {@code user.home} (read from the password database, blind to a changed {@code HOME}) only without it.
     */
    static Path homeFolder(Map<String, String> environment, String osName, String javaUserHome) {
        String home = environment.get("HOME");
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        return !windows && home != null && !home.isBlank() ? Path.of(home) : Path.of(javaUserHome);
    }

    /** Where the library is, given the folder from a command-line option ({@code null} when there was none). No I/O. */
    public Location locate(Path optionFolder) {
        if (optionFolder != null) {
            return at(optionFolder, Source.OPTION);
        }
        String fromEnvironment = environment.get(ENV_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return at(Path.of(fromEnvironment.strip()), Source.ENVIRONMENT);
        }
        return at(defaultFolder(), Source.DEFAULT);
    }

    /** The library file, after creating its folder when missing (first start). */
    public Path libraryFile(Path optionFolder) {
        Location location = locate(optionFolder);
        Path folder = location.folder();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("The data folder " + folder + " is a file, not a folder; choose another with --data-dir or "
                    + ENV_VARIABLE + ".");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("The data folder " + folder + " cannot be created: " + e.getMessage(), e);
        }
        return location.file();
    }

    /** The operating system's per-user data folder for Margin. */
    public Path defaultFolder() {
        if (osName.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Margin");
        }
        if (osName.startsWith("mac") || osName.contains("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Margin");
        }
        // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        if (xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()) {
            return Path.of(xdgDataHome).resolve("margin");
        }
        return userHome.resolve(".local").resolve("share").resolve("margin");
    }

    private static Location at(Path folder, Source source) {
        Path absolute = folder.toAbsolutePath().normalize();
        return new Location(absolute, absolute.resolve(FILE_NAME), source);
    }
}
