package dev.margin.ui.reader;

import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.annotations.AnnotationListViewModel;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.library.ImportViewModel;
import dev.margin.ui.library.LibraryViewModel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Everything the reader window is built from, made once by the application and passed in.
 *
 * @param openInBrowser opens a web address (the article's source link) in the desktop's browser
 */
public record ReaderDependencies(Path libraryFile, Messages messages, Settings settings, StatusViewModel status, Clock clock,
                                 LibraryViewModel library, ImportViewModel imports, ReaderViewModel reader,
                                 AnnotatingViewModel annotating, AnnotationListViewModel annotationList,
                                 Consumer<String> openInBrowser) {
}
