package dev.margin.ui.editor;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dev.margin.ui.editor.SampleArticles.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader window's view opens an article of ordinary length with its marks in one step on the FX thread (the
 * first article of a start shows whole one step sooner), and a long one with its text first and its marks computed
 * in the background; {@link ArticleView#whenMarksShown} runs once the marks are there, either way.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleViewOpenWithMarksTest {
    private static final int IN_PLACE_BELOW = 20_000;

    private final List<Runnable> held = new ArrayList<>();
    private final Executor background = held::add;
    private ArticleView view;

    @Start
    void start(Stage stage) {
        view = new ArticleView(Locale.UK, background, IN_PLACE_BELOW);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    private static void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Collection<String> stylesAt(int textOffset) {
        AtomicReference<Collection<String>> styles = new AtomicReference<>();
        fx(() -> styles.set(view.area().getStyleOfChar(view.area().getLength() - view.article().text().length() + textOffset)));
        return styles.get();
    }

    @Test
    void anOrdinaryArticleOpensWithItsMarksAtOnce() {
        List<Annotation> marks = SampleArticles.overlapping();
        AtomicBoolean marksShown = new AtomicBoolean();
        fx(() -> {
            view.showArticle(SampleArticles.article(), marks);
            view.whenMarksShown(() -> marksShown.set(true));
        });
        assertThat(held).as("nothing left for the background").isEmpty();
        assertThat(view.restylingProperty().get()).isFalse();
        assertThat(marksShown).isTrue();
        assertThat(stylesAt(at("told reporters"))).containsExactly("claim");
        assertThat(view.annotations()).containsExactlyInAnyOrderElementsOf(marks);
    }

    @Test
    void aLongArticleShowsItsTextFirstAndItsMarksWhenTheBackgroundHasThem() {
        Article shortOne = SampleArticles.article();
        StringBuilder text = new StringBuilder(shortOne.text());
        while (text.length() < IN_PLACE_BELOW) {
            text.append("\n").append("More of the same report, paragraph after paragraph, for a long read.");
        }
        Article longOne = SampleArticles.article(text.toString(), List.of());
        List<Annotation> marks = SampleArticles.overlapping();
        AtomicBoolean marksShown = new AtomicBoolean();
        fx(() -> {
            view.showArticle(longOne, marks);
            view.whenMarksShown(() -> marksShown.set(true));
        });
        assertThat(view.area().getText()).contains(longOne.text());
        assertThat(held).as("the marks wait for the background").hasSize(1);
        assertThat(marksShown).isFalse();
        assertThat(stylesAt(at("told reporters"))).isEmpty();

        List.copyOf(held).forEach(Runnable::run); // on the test's thread, not the FX thread
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(marksShown).isTrue();
        assertThat(stylesAt(at("told reporters"))).containsExactly("claim");
    }
}
