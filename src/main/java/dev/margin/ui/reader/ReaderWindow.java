package dev.margin.ui.reader;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleSummary;
import dev.margin.ui.annotations.AnnotationPanel;
import dev.margin.ui.articleinfo.ArticleInfoUi;
import dev.margin.ui.articleinfo.ArticleInfoViewModel;
import dev.margin.ui.common.AppTheme;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StartupTimeline;
import dev.margin.ui.editor.ArticleView;
import dev.margin.ui.editor.Legend;
import dev.margin.ui.library.ImportOutcome;
import dev.margin.ui.library.LibraryView;
import dev.margin.ui.review.ArticleOpener;
import dev.margin.ui.suggestions.SuggestionsUi;
import dev.margin.ui.suggestions.SuggestionsViewModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The main window: the library on the left, the article with its legend and find bar in the centre,
 * the annotation panel on the right, menus and toolbar above, the status bar below. It binds the
 * views to the view-models, and restores and records the window's state.
 */
public final class ReaderWindow implements ArticleOpener {
    private final ReaderDependencies deps;
    private final Stage stage;
    private final Messages messages;
    private final ArticleView articleView;
    private final LibraryView libraryView;
    private final AnnotationPanel panel;
    private final SplitPane mainSplit;
    private final WindowState state;
    private final ReaderActions actions;
    private final BorderPane root = new BorderPane();
    private final MenuBar menuBar;
    private final VBox articlePane;
    private AppTheme theme;
    private long restoreScrollFor;
    private boolean firstArticleShown;
    private Runnable onArticleShown = () -> { };
    private Runnable onOpenReview = () -> { };
    private Runnable onOpenAgreement = () -> { };
    private UUID pendingReveal;

    public ReaderWindow(Stage stage, ReaderDependencies deps) {
        this.stage = stage;
        this.deps = deps;
        this.messages = deps.messages();
        this.state = new WindowState(deps.settings());
        this.theme = AppTheme.parse(deps.settings().get(WindowState.THEME, AppTheme.LIGHT.name()));
        articleView = ArticleView.withBackgroundRestyles(Locale.getDefault());
        articleView.leaveShortcutsToMenus();
        libraryView = new LibraryView(deps.library(), deps.imports(), messages);
        actions = new ReaderActions(this, deps);
        panel = new AnnotationPanel(deps.annotating(), deps.annotationList(), messages, deps.clock(), actions::reattachToSelection,
                deps.openInBrowser());

        // Side panes keep a usable width but never crowd the article, which gets the rest.
        libraryView.setMinWidth(200);
        libraryView.setPrefWidth(270);
        panel.setMinWidth(300);
        panel.setPrefWidth(380);
        articlePane = centre();
        articlePane.setMinWidth(360);
        mainSplit = new SplitPane(libraryView, articlePane, panel);
        mainSplit.setId("mainSplit");
        SplitPane.setResizableWithParent(libraryView, false);
        SplitPane.setResizableWithParent(panel, false);
        root.setId("readerWindow");
        menuBar = ReaderMenus.menuBar(actions, deps);
        root.setTop(new VBox(menuBar, ReaderMenus.toolBar(actions, deps)));
        root.setCenter(mainSplit);
        root.setBottom(ReaderStatusBar.create(deps));
        root.getStyleClass().add("reader-window");

        new ArticleViewBinding(articleView, deps, state, actions).bind();
        bindLibrary();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ReaderWindow.class.getResource("/dev/margin/ui/common/margin.css").toExternalForm());
        scene.getStylesheets().add(ReaderWindow.class.getResource("reader.css").toExternalForm());
        KeyboardMarking.install(scene, actions);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            Article article = deps.annotating().articleProperty().get();
            return article == null ? messages.get("app.title") : messages.get("app.titleWithArticle", article.displayTitle());
        }, deps.annotating().articleProperty()));
        applyTheme(theme);
    }

    private VBox centre() {
        Legend legend = new Legend(articleView);
        Label zoom = new Label();
        zoom.setId("zoomLabel");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("reader.zoom", Math.round(articleView.zoomProperty().get() * 100)), articleView.zoomProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        legend.setMinWidth(0);
        HBox.setHgrow(legend, Priority.SOMETIMES);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        HBox legendBar = new HBox(8, legend, spacer, zoom);
        legendBar.setAlignment(Pos.CENTER_LEFT);
        legendBar.getStyleClass().add("legend-bar");
        Label noArticle = new Label(messages.get("reader.noArticle"));
        noArticle.setId("noArticle");
        noArticle.getStyleClass().add("empty-state");
        noArticle.visibleProperty().bind(deps.annotating().articleProperty().isNull());
        articleView.visibleProperty().bind(deps.annotating().articleProperty().isNotNull());
        StackPane stack = new StackPane(articleView, noArticle);
        VBox.setVgrow(stack, Priority.ALWAYS);
        VBox centre = new VBox(legendBar, stack);
        centre.getStyleClass().add("article-pane");
        return centre;
    }

    private void bindLibrary() {
        deps.library().selectedProperty().addListener((observable, old, article) -> {
            if (article == null) {
                deps.reader().close();
            } else if (old == null || old.id() != article.id()) {
                open(article);
            }
        });
        deps.imports().setOnFinished(actions.imports()::importFinished);
    }

    private void open(ArticleSummary summary) {
        deps.reader().open(summary.id(), article -> {
            articleView.showArticle(article, deps.annotating().annotations());
            if (article.id() == restoreScrollFor) {
                articleView.restoreScroll((int) deps.settings().getLong(WindowState.LAST_PARAGRAPH, 0));
                restoreScrollFor = -1;
            }
            // The keyboard stays where the user works: the reading area takes it on the first article (so Q, A, C, H
            // work at once) and when an annotation is opened from elsewhere, never when an article is chosen in the
            // library (Up, Down and Delete keep browsing it) or while a field is being typed in.
            if (!firstArticleShown || pendingReveal != null || stage.getScene().getFocusOwner() == null) {
                articleView.area().requestFocus();
            }
            boolean first = !firstArticleShown;
            firstArticleShown = true;
            if (pendingReveal != null) {
                reveal(pendingReveal);
                pendingReveal = null;
            }
            // The article counts as shown once its marks are (at once for an ordinary article, later for a long one).
            articleView.whenMarksShown(() -> {
                if (first) {
                    StartupTimeline.mark("article");
                }
                onArticleShown.run();
            });
        });
    }

    /** Shows the article (opening it when another is open), scrolled to the annotation and with it emphasised. */
    @Override
    public void openAndReveal(long articleId, UUID annotationId) {
        stage.toFront();
        stage.requestFocus();
        Article shown = articleView.article();
        if (shown != null && shown.id() == articleId && deps.annotating().articleProperty().get() != null) {
            reveal(annotationId);
            articleView.area().requestFocus();
            return;
        }
        pendingReveal = annotationId;
        ArticleSummary selected = deps.library().selectedProperty().get();
        if (selected != null && selected.id() == articleId) {
            open(selected);
        } else {
            deps.library().select(articleId);
        }
    }

    private void reveal(UUID annotationId) {
        deps.annotating().find(annotationId).ifPresent(annotation -> deps.annotating().selectedProperty().set(annotation));
        articleView.reveal(annotationId);
    }

    /** Re-reads the open article when the review side changed one of its annotations. */
    @Override
    public void articleChanged(long articleId) {
        Article shown = articleView.article();
        if (shown != null && shown.id() == articleId) {
            ArticleSummary selected = deps.library().selectedProperty().get();
            if (selected != null && selected.id() == articleId) {
                open(selected);
            }
        }
        deps.library().refresh();
    }

    /** Re-reads the actors the reader offers and the open article, after actors were edited or merged elsewhere. */
    @Override
    public void actorsChanged() {
        deps.annotating().actors().reload(() -> { }, error -> deps.status().failed(messages.get("status.loading"), error));
        Article shown = articleView.article();
        if (shown != null) {
            articleChanged(shown.id());
        }
    }

    /** What View > Review annotations opens (set by the application). */
    public void setOnOpenReview(Runnable action) {
        onOpenReview = action;
    }

    void openReview() {
        onOpenReview.run();
    }

    /** What View > Agreement between annotators opens: the review window on its agreement tab (set by the application). */
    public void setOnOpenAgreement(Runnable action) {
        onOpenAgreement = action;
    }

    void openAgreement() {
        onOpenAgreement.run();
    }

    /** Shows the window as it was left and opens the last article (or the first one). */
    public void show() {
        state.restore(stage);
        // The library's list and the last article are read on the background thread while the window is laid out
        // and shown; both arrive after the first frame's layout, the article with no second trip to the store.
        deps.library().refresh();
        deps.reader().preload(() -> deps.settings().getLong(WindowState.LAST_ARTICLE, -1), this::openLastArticle);
        stage.show();
        // Once the split pane has its real width: positions set earlier are recomputed by its first layout.
        mainSplit.widthProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> observable, Number old, Number width) {
                if (width.doubleValue() > 0) {
                    mainSplit.widthProperty().removeListener(this);
                    Platform.runLater(() -> state.restoreDividers(mainSplit, panel.split()));
                }
            }
        });
    }

    /** After the list arrived: opens the last article, or the first one when it is gone. */
    private void openLastArticle() {
        // Read only now: on a first start the sample article was stored (and remembered) while the window was built.
        long last = deps.settings().getLong(WindowState.LAST_ARTICLE, -1);
        restoreScrollFor = last;
        if (deps.library().allArticles().stream().anyMatch(a -> a.id() == last)) {
            deps.library().select(last);
        } else if (!deps.library().allArticles().isEmpty()) {
            deps.library().selectedProperty().set(deps.library().allArticles().get(0));
        }
    }

    /** Writes the window's state into the settings (the caller saves them). */
    public void recordState() {
        state.record(stage, mainSplit, panel.split());
        deps.settings().put(WindowState.THEME, theme.name());
        deps.settings().put(WindowState.ZOOM, articleView.zoomProperty().get());
        state.recordHiddenKinds(deps.annotationList().hiddenKinds());
        Article open = articleView.article();
        if (open != null && deps.annotating().articleProperty().get() != null) {
            deps.settings().put(WindowState.LAST_ARTICLE, open.id());
            deps.settings().put(WindowState.LAST_PARAGRAPH, articleView.firstVisibleParagraph());
        }
    }

    void applyTheme(AppTheme chosen) {
        theme = chosen;
        chosen.apply();
        root.getStyleClass().remove(ArticleView.DARK);
        if (chosen == AppTheme.DARK) {
            root.getStyleClass().add(ArticleView.DARK);
        }
    }

    AppTheme theme() {
        return theme;
    }

    /** Selects the first annotation of the kind in the open article, as a click on it would (used by the snapshot option). */
    public void selectFirst(AnnotationKind kind) {
        deps.annotating().annotations().stream().filter(a -> a.kind() == kind).findFirst()
                .ifPresent(deps.annotating().selectedProperty()::set);
    }

    /** Runs after every article shown in the centre (used by the snapshot option). */
    public void setOnArticleShown(Runnable action) {
        onArticleShown = action;
    }

    public Stage stage() {
        return stage;
    }

    ArticleView articleView() {
        return articleView;
    }

    /** The library pane (public for features that add to its list, such as export). */
    public LibraryView libraryView() {
        return libraryView;
    }

    AnnotationPanel panel() {
        return panel;
    }

    // ---- article information (dev.margin.ui.articleinfo) ----

    /** Adds the information panel above the article and the Article menu (Ctrl+I); a saved edit shows at once. */
    public void installArticleInfo(ArticleInfoViewModel info) {
        ArticleInfoUi.install(info, messages, stage.getScene(), articlePane, 1, menuBar, articleView.area(),
                deps.annotating().articleProperty().isNotNull());
        info.setOnSaved(this::articleInfoChanged);
    }

    /** Shows the open article again as now stored (its title, byline ... were edited), where the reader was in it. */
    private void articleInfoChanged(long articleId) {
        Article shown = articleView.article();
        if (shown != null && shown.id() == articleId) {
            int paragraph = articleView.firstVisibleParagraph();
            Annotation selected = deps.annotating().selectedProperty().get();
            deps.reader().open(articleId, article -> {
                articleView.showArticle(article, deps.annotating().annotations());
                articleView.restoreScroll(paragraph);
                if (selected != null) {
                    deps.annotating().find(selected.id()).ifPresent(deps.annotating().selectedProperty()::set);
                }
            });
        }
        deps.library().refresh();
    }

    // ---- suggestions (dev.margin.ui.suggestions) ----

    /** Adds the Suggestions section, the Suggest menu and the suggestion keys; imports tell it what they stored. */
    public void installSuggestions(SuggestionsViewModel suggestions) {
        SuggestionsUi.install(suggestions, messages, stage.getScene(), articleView, panel, menuBar);
        deps.imports().setOnFinished(outcomes -> {
            suggestions.imported(outcomes.stream().map(ImportOutcome::articleId).filter(Objects::nonNull).toList());
            actions.imports().importFinished(outcomes);
        });
    }
}
