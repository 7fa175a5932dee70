package dev.margin.ui;

import dev.margin.notes.NoteMarkdown;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.service.SampleLibrary;
import dev.margin.store.OpeningStore;
import dev.margin.store.Store;
import dev.margin.service.LibraryOpening;
import dev.margin.store.postgres.PostgresStore;
import dev.margin.store.postgres.TeamLibraryAddress;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.annotations.AnnotationListViewModel;
import dev.margin.ui.articleinfo.ArticleInfoViewModel;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Dialogs;
import dev.margin.ui.common.AppIcon;
import dev.margin.ui.common.AppTheme;
import dev.margin.ui.common.Errors;
import dev.margin.ui.common.FxTaskRunner;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.SettingsAutosave;
import dev.margin.ui.common.StartupTimeline;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.export.ExportActions;
import dev.margin.ui.export.ExportDependencies;
import dev.margin.ui.export.ExportMenus;
import dev.margin.ui.export.FileDialogs;
import dev.margin.ui.export.ReviewExportButton;
import dev.margin.ui.export.SystemFileDialogs;
import dev.margin.ui.library.ImportViewModel;
import dev.margin.ui.library.LibraryViewModel;
import dev.margin.ui.reader.LiveUpdatesViewModel;
import dev.margin.ui.reader.ReaderDependencies;
import dev.margin.ui.reader.ReaderViewModel;
import dev.margin.ui.reader.ReaderWindow;
import dev.margin.ui.reader.WindowState;
import dev.margin.ui.actors.ActorsTab;
import dev.margin.ui.claims.ClaimsTab;
import dev.margin.ui.review.ReviewContext;
import dev.margin.ui.review.ReviewWindow;
import dev.margin.ui.review.agreement.AgreementTab;
import dev.margin.ui.stats.StatsTab;
import dev.margin.ui.suggestions.SuggestionsViewModel;
import dev.margin.ui.team.OpenedLibrary;
import dev.margin.ui.team.TeamAddress;
import dev.margin.ui.team.TeamLibraryMenus;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The Margin window application. Opens the library file and seeds the sample article on a thread of
 * its own (never on the FX thread) while the toolkit starts and the window is built, wires every view-model and view in one
 * place, and on exit records the window's state and closes the store after the last pending save. A
 * library that cannot be opened (not SQLite, damaged, locked, from a newer Margin) gets a dialog naming
 * the file, then the application exits; the file is left as it was.
 *
 * <p>{@code -Dmargin.snapshot=FILE.png} saves a picture of the window once the first article is shown,
 * then exits; {@code -Dmargin.exitAfterShow=true} prints when the window is first shown and exits.
 */
public class MarginApp extends Application {
    private static final System.Logger LOG = System.getLogger(MarginApp.class.getName());
    private static final String DATA_FILE_PARAMETER = "data-file";
    private static final Duration SETTINGS_AUTOSAVE_EVERY = Duration.seconds(5);

    /** Set by {@link #launch(Path, List)} before the toolkit starts, taken by {@link #init()}. */
    private static volatile EarlyStart early;

    private Path dataFile;
    private final Runnable exit;
    private CompletableFuture<Store> opening;
    private Store store;
    private Settings settings;
    private FxTaskRunner tasks;
    private PauseTransition loadWordLists;
    private FxTaskRunner reviewTasks;
    private ReviewWindow review;
    private ReaderWindow window;
    private FileDialogs fileDialogs = new SystemFileDialogs();
    private ExportActions exportActions;
    private SettingsAutosave autosave;
    private Timeline recordWindowState;
    private Stage stage;
    private Messages messages;
    private final Clock clock = Clock.systemUTC();
    private LibraryServices services;
    private ImportViewModel imports;
    private LiveUpdatesViewModel live;
    private TeamLibraryMenus teamMenus;

    /** For {@link Application#launch}: the library file comes as the {@code --data-file} parameter. */
    public MarginApp() {
        this.exit = Platform::exit;
    }

    /** For tests and embedding: the library file is given directly. */
    public MarginApp(Path dataFile) {
        this(dataFile, Platform::exit);
    }

    /** As {@link #MarginApp(Path)}; {@code exit} ends the application after a library could not be opened. */
    public MarginApp(Path dataFile, Runnable exit) {
        this.dataFile = dataFile;
        this.exit = exit;
    }

    /** As {@link #MarginApp(Path)}, with export's, backup's and restore's file choosers answered by {@code fileDialogs} (tests). */
    public MarginApp(Path dataFile, FileDialogs fileDialogs) {
        this(dataFile);
        this.fileDialogs = fileDialogs;
    }

    /** Starts the window on the library file {@code dataFile}; returns when the window closes. */
    public static void launch(Path dataFile) {
        launch(dataFile, List.of());
    }

    /** As {@link #launch(Path)}, importing {@code filesToOpen} into the library once the window is up. */
    public static void launch(Path dataFile, List<Path> filesToOpen) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--" + DATA_FILE_PARAMETER + "=" + dataFile.toAbsolutePath());
        filesToOpen.forEach(file -> arguments.add(file.toAbsolutePath().toString()));
        // The library opens on its own thread while this one starts the JavaFX toolkit; init() takes it over.
        early = EarlyStart.begin(dataFile.toAbsolutePath());
        Application.launch(MarginApp.class, arguments.toArray(String[]::new));
    }

    /** The library file's settings, and its opening (and first-start seeding) under way on a thread of its own. */
    private record EarlyStart(Path dataFile, Settings settings, CompletableFuture<Store> opening) {
        static EarlyStart begin(Path dataFile) {
            Settings settings = Settings.load(Settings.besideLibrary(dataFile));
            CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> openLibrary(dataFile, settings), runnable -> {
                Thread thread = new Thread(runnable, "margin-open-library");
                thread.setDaemon(true);
                thread.start();
            });
            return new EarlyStart(dataFile, settings, opening);
        }
    }

    @Override
    public void init() {
        StartupTimeline.mark("toolkit");
        if (dataFile == null) {
            String named = getParameters().getNamed().get(DATA_FILE_PARAMETER);
            if (named == null) {
                throw new IllegalStateException("MarginApp needs --" + DATA_FILE_PARAMETER + "=FILE");
            }
            dataFile = Path.of(named);
        }
        // The library opens on its own thread while the FX thread builds the window; launch(...) started it already.
        EarlyStart start = early != null && early.dataFile().equals(dataFile.toAbsolutePath()) ? early : EarlyStart.begin(dataFile);
        early = null;
        settings = start.settings();
        opening = start.opening();
    }

    private static Store openLibrary(Path dataFile, Settings settings) {
        // The FX thread must never wait on the disk: the store refuses it, loudly, should a call slip through.
        Store opened = SqliteStore.open(dataFile).refuseCallsFrom("the JavaFX application thread", Platform::isFxApplicationThread);
        try {
            seedSampleOnFirstStart(opened, settings);
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private static void seedSampleOnFirstStart(Store opened, Settings settings) {
        if (settings.getBoolean(WindowState.SAMPLE_SEEDED, false)) {
            return;
        }
        if (opened.articles().count() == 0) {
            long id = new SampleLibrary(LibraryServices.over(opened, Clock.systemUTC()), new ArticleImporter(), Clock.systemUTC()).seed();
            settings.put(WindowState.LAST_ARTICLE, id);
        }
        settings.put(WindowState.SAMPLE_SEEDED, true);
        settings.save();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        messages = Messages.forLocale(Locale.getDefault());
        AppTheme.parse(settings.get(WindowState.THEME, "LIGHT")).apply();
        store = new OpeningStore(dataFile, opening);
        build(LibraryServices.over(store, clock), null);
        StartupOptions.apply(window, stage);
        AppIcon.addTo(stage);
        StartupTimeline.mark("built");
        window.show();
        // The Q dialog's proposals need the word lists (read from the jar, about 0.4 s), and a note's preview the
        // Markdown parser: build both on the worker pool once the window is up, so the first Q press or note waits
        // on neither and the first frame is not slowed by them.
        loadWordLists = new PauseTransition(Duration.seconds(2));
        loadWordLists.setOnFinished(done -> tasks.run(BackgroundTask.create(context -> {
            services.quoteProposals().warmUp();
            NoteMarkdown.warmUp();
            return null;
        })));
        loadWordLists.play();
        keepSettingsCurrent();
        List<Path> filesToOpen = filesToOpen();
        if (!filesToOpen.isEmpty()) {
            imports.importFiles(filesToOpen);
        }
        opening.whenComplete((opened, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                LOG.log(System.Logger.Level.ERROR, "Cannot open the library " + dataFile, cause);
                Platform.runLater(() -> {
                    stage.hide();
                    showOpenFailure(messages, cause);
                    exit.run();
                });
            } else if (filesToOpen.isEmpty()) {
                // the team library open when the window last closed opens again (the local one stays if it cannot)
                Platform.runLater(teamMenus::reopenLast);
            }
        });
    }

    /** Wires every view-model and view over {@code opened} ({@code team}: its address, null for the local library). */
    private void build(LibraryServices opened, TeamAddress team) {
        services = opened;
        tasks = new FxTaskRunner();
        LibraryServices services = opened;
        StatusViewModel status = new StatusViewModel(messages);
        AnnotatingViewModel annotating = new AnnotatingViewModel(services, tasks, status, messages, clock);
        LibraryViewModel library = new LibraryViewModel(services, tasks, status, messages, annotating.commands());
        imports = new ImportViewModel(services.imports(ArticleImporter::new), tasks, status, messages);
        ReaderViewModel reader = new ReaderViewModel(services.library(), tasks, status, messages, annotating);
        AnnotationListViewModel annotationList = new AnnotationListViewModel(annotating.annotations());
        window = new ReaderWindow(stage, new ReaderDependencies(services.libraryFile(), messages, settings, status, clock,
                library, imports, reader, annotating, annotationList, getHostServices()::showDocument));
        // Export, import of annotations, backup and restore (issue 5): items in the File menu and the library's context menu.
        exportActions = ExportMenus.install(window, new ExportDependencies(services, tasks, status, messages, settings,
                library, reader, annotating, fileDialogs, getHostServices()::showDocument));
        annotating.actors().reload(() -> { }, error -> status.failed(messages.get("status.loading"), error));
        window.setOnOpenReview(() -> reviewWindow(services, status, messages, clock, stage).show());
        window.setOnOpenAgreement(() -> reviewWindow(services, status, messages, clock, stage).show(AgreementTab.ID));
        window.installSuggestions(new SuggestionsViewModel(services, annotating, tasks, status, messages, settings));
        window.installArticleInfo(new ArticleInfoViewModel(services, annotating, tasks, status, messages));
        // Team libraries (issue 15): the File menu's libraries, and others' changes shown as they happen.
        teamMenus = TeamLibraryMenus.install((MenuBar) stage.getScene().lookup("#menuBar"), new TeamLibraryMenus.Dependencies(
                stage, messages, settings, tasks, status, new Libraries(), team, dataFile, this::switchTo));
        live = new LiveUpdatesViewModel(services.liveUpdates(), services.library(), tasks, status, messages, annotating,
                library, services.libraryFile().toString());
        live.setOnReopenArticle(window::articleChanged);
        live.setOnReviewStale(() -> {
            if (review != null) {
                review.libraryChangedElsewhere();
            }
        });
        live.start();
    }

    /** Shows another library in the window: the current one is closed after its last pending save. */
    private void switchTo(OpenedLibrary next) {
        window.recordState();
        settings.save();
        if (review != null) {
            review.stage().hide();
            review = null;
            reviewTasks.close();
            reviewTasks = null;
        }
        live.close();
        FxTaskRunner previousTasks = tasks;
        LibraryServices previous = services;
        previousTasks.submit(() -> {
            previous.close();
            return null;
        }, closed -> previousTasks.close(), error -> {
            LOG.log(System.Logger.Level.WARNING, "Closing the library " + previous.libraryFile() + " failed", error);
            previousTasks.close();
        });
        build(next.services(), next.team());
        window.show();
    }

    /**
     * The libraries the window may switch to: this is a composition root, so it alone names the stores. The FX
     * thread must never wait on the disk or the network: the local store refuses it, loudly, should a call slip through.
     */
    private static final class Libraries implements LibraryOpening {
        @Override
        public LibraryServices openTeam(String address, Supplier<char[]> askPassword) {
            return LibraryServices.over(PostgresStore.open(TeamLibraryAddress.parse(address), askPassword), Clock.systemUTC());
        }

        @Override
        public LibraryServices openLocal(Path file) {
            return LibraryServices.over(SqliteStore.open(file).refuseCallsFrom("the JavaFX application thread",
                    Platform::isFxApplicationThread), Clock.systemUTC());
        }
    }

    /** Records the window's state every few seconds and saves it when it changed (see {@link SettingsAutosave}). */
    private void keepSettingsCurrent() {
        autosave = new SettingsAutosave(settings);
        autosave.saveAtShutdown();
        recordWindowState = new Timeline(new KeyFrame(SETTINGS_AUTOSAVE_EVERY, event -> {
            window.recordState();
            autosave.saveIfChanged();
        }));
        recordWindowState.setCycleCount(Animation.INDEFINITE);
        recordWindowState.play();
    }

    /** The files named on the command line (the unnamed parameters), to import once the window is up. */
    private List<Path> filesToOpen() {
        Application.Parameters parameters = getParameters();
        return parameters == null ? List.of() : parameters.getUnnamed().stream().map(Path::of).toList();
    }

    /**
     * The review window, made on first use. Its queries run on their own background thread, so a search never
     * waits behind a long import on the reader's thread (the store still serialises the calls themselves).
     */
    private ReviewWindow reviewWindow(LibraryServices services, StatusViewModel status, Messages messages, Clock clock, Stage owner) {
        if (review == null) {
            reviewTasks = new FxTaskRunner();
            ReviewContext context = new ReviewContext(services.queries(), services.actors(),
                    services.claims(), reviewTasks, messages, status, window);
            review = new ReviewWindow(context, owner, List.of(ActorsTab::new, ClaimsTab::new, StatsTab::new,
                    AgreementTab.over(services.agreement())));
            ReviewExportButton.install(review, exportActions, messages);
        }
        return review;
    }

    private void showOpenFailure(Messages messages, Throwable failure) {
        Alert alert = Dialogs.alert(Alert.AlertType.ERROR, null, "storeErrorDialog", messages.get("error.store.title"),
                messages.get("error.store.header", dataFile), Errors.describe(failure) + "\n\n" + messages.get("error.store.footer"),
                Dialogs.Size.ERROR, ButtonType.CLOSE);
        alert.showAndWait();
    }

    @Override
    public void stop() {
        if (loadWordLists != null) {
            loadWordLists.stop(); // after a quick close the background lanes are shut down: nothing may start on them
        }
        if (recordWindowState != null) {
            recordWindowState.stop();
            autosave.close();
        }
        if (window != null) {
            window.recordState();
            try {
                settings.save();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Window settings were not saved", e);
            }
        }
        if (reviewTasks != null) {
            reviewTasks.close();
        }
        if (live != null) {
            live.close();
        }
        if (tasks != null) {
            tasks.runLastAndWait(services::close, 10);
        }
    }
}
