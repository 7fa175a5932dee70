package dev.margin.export;

import dev.margin.domain.Article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The identifiers Margin's JSON-LD uses: {@code urn:uuid:} for annotations, {@code urn:margin:actor:<id>}
 * for actors, and for an article its URL, or {@code urn:margin:article:<contentHash>} for pasted text.
 */
final class Iris {
    static final String ACTOR_PREFIX = "urn:margin:actor:";
    static final String ARTICLE_PREFIX = "urn:margin:article:";
    static final String UUID_PREFIX = "urn:uuid:";

    private Iris() {
    }

    static String annotation(UUID id) {
        return UUID_PREFIX + id;
    }

    static String actor(long actorId) {
        return ACTOR_PREFIX + actorId;
    }

    static long actorId(String iri) {
        if (!iri.startsWith(ACTOR_PREFIX)) {
            throw new IllegalArgumentException("'" + iri + "' is not a Margin actor id (" + ACTOR_PREFIX + "<number>)");
        }
        try {
            return Long.parseLong(iri.substring(ACTOR_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + iri + "' is not a Margin actor id (" + ACTOR_PREFIX + "<number>)", e);
        }
    }

    static UUID annotationId(String iri) {
        if (!iri.startsWith(UUID_PREFIX)) {
            throw new IllegalArgumentException("'" + iri + "' is not an annotation id (urn:uuid:...)");
        }
        return UUID.fromString(iri.substring(UUID_PREFIX.length()));
    }

    /**
     * The source IRI of each article: its URL when it has one, else a urn of its content hash.
     * When two articles of one export would share an IRI (the same URL twice), the later ones
     * get one made of their content hash and, failing that, their local id, so every target
     * names exactly one article.
     */
    static Map<Long, String> articleSources(List<Article> articles) {
        Map<Long, String> sources = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Article article : articles) {
            String byHash = ARTICLE_PREFIX + article.contentHash();
            String chosen = article.url() != null && !article.url().isBlank() && !taken.contains(article.url())
                    ? article.url()
                    : !taken.contains(byHash) ? byHash : byHash + ":" + article.id();
            taken.add(chosen);
            sources.put(article.id(), chosen);
        }
        return sources;
    }
}
