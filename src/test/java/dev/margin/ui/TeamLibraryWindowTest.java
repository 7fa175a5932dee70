package dev.margin.ui;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.importer.ArticleImporter;
import dev.margin.service.LibraryServices;
import dev.margin.service.SampleLibrary;
import dev.margin.store.postgres.PostgresStore;
import dev.margin.store.postgres.PostgresTestServer;
import dev.margin.ui.common.Settings;
import dev.margin.ui.team.TeamLibraryMenus;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a team library (issue 15), on a real PostgreSQL server the tests start: File › Open team library…
 * at 1280 × 720 and 1600 × 1000 (the whole form and its message inside the window, a wrong database named, then the
 * library opened and remembered without a password); another person's new annotation appearing in the open
 * article's list within two seconds; and the server stopping mid-session: "Offline" at once, a change made meanwhile
 * kept as unsaved and saved once the server is back, without a restart.
 */
class TeamLibraryWindowTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private KeyboardWindow window;
    private PostgresTestServer server;
    private String database;

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** A team library holding the sample article, and the window open on a local library. */
    private void openWindow(String size) throws Exception {
        server = PostgresTestServer.get();
        database = server.freshDatabase();
        try (LibraryServices team = teamServices()) {
            new SampleLibrary(team, new ArticleImporter(), Clock.systemUTC()).seed();
        }
        window = KeyboardWindow.open(robot, dir.resolve("margin.db"), size);
    }

    /** The same library as another person's Margin sees it: its own connections. */
    private LibraryServices teamServices() {
        return LibraryServices.over(PostgresStore.open(server.address(database, PostgresTestServer.SUPERUSER), () -> null),
                Clock.systemUTC());
    }

    private void openDialog() throws Exception {
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> "menuOpenTeam".equals(i.getId())).findFirst().orElseThrow();
            item.fire();
        });
        waitFor(() -> robot.lookup("#teamLibraryDialog").tryQuery().isPresent());
    }

    private void fill(String databaseName) {
        robot.interact(() -> {
            robot.lookup("#teamHost").queryAs(TextField.class).setText("127.0.0.1");
            robot.lookup("#teamPort").queryAs(TextField.class).setText(String.valueOf(server.port()));
            robot.lookup("#teamDatabase").queryAs(TextField.class).setText(databaseName);
            robot.lookup("#teamUser").queryAs(TextField.class).setText(PostgresTestServer.SUPERUSER);
            @SuppressWarnings("unchecked")
            ChoiceBox<String> ssl = robot.lookup("#teamSslMode").queryAs(ChoiceBox.class);
            ssl.setValue("disable");
        });
    }

    private void pressOpen() {
        robot.interact(() -> robot.lookup("#teamOpen").queryAs(Button.class).fire());
    }

    /** The team library is open in the window, its sample article shown with its annotations. */
    private void openTeamLibrary() throws Exception {
        openDialog();
        fill(database);
        pressOpen();
        waitFor(() -> robot.lookup("#teamLibraryDialog").tryQuery().isEmpty());
        waitFor(() -> robot.lookup("#statusLibrary").queryAs(Label.class).getText().contains(database)
                && window.view().article() != null && window.annotations().getItems().size() == SampleWindow.SAMPLE_ANNOTATIONS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void theDialogFitsNamesAWrongDatabaseThenOpensTheLibraryAndRemembersItWithoutAPassword(String size) throws Exception {
        openWindow(size);
        openDialog();
        DialogPane pane = robot.lookup("#teamLibraryDialog").queryAs(DialogPane.class);
        fill("no_such_library");
        pressOpen();
        waitFor(() -> robot.lookup("#teamProblem").queryAs(Label.class).isVisible());
        assertThat(fx(() -> robot.lookup("#teamProblem").queryAs(Label.class).getText()))
                .contains("There is no database no_such_library").contains(String.valueOf(server.port()));
        Window dialogWindow = fx(() -> pane.getScene().getWindow());
        for (String id : new String[] {"#teamHost", "#teamPort", "#teamDatabase", "#teamUser", "#teamSslMode", "#teamPassword",
                "#teamProblem", "#teamOpen", "#teamCancel"}) {
            Node node = robot.lookup(id).query();
            assertThat(fx(() -> whollyInside(node, dialogWindow))).as(id + " whole inside the dialog at " + size).isTrue();
        }
        assertThat(fx(() -> dialogWindow.getWidth() <= window.stage().getWidth() && dialogWindow.getHeight() <= window.stage().getHeight()))
                .as("the dialog fits in the window").isTrue();

        robot.interact(() -> robot.lookup("#teamDatabase").queryAs(TextField.class).setText(database));
        robot.interact(() -> robot.lookup("#teamPassword").queryAs(TextField.class).setText("typed-secret"));
        pressOpen();
        waitFor(() -> robot.lookup("#teamLibraryDialog").tryQuery().isEmpty());
        waitFor(() -> robot.lookup("#statusLibrary").queryAs(Label.class).getText().contains(database)
                && window.annotations().getItems().size() == SampleWindow.SAMPLE_ANNOTATIONS);

        Settings settings = Settings.load(Settings.besideLibrary(dir.resolve("margin.db")));
        String remembered = settings.get(TeamLibraryMenus.LAST, "");
        assertThat(remembered).startsWith("postgresql://127.0.0.1:" + server.port() + "/" + database).contains("sslmode=disable");
        assertThat(TeamLibraryMenus.recent(settings)).containsExactly(remembered);
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.toString().endsWith(".db") && !file.toString().contains(".db-")) {
                    assertThat(Files.readString(file)).as(file + " holds no password").doesNotContain("typed-secret");
                }
            }
        }
    }

    @Test
    void anotherPersonsNewAnnotationAppearsInTheOpenArticleAndTheReviewWindowWithinTwoSeconds() throws Exception {
        openWindow("1280x720");
        openTeamLibrary();
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
            bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> "menuReview".equals(item.getId()))
                    .findFirst().orElseThrow().fire();
        });
        waitFor(() -> reviewRows().getItems().size() == SampleWindow.SAMPLE_ANNOTATIONS);
        long articleId = fx(() -> window.view().article().id());
        String text = fx(() -> window.view().article().text());
        int start = text.indexOf("water");
        try (LibraryServices someoneElse = teamServices()) {
            long saved = System.nanoTime();
            Annotation theirs = someoneElse.annotations().createHighlight(articleId, start, start + "water".length());
            waitFor(() -> window.annotations().getItems().stream().anyMatch(a -> a.id().equals(theirs.id())));
            waitFor(() -> reviewRows().getItems().stream().anyMatch(row -> row.annotationId().equals(theirs.id())));
            assertThat((System.nanoTime() - saved) / 1_000_000).as("milliseconds until shown in both windows").isLessThan(2_000);
            assertThat(fx(() -> window.view().annotationsAt(start + 1).stream().anyMatch(a -> a.id().equals(theirs.id()))))
                    .as("marked in the article's text too").isTrue();

            someoneElse.annotations().delete(theirs.id());
            waitFor(() -> window.annotations().getItems().stream().noneMatch(a -> a.id().equals(theirs.id()))
                    && reviewRows().getItems().stream().noneMatch(row -> row.annotationId().equals(theirs.id())));
        }
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.TableView<dev.margin.domain.read.ReviewRow> reviewRows() {
        return robot.lookup("#reviewTable").queryAs(javafx.scene.control.TableView.class);
    }

    @Test
    void theServerStoppingIsSaidAtOnceAndAChangeMadeMeanwhileIsSavedWhenItIsBack() throws Exception {
        openWindow("1280x720");
        openTeamLibrary();
        long articleId = fx(() -> window.view().article().id());
        int before = fx(() -> window.annotations().getItems().size());
        server.stopForOutage();
        try {
            waitFor(() -> robot.lookup("#statusOffline").queryAs(Label.class).isVisible());
            String text = fx(() -> window.view().article().text());
            int start = text.indexOf("water");
            robot.interact(() -> window.view().select(start, start + "water".length()));
            window.press(javafx.scene.input.KeyCode.H);
            waitFor(() -> robot.lookup("#statusUnsaved").queryAs(Label.class).isVisible());
            assertThat(fx(() -> robot.lookup("#statusUnsaved").queryAs(Label.class).getText())).isEqualTo("1 change not saved");
            assertThat(fx(() -> robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText()))
                    .startsWith("Not saved yet: new highlight");
        } finally {
            server.startAgain();
        }
        waitFor(() -> !robot.lookup("#statusOffline").queryAs(Label.class).isVisible()
                && !robot.lookup("#statusUnsaved").queryAs(Label.class).isVisible());
        waitFor(() -> window.annotations().getItems().size() == before + 1);
        try (LibraryServices someoneElse = teamServices()) {
            assertThat(someoneElse.library().read(articleId).annotations()).hasSize(before + 1)
                    .filteredOn(a -> a.kind() == AnnotationKind.HIGHLIGHT).isNotEmpty();
        }
    }

    private static boolean whollyInside(Node node, Window window) {
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        return bounds != null && bounds.getMinX() >= window.getX() - 1 && bounds.getMinY() >= window.getY() - 1
                && bounds.getMaxX() <= window.getX() + window.getWidth() + 1 && bounds.getMaxY() <= window.getY() + window.getHeight() + 1;
    }
}
