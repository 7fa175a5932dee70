package dev.margin.ui.annotations;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The note view in a real (headless) stage: styled runs, list markers, quotes, and links that call back when clicked. */
@ExtendWith(ApplicationExtension.class)
class NoteViewTest {
    private static final String NOTE = """
            ## Figures to check

            The board says **41 per cent**; the *ministry* says `38`.

            1. Call the [water board](https://water.example.org/levels)
            2. Ask for the 2019 audit

            > “Simply false,” the board said.
            """;

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private NoteView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new NoteView(opened::add, "No note");
        view.show(NOTE);
        stage.setScene(new Scene(view, 420, 400));
        stage.show();
    }

    @Test
    void drawsEachBlockWithItsStyles(FxRobot robot) {
        Text bold = robot.lookup(".note-bold").queryAs(Text.class);
        assertThat(bold.getText()).isEqualTo("41 per cent");
        assertThat(bold.getFont().getStyle().toLowerCase()).contains("bold");
        assertThat(robot.lookup(".note-italic").queryAs(Text.class).getText()).isEqualTo("ministry");
        assertThat(robot.lookup(".note-code").queryAs(Text.class).getText()).isEqualTo("38");
        assertThat(robot.lookup(".note-heading-2 .note-text").queryAs(Text.class).getText()).isEqualTo("Figures to check");
        assertThat(robot.lookup(".note-marker").queryAllAs(Text.class)).extracting(Text::getText).containsExactly("1.", "2.");
        assertThat(robot.lookup(".note-quote .note-text").queryAs(Text.class).getText()).isEqualTo("“Simply false,” the board said.");
        assertThat(robot.lookup(".note-marker").queryAs(Text.class).getParent()).isInstanceOf(HBox.class);
    }

    @Test
    void clickingALinkOpensItsAddress(FxRobot robot) {
        Hyperlink link = robot.lookup(".note-link").queryAs(Hyperlink.class);
        assertThat(link.getText()).isEqualTo("water board");
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://water.example.org/levels");
    }

    @Test
    void anEmptyNoteShowsThePlaceholder(FxRobot robot) {
        robot.interact(() -> view.show("  "));
        assertThat(robot.lookup(".note-empty").queryAs(Label.class).getText()).isEqualTo("No note");
        assertThat(robot.lookup(".note-block").tryQuery()).isEmpty();
    }
}
