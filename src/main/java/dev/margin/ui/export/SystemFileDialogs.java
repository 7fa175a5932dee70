package dev.margin.ui.export;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The platform's own file and folder choosers. */
public final class SystemFileDialogs implements FileDialogs {
    @Override
    public Optional<Path> saveFile(Window owner, String title, Path initialFolder, String initialName, FileType type) {
        FileChooser chooser = chooser(title, initialFolder, type);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> folder(Window owner, String title, Path initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> openFile(Window owner, String title, Path initialFolder, FileType type) {
        return Optional.ofNullable(chooser(title, initialFolder, type).showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialFolder, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.label(), type.patterns()));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }
}
