package dev.margin.ui;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.margin.ui.SampleWindow.fx;
import static dev.margin.ui.SampleWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim dialog (C) as the README promises it (issue 16, items 16 and 17): it proposes "Statistic" for a figure,
 * and takes evidence, several sources each with a link, a stance and a note, saved with the claim as one undoable change.
 */
class ClaimDialogEvidenceTest {
    private static final String WORDS = "above 45 per cent";
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private KeyboardWindow window;

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x720", "1600x1000"})
    void aClaimIsMarkedWithTwoSourcesAndUndoneAndRedoneWithThem(String size) throws Exception {
        window = KeyboardWindow.open(robot, dir.resolve("margin.db"), size);
        String text = fx(() -> window.view().article().text());
        int start = text.indexOf(WORDS);
        robot.interact(() -> {
            window.view().select(start, start + WORDS.length());
            window.view().area().requestFocus();
        });
        window.press(KeyCode.C);
        waitFor(() -> robot.lookup("#markClaimant").tryQuery().map(Node::isFocused).orElse(false));
        assertThat(fx(() -> robot.lookup("#markClaimKind").queryAs(ComboBox.class).getValue())).isEqualTo(ClaimKind.STATISTIC);

        robot.interact(() -> row(0).url().setText("https://water.example/reservoir-levels"));
        robot.interact(() -> robot.lookup("#markEvidenceAnother").queryAs(Button.class).fire());
        waitFor(() -> rows().getChildren().size() == 2);
        robot.interact(() -> {
            row(1).url().setText("https://archive.example/2025-drought");
            row(1).stance().setValue(EvidenceStance.REFUTES);
            row(1).note().setText("Levels were 38% that week");
        });
        // A third row left without a link is not saved; the dialog's buttons stay on screen as it grows.
        robot.interact(() -> robot.lookup("#markEvidenceAnother").queryAs(Button.class).fire());
        waitFor(() -> rows().getChildren().size() == 3);
        Node accept = robot.lookup("#markAccept").query();
        assertThat(fx(() -> {
            var bounds = accept.localToScreen(accept.getBoundsInLocal());
            var screen = accept.getScene().getWindow();
            return bounds.getMaxY() <= screen.getY() + screen.getHeight() + 1;
        })).isTrue();
        robot.interact(() -> ((Button) accept).fire());

        waitFor(() -> saved().isPresent());
        assertThat(saved().orElseThrow().evidence()).containsExactly(
                new Evidence("https://water.example/reservoir-levels", null, EvidenceStance.SUPPORTS, ""),
                new Evidence("https://archive.example/2025-drought", null, EvidenceStance.REFUTES, "Levels were 38% that week"));
        assertThat(saved().orElseThrow().kind()).isEqualTo(ClaimKind.STATISTIC);

        menu("menuUndo");
        waitFor(() -> saved().isEmpty());
        menu("menuRedo");
        waitFor(() -> saved().map(claim -> claim.evidence().size() == 2).orElse(false));
    }

    private Optional<ClaimDetails> saved() throws Exception {
        return fx(() -> window.annotations().getItems().stream()
                .filter(a -> a.kind() == AnnotationKind.CLAIM && a.exact().equals(WORDS)).findFirst().map(a -> a.claim()));
    }

    private void menu(String id) {
        robot.interact(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire());
    }

    private VBox rows() {
        return robot.lookup("#markEvidenceRows").queryAs(VBox.class);
    }

    private record Row(TextField url, ComboBox<EvidenceStance> stance, TextField note) {
    }

    @SuppressWarnings("unchecked")
    private Row row(int index) {
        Node row = rows().getChildren().get(index);
        List<Node> parts = ((javafx.scene.layout.HBox) row).getChildren();
        return new Row((TextField) parts.get(0), (ComboBox<EvidenceStance>) parts.get(1), (TextField) parts.get(2));
    }
}
