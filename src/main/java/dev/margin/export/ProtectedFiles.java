package dev.margin.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Files that a writer must never replace, such as the library and the log and journal SQLite keeps beside it.
 * A target is compared as a real file, not as spelled: through a symbolic link, {@code ..}, a hard link
 * (same file key) or another case of its name, the library is still recognised. A target that does not exist
 * yet is compared by its real folder and its name (ignoring case), so that a write can not create the
 * library's log file where SQLite would later read it as one.
 */
public final class ProtectedFiles {
    /** Nothing protected: for writers whose targets can never be a library (tests, benchmarks). */
    public static final ProtectedFiles NONE = new ProtectedFiles("", List.of());

    private final String owner;
    private final List<Path> files;

    private ProtectedFiles(String owner, List<Path> files) {
        this.owner = owner;
        this.files = files;
    }

    /**
     * @param owner what the files are, for the message ("the Margin library /home/ada/margin.db")
     * @param files the files; they need not exist
     */
    public static ProtectedFiles of(String owner, Collection<Path> files) {
        return new ProtectedFiles(Objects.requireNonNull(owner, "owner"),
                files.stream().map(file -> file.toAbsolutePath().normalize()).toList());
    }

    /** Throws IOException naming the owner when writing {@code target} would replace one of the files. */
    public void check(Path target) throws IOException {
        Path hit = match(target);
        if (hit != null) {
            String what = hit.equals(files.get(0)) ? owner : hit.getFileName() + ", a file of " + owner;
            throw new IOException("Cannot write " + target.toAbsolutePath() + ": it is " + what
                    + ", which must never be replaced. Nothing was written; choose another file.");
        }
    }

    /** Whether writing {@code target} would replace one of the files. */
    public boolean covers(Path target) {
        return match(target) != null;
    }

    private Path match(Path target) {
        if (files.isEmpty()) {
            return null;
        }
        Path spelled = target.toAbsolutePath();
        Path targetFolder = realFolder(spelled);
        String targetName = name(spelled);
        Path targetReal = realFile(spelled);
        for (Path file : files) {
            if (targetReal != null && Files.exists(file) && sameFile(targetReal, file)) {
                return file;
            }
            if (sameName(targetFolder, targetName, realFolder(file), name(file))) {
                return file;
            }
            Path fileReal = realFile(file);
            if (fileReal != null && targetReal != null && sameName(realFolder(targetReal), name(targetReal), realFolder(fileReal), name(fileReal))) {
                return file;
            }
            if (fileReal != null && sameName(targetFolder, targetName, realFolder(fileReal), name(fileReal))) {
                return file;
            }
        }
        return null;
    }

    private static boolean sameName(Path folder, String name, Path otherFolder, String otherName) {
        return folder != null && name != null && folder.equals(otherFolder) && name.equalsIgnoreCase(otherName);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException gone) {
            return false;
        }
    }

    /** The file itself with every link resolved, or null when it does not exist. */
    private static Path realFile(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException missing) {
            return null;
        }
    }

    /** The real folder the name would be created in (links and {@code ..} resolved), or null when it does not exist. */
    private static Path realFolder(Path path) {
        Path folder = path.getParent();
        if (folder == null) {
            return null;
        }
        try {
            return folder.toRealPath();
        } catch (IOException missing) {
            return null;
        }
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? null : name.toString().toLowerCase(Locale.ROOT);
    }
}
