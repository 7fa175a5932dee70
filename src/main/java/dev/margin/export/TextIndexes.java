package dev.margin.export;

import dev.margin.domain.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The code point indexes of one article's texts, current and older, built once each when first asked for. */
final class TextIndexes {
    private final Article article;
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, CodePointIndex> indexes = new HashMap<>();

    TextIndexes(Article article, List<RevisionText> olderRevisions) {
        this.article = article;
        olderRevisions.forEach(r -> texts.put(r.revision(), r.text()));
        texts.put(article.revision(), article.text());
    }

    CodePointIndex of(int revision) {
        return indexes.computeIfAbsent(revision, r -> {
            String text = texts.get(r);
            if (text == null) {
                throw new IllegalArgumentException("the text of revision " + r + " of article " + article.id() + " is missing");
            }
            return new CodePointIndex(text);
        });
    }
}
