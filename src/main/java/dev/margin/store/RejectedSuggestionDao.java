package dev.margin.store;

import java.util.List;

/** The suggestions the user rejected, per article. Deleting an article deletes its rejections. */
public interface RejectedSuggestionDao {
    /** Records a rejection; rejecting the same suggestion (article, revision, id) again changes nothing. */
    void reject(RejectedSuggestion rejected);

    /** Forgets a rejection (undo); returns false when there was none. */
    boolean unreject(long articleId, int revision, String suggestionId);

    /** Every rejection of the article, on any revision: oldest first, then in text order. */
    List<RejectedSuggestion> forArticle(long articleId);
}
