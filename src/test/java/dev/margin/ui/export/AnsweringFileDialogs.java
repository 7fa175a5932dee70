package dev.margin.ui.export;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * File choosers for headless window tests, which cannot click through the platform's own: each question is
 * answered with the next real path the test queued, and what the window proposed is kept for checking.
 */
final class AnsweringFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();
    private volatile String proposedName;
    private volatile Path proposedFolder;

    /** The next chooser, whatever it asks, answers {@code path}. */
    void answer(Path path) {
        answers.add(path);
    }

    String proposedName() {
        return proposedName;
    }

    Path proposedFolder() {
        return proposedFolder;
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, Path initialFolder, String initialName, FileType type) {
        proposedName = initialName;
        proposedFolder = initialFolder;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path initialFolder) {
        proposedFolder = initialFolder;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> openFile(Window owner, String title, Path initialFolder, FileType type) {
        proposedFolder = initialFolder;
        return Optional.ofNullable(answers.poll());
    }
}
