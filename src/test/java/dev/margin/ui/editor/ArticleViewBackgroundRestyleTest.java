package dev.margin.ui.editor;

import dev.margin.domain.Annotation;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import static dev.margin.ui.editor.SampleArticles.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full restyle computed off the FX thread: the test thread plays the background pool, so the
 * moment the result arrives is under the test's control and changes made meanwhile can be checked.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleViewBackgroundRestyleTest {
    /** Holds submitted work until the test runs it on its own (non-FX) thread. */
    private static final class HeldExecutor implements Executor {
        private final Queue<Runnable> held = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            held.add(task);
        }

        synchronized void runAll() {
            while (!held.isEmpty()) {
                held.remove().run();
            }
        }

        synchronized int size() {
            return held.size();
        }
    }

    private final HeldExecutor background = new HeldExecutor();
    private ArticleView view;

    @Start
    void start(Stage stage) {
        view = new ArticleView(Locale.UK, background);
        view.showArticle(SampleArticles.article(), SampleArticles.overlapping());
        background.runAll(); // the opening article's marks, computed here to start each test from a marked text
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private Collection<String> stylesAt(int textOffset) {
        AtomicReference<Collection<String>> styles = new AtomicReference<>();
        fx(() -> styles.set(view.area().getStyleOfChar(view.area().getLength() - view.article().text().length() + textOffset)));
        return styles.get();
    }

    private static void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFullRestyleArrivesLaterWithTheChangesMadeMeanwhile() {
        Annotation quote = SampleArticles.quote("“We will not let commuters pay for our mistakes,”");
        Annotation marina = SampleArticles.actor("Marina jetty");
        fx(() -> view.setAnnotations(List.of(quote)));
        assertThat(view.restylingProperty().get()).isTrue();
        assertThat(background.size()).isEqualTo(1);
        assertThat(stylesAt(at("told reporters"))).as("old highlights stay until the result arrives").containsExactly("claim");

        fx(() -> view.annotationAdded(marina));
        assertThat(stylesAt(at("Marina"))).as("a change shows at once").containsExactly("actor");

        background.runAll();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.restylingProperty().get()).isFalse();
        assertThat(stylesAt(at("told reporters"))).isEmpty();
        assertThat(stylesAt(at("commuters pay"))).containsExactly("quote");
        assertThat(stylesAt(at("Marina"))).as("the change made meanwhile survives").containsExactly("actor");
        assertThat(view.annotations()).containsExactlyInAnyOrder(quote, marina);
    }

    @Test
    void openingAnArticleShowsItsTextAtOnceAndItsMarksWhenTheBackgroundHasComputedThem() {
        List<Annotation> marks = SampleArticles.overlapping();
        fx(() -> view.showArticle(SampleArticles.article(), marks));
        assertThat(view.area().getText()).contains(SampleArticles.article().text());
        assertThat(view.restylingProperty().get()).isTrue();
        assertThat(background.size()).as("the marks wait for the background").isEqualTo(1);
        assertThat(stylesAt(at("told reporters"))).isEmpty();

        background.runAll(); // on the test's thread, not the FX thread
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.restylingProperty().get()).isFalse();
        assertThat(stylesAt(at("told reporters"))).containsExactly("claim");
        assertThat(view.annotations()).containsExactlyInAnyOrderElementsOf(marks);
    }

    @Test
    void anAnnotationRevealedWhileTheMarksAreComputedIsEmphasisedOnceTheyArrive() {
        List<Annotation> marks = SampleArticles.overlapping();
        fx(() -> {
            view.showArticle(SampleArticles.article(), marks);
            view.reveal(marks.get(0).id());
        });
        assertThat(view.emphasised()).isNull();

        background.runAll();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.emphasised()).isEqualTo(marks.get(0).id());
    }

    @Test
    void anOutdatedFullRestyleIsDropped() {
        Annotation first = SampleArticles.highlight("Marina jetty");
        Annotation second = SampleArticles.actor("Ikorodu");
        fx(() -> view.setAnnotations(List.of(first)));
        fx(() -> view.setAnnotations(List.of(second)));
        background.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stylesAt(at("Marina"))).isEmpty();
        assertThat(stylesAt(at("Ikorodu"))).containsExactly("actor");
        assertThat(view.annotations()).containsExactly(second);
    }
}
