package dev.margin.ui.export;

import dev.margin.service.MarginVersion;
import dev.margin.service.LibraryServices;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import dev.margin.ui.library.LibraryViewModel;
import dev.margin.ui.reader.ReaderViewModel;

import java.util.function.Consumer;

/**
 * What the export, import-of-annotations and backup features are built from, made once by the application.
 * The library is reached only through its {@link LibraryServices}.
 *
 * @param showDocument opens a folder or web address with the desktop (HostServices)
 */
public record ExportDependencies(LibraryServices services, TaskRunner tasks, StatusViewModel status, Messages messages,
                                 Settings settings, LibraryViewModel library, ReaderViewModel reader,
                                 AnnotatingViewModel annotating, FileDialogs fileDialogs, Consumer<String> showDocument) {

    ExportViewModel exportViewModel() {
        return new ExportViewModel(services.exports(MarginVersion.current(), ""), tasks, status, messages, settings);
    }

    LibraryFilesViewModel libraryFilesViewModel() {
        return new LibraryFilesViewModel(services.jsonLdRestore(), services.backups(), tasks, status, messages, services.clock());
    }
}
