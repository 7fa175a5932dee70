package dev.margin.ui.export;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The file and folder choosers of export, backup and restore. The window uses {@link SystemFileDialogs};
 * a headless test, which cannot click through the platform's chooser, answers with real paths of its own.
 */
public interface FileDialogs {
    /** A type of file a chooser offers: its label and patterns such as {@code *.md}. */
    record FileType(String label, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }
    }

    /** Asks where to save; {@code initialName} is proposed in {@code initialFolder}. Empty when the user cancelled. */
    Optional<Path> saveFile(Window owner, String title, Path initialFolder, String initialName, FileType type);

    /** Asks for a folder to write into. */
    Optional<Path> folder(Window owner, String title, Path initialFolder);

    /** Asks for an existing file to read. */
    Optional<Path> openFile(Window owner, String title, Path initialFolder, FileType type);
}
