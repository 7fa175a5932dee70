package dev.margin.ui.reader;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.service.change.ChangeEffect;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.editor.ArticleView;
import javafx.collections.SetChangeListener;

import java.util.UUID;

/**
 * Ties the reader's article view to the view-models: the remembered zoom and hidden kinds, the selected annotation
 * emphasised, every saved change shown where it happened, and clicks, the context menu and the source link.
 */
final class ArticleViewBinding {
    private final ArticleView articleView;
    private final ReaderDependencies deps;
    private final WindowState state;
    private final ReaderActions actions;

    ArticleViewBinding(ArticleView articleView, ReaderDependencies deps, WindowState state, ReaderActions actions) {
        this.articleView = articleView;
        this.deps = deps;
        this.state = state;
        this.actions = actions;
    }

    void bind() {
        AnnotatingViewModel annotating = deps.annotating();
        articleView.zoomProperty().set(deps.settings().getDouble(WindowState.ZOOM, 1.0));
        for (AnnotationKind kind : state.hiddenKinds()) {
            deps.annotationList().setKindShown(kind, false);
        }
        for (AnnotationKind kind : AnnotationKind.values()) {
            articleView.setKindVisible(kind, deps.annotationList().isKindShown(kind));
            articleView.kindVisibleProperty(kind).addListener((observable, was, shown) -> deps.annotationList().setKindShown(kind, shown));
        }
        deps.annotationList().hiddenKinds().addListener((SetChangeListener<AnnotationKind>) change -> {
            for (AnnotationKind kind : AnnotationKind.values()) {
                articleView.setKindVisible(kind, deps.annotationList().isKindShown(kind));
            }
        });
        annotating.selectedProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                articleView.reveal(selected.id());
            } else {
                articleView.clearEmphasis();
            }
        });
        annotating.addChangeListener(this::applyToView);
        articleView.setOnAnnotationsClicked(clicked -> actions.pick(clicked));
        articleView.setContextMenuFactory(actions::contextMenu);
        articleView.setOnSourceLinkClicked(deps.openInBrowser());
    }

    /** Shows in the view what a change did to the open article's annotations, and refreshes the library list. */
    private void applyToView(ChangeEffect effect) {
        Article shown = articleView.article();
        if (shown != null) {
            for (UUID removed : effect.removed()) {
                articleView.annotationRemoved(removed);
            }
            for (Annotation changed : effect.changed()) {
                if (changed.articleId() == shown.id()) {
                    articleView.annotationChanged(changed);
                }
            }
            for (Annotation added : effect.added()) {
                if (added.articleId() == shown.id()) {
                    articleView.annotationAdded(added);
                }
            }
            Annotation selected = deps.annotating().selectedProperty().get();
            if (selected != null) {
                articleView.reveal(selected.id());
            }
        }
        deps.library().refresh();
    }
}
