package dev.margin.ui.review;

import java.util.UUID;

/** What the review views ask of the main window: show an annotation in its article, and re-read an article changed here. */
public interface ArticleOpener {
    /** Shows the article in the reader, scrolled to the annotation and with its highlight emphasised. */
    void openAndReveal(long articleId, UUID annotationId);

    /** An annotation of this article (or an actor it names) was changed from the review side: re-read it if it is open. */
    void articleChanged(long articleId);

    /** Actors were renamed, given aliases or merged: re-read the actors the reader offers and the open article. */
    void actorsChanged();
}
