package dev.margin.export;

import java.time.OffsetDateTime;
import com.fasterxml.jackson.databind.JsonNode;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleVerdict;
import dev.margin.domain.ContentHash;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an article or an actor of a Margin export back into the domain's record, every field checked for its type
 * and range. An article's content hash is computed from the text the file holds, never taken from the file: a hash
 * that does not belong to the text would match another article of the library.
 */
final class ArticleJsonReader {
    /** The article's tags and verdict: compact IRIs under the context's prefixes, so the context itself is unchanged. */
    static final String KEYWORDS = "schema:keywords";
    static final String VERDICT = "margin:verdict";

    private ArticleJsonReader() {
    }

    /** The user's note, tags and verdict on the article, when the file gives them. */
    static ArticleAssessment assessment(JsonNode node, String where) {
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : Json.list(node, KEYWORDS, where)) {
            if (!tag.isTextual()) {
                throw new JsonLdFormatException(where + ": " + KEYWORDS + " holds a value that is not text");
            }
            tags.add(tag.asText());
        }
        String verdict = Json.optionalText(node, VERDICT, where);
        return new ArticleAssessment(Json.textOr(node, "note", "", where), tags, verdict == null ? null
                : ArticleVerdict.parse(verdict).orElseThrow(() -> new JsonLdFormatException(where + ": " + VERDICT + " \u201c" + verdict
                        + "\u201d is not a verdict Margin knows")));
    }

    static Article article(JsonNode node, String where) {
        try {
            List<Integer> headings = new ArrayList<>();
            for (JsonNode heading : Json.list(node, "headings", where)) {
                headings.add((int) Json.inRange(heading, "headings", 0, Integer.MAX_VALUE, where));
            }
            String published = Json.optionalText(node, "datePublished", where);
            OffsetDateTime publishedAt = published == null || published.length() <= 10 ? null
                    : Json.dateTime(published, where + " datePublished");
            String imported = Json.optionalText(node, "importedAt", where);
            String text = Json.text(node, "text", where);
            Json.optionalText(node, "contentHash", where);
            return new Article(Json.number(node, "localId", Long.MIN_VALUE, Long.MAX_VALUE, where), Json.textOr(node, "title", "", where),
                    Json.textOr(node, "byline", "", where), Json.textOr(node, "outlet", "", where), Json.optionalText(node, "url", where),
                    publishedAt != null ? publishedAt.toLocalDate()
                            : published == null ? null : Json.date(published, where + " datePublished"),
                    imported == null ? null : Json.instant(imported, where + " importedAt"),
                    Json.textOr(node, "inLanguage", "", where), text, headings,
                    ContentHash.of(text), Json.intNumber(node, "revision", 1, where),
                    publishedAt == null ? null : publishedAt.toOffsetTime());
        } catch (IllegalArgumentException e) {
            throw new JsonLdFormatException(where + ": " + e.getMessage(), e);
        }
    }

    /** The texts of the article's older revisions, each number once and none the current one's. */
    static List<RevisionText> olderRevisions(JsonNode node, Article article, String where) {
        List<RevisionText> older = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>(Set.of(article.revision()));
        for (JsonNode revision : Json.list(node, "olderRevisions", where)) {
            String at = where + " older revision";
            int number = Json.intNumber(revision, "revision", 1, at);
            if (!numbers.add(number)) {
                throw new JsonLdFormatException(at + ": revision " + number + " is given twice");
            }
            older.add(new RevisionText(article.id(), number, Json.text(revision, "text", at)));
        }
        return older;
    }

    static Actor actor(JsonNode node, String where) {
        try {
            List<String> aliases = new ArrayList<>();
            for (JsonNode alias : Json.list(node, "aliases", where)) {
                if (!alias.isTextual()) {
                    throw new JsonLdFormatException(where + ": 'aliases' should hold text, not " + alias);
                }
                aliases.add(alias.asText());
            }
            List<ActorRole> roles = new ArrayList<>();
            for (JsonNode role : Json.list(node, "roles", where)) {
                String asOf = Json.optionalText(role, "asOf", where + " role");
                roles.add(new ActorRole(Json.text(role, "role", where + " role"), asOf == null ? null : Json.date(asOf, where + " role"),
                        Json.optionalNumber(role, "fromArticle", Long.MIN_VALUE, Long.MAX_VALUE, where + " role")));
            }
            String parent = Json.optionalText(node, "parent", where);
            return new Actor(Iris.actorId(Json.text(node, "id", where)), Json.text(node, "name", where), aliases,
                    Labels.parse(ActorType.class, Json.textOr(node, "actorType", "other", where), "actor type"),
                    Json.textOr(node, "description", "", where), Json.optionalText(node, "externalId", where),
                    parent == null ? null : Iris.actorId(parent), roles);
        } catch (IllegalArgumentException e) {
            throw new JsonLdFormatException(where + ": " + e.getMessage(), e);
        }
    }
}
