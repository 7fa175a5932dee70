package dev.margin.ui.export;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleDraft;
import dev.margin.service.LibraryService;
import dev.margin.store.sqlite.SqliteStore;
import dev.margin.store.sqlite.StoreFixtures;
import dev.margin.ui.MarginApp;
import dev.margin.ui.common.Settings;
import dev.margin.ui.reader.WindowState;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Shows the real window on a display (run it under Xvfb) with a library of {@value #ARTICLES} wire stories,
 * opens File > Export > Export everything…, starts a PDF report and, while the progress bar is part-way,
 * has ImageMagick's {@code import} grab the screen into the PNG named by the first argument; then exits.
 */
public final class ExportShowcase {
    private static final int ARTICLES = 1500;

    private ExportShowcase() {
    }

    public static void main(String[] args) throws IOException {
        Path png = Path.of(args[0]).toAbsolutePath();
        Path dir = Files.createTempDirectory("margin-export-showcase");
        Path library = dir.resolve("margin.db");
        long railId;
        try (SqliteStore store = SqliteStore.open(library)) {
            railId = new ExportFixture(store).rail.id();
            LibraryService service = new LibraryService(store, ExportFixture.CLOCK);
            ArticleDraft rail = StoreFixtures.railDraft();
            for (int i = 1; i <= ARTICLES; i++) {
                ArticleDraft draft = new ArticleDraft(rail.title() + " (day " + i + ")", rail.byline(), rail.outlet(),
                        rail.url() + "-" + i, LocalDate.of(2026, 3, 3).plusDays(i % 200), "en", rail.text() + "\nUpdate " + i + ".", rail.headings());
                Article article = service.importDraft(draft).article();
                store.annotations().insert(StoreFixtures.quote(article.id(), null));
                store.annotations().insert(StoreFixtures.highlight(article.id(), "₦1.2 trillion"));
            }
        }
        Settings settings = Settings.load(Settings.besideLibrary(library));
        settings.put(WindowState.SAMPLE_SEEDED, true);
        settings.put(WindowState.LAST_ARTICLE, railId);
        settings.save();
        AnsweringFileDialogs dialogs = new AnsweringFileDialogs();
        dialogs.answer(dir.resolve("margin-library.pdf"));
        Platform.startup(() -> {
            MarginApp app = new MarginApp(library, dialogs);
            app.init();
            Stage stage = new Stage();
            app.start(stage);
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(event -> exportEverything(stage, png));
            settle.play();
        });
    }

    private static void exportEverything(Stage stage, Path png) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menuBar");
        bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof Menu).flatMap(item -> ((Menu) item).getItems().stream())
                .filter(item -> "menuExportEverything".equals(item.getId())).findFirst().ifPresent(MenuItem::fire);
        Window dialog = Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().lookup("#exportDialog") != null)
                .findFirst().orElseThrow();
        ((RadioButton) dialog.getScene().lookup("#exportFormat-PDF")).setSelected(true);
        ProgressBar progress = (ProgressBar) dialog.getScene().lookup("#exportProgress");
        progress.progressProperty().addListener((observable, old, value) -> {
            if (value.doubleValue() >= 0.3 && !Boolean.TRUE.equals(progress.getProperties().get("shot"))) {
                progress.getProperties().put("shot", true);
                grabAfterFrames(png, 3);
            }
        });
        ((Button) dialog.getScene().lookup("#exportStart")).fire();
    }

    /**
     * Grabs the screen a few frames later, so the bar as now drawn has reached the display; the FX thread
     * is held while grabbing, so the picture shows it part-way.
     */
    private static void grabAfterFrames(Path png, int frames) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == frames) {
                    stop();
                    grab(png);
                }
            }
        }.start();
    }

    private static void grab(Path png) {
        try {
            Process process = new ProcessBuilder(List.of("import", "-window", "root", png.toString())).inheritIO().start();
            System.out.println("import exited with " + process.waitFor() + "; wrote " + png);
        } catch (IOException e) {
            System.err.println("Could not run ImageMagick's import: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(0);
    }
}
