package dev.margin.ui.annotations;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.QuoteType;
import dev.margin.service.QuoteProposals;
import dev.margin.suggest.QuoteProposal;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.SynchronousTaskRunner;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Q dialog in a real (headless) stage: it opens with the engine's proposal (a direct quote for words inside
 * “…low,”), says which library actor a typed speaker means, and for a new name that an actor will be created,
 * asking its type, which it hands back.
 */
@ExtendWith(ApplicationExtension.class)
class QuoteDialogTest {
    private static final String TEXT = "Transport Minister Adaeze Okafor spoke on Monday.\n“We will keep fares low,” she said.";
    private static final Actor OKAFOR = new Actor(3, "Adaeze Okafor", List.of(), ActorType.PERSON, "", null, null, List.of());

    private final AtomicReference<Optional<QuoteInput>> answer = new AtomicReference<>();
    private Stage stage;
    private MarkDialogs dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ActorDirectory actors = new ActorDirectory(null, new SynchronousTaskRunner());
        actors.replace(List.of(OKAFOR));
        dialogs = new MarkDialogs(Messages.forLocale(Locale.ROOT), actors);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void open(QuoteProposal proposal) throws Exception {
        Platform.runLater(() -> answer.set(dialogs.askQuote(stage, "We will keep fares low", proposal)));
        waitFor(() -> lookup("#markDialog") != null && lookup("#markDialog").isVisible());
    }

    @Test
    void wordsInsideTheMarksOpenAsADirectQuoteOfTheKnownSpeaker(FxRobot robot) throws Exception {
        int start = TEXT.indexOf("We will");
        open(new QuoteProposals().propose(TEXT, start, start + "We will keep fares low".length(), List.of(OKAFOR)));

        assertThat(fx(() -> ((TextField) lookup("#markSpeaker")).getText())).isEqualTo("Adaeze Okafor");
        assertThat(fx(() -> ((TextField) lookup("#markCue")).getText())).isEqualTo("said");
        assertThat(fx(() -> this.<QuoteType>combo("#markQuoteType").getValue())).isEqualTo(QuoteType.DIRECT);
        assertThat(fx(() -> shown(lookup("#markSpeakerNotice")))).as("the name is the actor's own").isFalse();
        assertThat(fx(() -> shown(lookup("#markSpeakerType")))).isFalse();
        accept(robot);
        assertThat(answer.get()).get().extracting(QuoteInput::speaker, QuoteInput::type)
                .containsExactly("Adaeze Okafor", QuoteType.DIRECT);
    }

    @Test
    void aNewSpeakerIsAnnouncedAndItsTypeAsked(FxRobot robot) throws Exception {
        open(QuoteProposal.none(QuoteType.INDIRECT));
        assertThat(fx(() -> shown(lookup("#markSpeakerNotice")))).as("no speaker typed yet").isFalse();

        type(robot, "Okafor");
        assertThat(fx(() -> ((Label) lookup("#markSpeakerNotice")).getText())).contains("Adaeze Okafor");
        assertThat(fx(() -> shown(lookup("#markSpeakerType")))).as("Okafor is Adaeze Okafor, no new actor").isFalse();

        type(robot, "Bergholm Port Authority");
        assertThat(fx(() -> shown(lookup("#markSpeakerNotice")))).isTrue();
        assertThat(fx(() -> ((Label) lookup("#markSpeakerNotice")).getText()))
                .contains("Bergholm Port Authority").contains("new actor will be created");
        assertThat(fx(() -> shown(lookup("#markSpeakerType")))).isTrue();
        assertThat(fx(() -> this.<ActorType>combo("#markSpeakerType").getItems()))
                .containsExactly(ActorType.PERSON, ActorType.ORGANISATION, ActorType.STATE, ActorType.GROUP, ActorType.OTHER);
        robot.interact(() -> this.<ActorType>combo("#markSpeakerType").setValue(ActorType.ORGANISATION));
        accept(robot);

        assertThat(answer.get()).get().extracting(QuoteInput::speaker, QuoteInput::newSpeakerType, QuoteInput::type)
                .containsExactly("Bergholm Port Authority", ActorType.ORGANISATION, QuoteType.INDIRECT);
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> ((TextField) lookup("#markSpeaker")).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void accept(FxRobot robot) throws Exception {
        robot.interact(() -> ((Button) lookup("#markAccept")).fire());
        waitFor(() -> answer.get() != null);
    }

    /** A node of the open dialog (its window is not the test's stage), or null. */
    private Node lookup(String id) {
        return Window.getWindows().stream()
                .map(window -> window.getScene() == null ? null : window.getScene().getRoot().lookup(id))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** Whether the node and every parent of it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return (ComboBox<T>) lookup(id);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
