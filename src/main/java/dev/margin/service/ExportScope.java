package dev.margin.service;

import java.util.List;
import java.util.UUID;

/** What to export: one article, the selected articles, a list of annotations (a review filter's result), or everything. */
public sealed interface ExportScope {
    record OneArticle(long articleId) implements ExportScope {
    }

    record Articles(List<Long> articleIds) implements ExportScope {
        public Articles {
            articleIds = List.copyOf(articleIds);
        }
    }

    /** Only these annotations, with their articles and the actors they name. */
    record Annotations(List<UUID> annotationIds) implements ExportScope {
        public Annotations {
            annotationIds = List.copyOf(annotationIds);
        }
    }

    /** Every article, annotation and actor of the library. */
    record Everything() implements ExportScope {
    }
}
