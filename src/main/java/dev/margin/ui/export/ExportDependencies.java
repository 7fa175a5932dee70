package dev.margin.ui.export;

import dev.margin.service.BackupService;
import dev.margin.service.ExportService;
import dev.margin.service.RestoreService;
import dev.margin.store.Store;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import dev.margin.ui.library.LibraryViewModel;
import dev.margin.ui.reader.ReaderViewModel;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * What the export, import-of-annotations and backup features are built from, made once by the application.
 *
 * @param showDocument opens a folder or web address with the desktop (HostServices)
 */
public record ExportDependencies(Store store, Clock clock, TaskRunner tasks, StatusViewModel status, Messages messages,
                                 Settings settings, LibraryViewModel library, ReaderViewModel reader,
                                 AnnotatingViewModel annotating, FileDialogs fileDialogs, Consumer<String> showDocument) {

    ExportViewModel exportViewModel() {
        String version = ExportDependencies.class.getPackage().getImplementationVersion();
        ExportService service = new ExportService(store, clock, version == null ? "dev" : version, "");
        return new ExportViewModel(service, tasks, status, messages, settings);
    }

    LibraryFilesViewModel libraryFilesViewModel() {
        return new LibraryFilesViewModel(new RestoreService(store), new BackupService(store, clock), tasks, status, messages, clock);
    }
}
