package dev.margin.ui.export;

import dev.margin.ui.common.Dialogs;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.service.ExportService;
import dev.margin.ui.common.Errors;
import dev.margin.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the File menu's export, import-of-annotations, backup and restore items (and the library's context
 * menu) do: each export opens an {@link ExportDialog} for its subject; import and restore run in the
 * background and then reload the window (library list, actors, the open article).
 *
 * <p>The review view exports the current result of its filter with {@link #exportAnnotations(List, Window)}.
 */
public final class ExportActions {
    private final Supplier<Window> owner;
    private final ExportDependencies deps;
    private final Messages messages;
    private final Supplier<List<ArticleSummary>> selectedArticles;
    private final ExportViewModel exports;
    private final LibraryFilesViewModel files;

    /** @param selectedArticles the articles selected in the library list, in the list's order */
    public ExportActions(Supplier<Window> owner, ExportDependencies deps, Supplier<List<ArticleSummary>> selectedArticles) {
        this.owner = owner;
        this.deps = deps;
        this.messages = deps.messages();
        this.selectedArticles = selectedArticles;
        this.exports = deps.exportViewModel();
        this.files = deps.libraryFilesViewModel();
    }

    /** Exports the article open in the reader. */
    public void exportArticle() {
        Article article = deps.annotating().articleProperty().get();
        if (article == null) {
            deps.status().info(messages.get("export.noArticle"));
            return;
        }
        open(ExportSubject.article(article, messages.get("export.subject.article", article.displayTitle())), owner.get());
    }

    /** Exports the articles selected in the library (Ctrl- or Shift-click to select several). */
    public void exportSelected() {
        List<ArticleSummary> selected = selectedArticles.get();
        if (selected.isEmpty()) {
            deps.status().info(messages.get("export.noSelection"));
            return;
        }
        List<Long> ids = selected.stream().map(ArticleSummary::id).toList();
        open(ExportSubject.articles(ids, messages.get("export.subject.articles", ids.size()), today()), owner.get());
    }

    /** Exports every article, annotation and actor of the library. */
    public void exportEverything() {
        int articles = deps.library().allArticles().size();
        int annotations = deps.library().allArticles().stream().mapToInt(ArticleSummary::annotationCount).sum();
        open(ExportSubject.everything(messages.get("export.subject.everything", articles, annotations), today()), owner.get());
    }

    /** Exports exactly these annotations, with their articles and the actors they name (the review filter's result). */
    public void exportAnnotations(List<UUID> annotationIds, Window dialogOwner) {
        if (annotationIds.isEmpty()) {
            deps.status().info(messages.get("export.noAnnotations"));
            return;
        }
        open(ExportSubject.annotations(annotationIds, messages.get("export.subject.annotations", annotationIds.size()), today()), dialogOwner);
    }

    /**
     * Exports every annotation the review filter matches (all of them, not only the rows the browser has
     * loaded so far), with their articles and the actors they name. The ids are read in the background.
     */
    public void exportFilterResult(AnnotationFilter filter, Window dialogOwner) {
        ExportService service = exports.service();
        deps.tasks().submit(() -> service.annotationIds(filter), ids -> exportAnnotations(ids, dialogOwner),
                error -> deps.status().failed(messages.get("export.review.what"), error));
    }

    private void open(ExportSubject subject, Window dialogOwner) {
        new ExportDialog(dialogOwner, subject, exports, deps.fileDialogs(), messages,
                folder -> deps.showDocument().accept(folder.toUri().toString())).show();
    }

    /** Imports annotations (with their articles and actors) from a Margin JSON-LD export, adding only what is missing. */
    public void importAnnotations() {
        Optional<Path> file = deps.fileDialogs().openFile(owner.get(), messages.get("files.import.choose"), exports.initialFolder(),
                new FileDialogs.FileType(messages.get("export.format.jsonld"), List.of("*.jsonld", "*.json")));
        file.ifPresent(path -> files.importAnnotations(path, report -> {
            reloadWindow(false);
            inform(messages.get("files.import.title"), files.summary(report), "importAnnotationsDialog");
        }, error -> ExportDialog.showFailure(owner.get(), messages, messages.get("files.import.failed", path), Errors.describe(error),
                "importAnnotationsErrorDialog")));
    }

    /** Backs the whole library up to a chosen file, margin-backup-DATE.db by default. */
    public void backup() {
        Optional<Path> target = deps.fileDialogs().saveFile(owner.get(), messages.get("files.backup.choose"), exports.initialFolder(),
                files.backupFileName(), backupType());
        target.ifPresent(path -> files.backup(path, done -> { },
                error -> ExportDialog.showFailure(owner.get(), messages, messages.get("files.backup.failed", path), Errors.describe(error),
                        "backupErrorDialog")));
    }

    /** After a confirmation naming where the current library is kept, replaces the library by a backup's content. */
    public void restore() {
        Optional<Path> backup = deps.fileDialogs().openFile(owner.get(), messages.get("files.restore.choose"), exports.initialFolder(),
                backupType());
        if (backup.isEmpty()) {
            return;
        }
        Path library = deps.services().libraryFile().toAbsolutePath();
        Alert confirm = Dialogs.alert(Alert.AlertType.CONFIRMATION, owner.get(), "restoreConfirmDialog", messages.get("files.restore.title"),
                messages.get("files.restore.header"),
                messages.get("files.restore.confirm", backup.get(), library.getFileName() + ".before-restore-…", library.getParent()),
                Dialogs.Size.ERROR, ButtonType.OK, ButtonType.CANCEL);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        files.restore(backup.get(), result -> reloadWindow(true),
                error -> ExportDialog.showFailure(owner.get(), messages, messages.get("files.restore.failed", backup.get()), Errors.describe(error),
                        "restoreErrorDialog"));
    }

    private FileDialogs.FileType backupType() {
        return new FileDialogs.FileType(messages.get("files.backup.type"), List.of("*.db"));
    }

    /**
     * Shows the library's new content: the list, the actors, and the article that was open (closed and
     * opened again, so its annotations are read anew). After a restore the undo history belongs to the
     * replaced library and is dropped.
     */
    private void reloadWindow(boolean libraryReplaced) {
        long open = deps.reader().openArticleId();
        if (libraryReplaced) {
            deps.annotating().commands().clear();
        }
        deps.annotating().actors().reload(() -> { }, error -> deps.status().failed(messages.get("status.loading"), error));
        deps.library().selectedProperty().set(null);
        deps.library().refresh(() -> {
            List<ArticleSummary> articles = deps.library().allArticles();
            if (articles.stream().anyMatch(a -> a.id() == open)) {
                deps.library().select(open);
            } else if (!articles.isEmpty()) {
                deps.library().selectedProperty().set(articles.get(0));
            }
        });
    }

    private void inform(String title, String text, String id) {
        Alert alert = Dialogs.alert(Alert.AlertType.INFORMATION, owner.get(), id, title, title, text, Dialogs.Size.MESSAGE, ButtonType.OK);
        alert.show();
    }

    private LocalDate today() {
        return LocalDate.now(deps.services().clock());
    }

    ExportViewModel exports() {
        return exports;
    }

    LibraryFilesViewModel files() {
        return files;
    }
}
