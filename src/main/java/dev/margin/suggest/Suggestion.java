package dev.margin.suggest;

import dev.margin.domain.ActorType;
import dev.margin.domain.ClaimKind;
import dev.margin.domain.QuoteType;
import dev.margin.domain.SpeakerResolution;
import dev.margin.domain.Span;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One proposed annotation: a span of the article text ({@code [start, end)} in UTF-16 units, see the
 * domain package comment) and what the suggester thinks it is. Fields that do not apply to the kind
 * are null.
 *
 * <p>QUOTE: {@code quoteType}, {@code resolution}, {@code speaker} (the actor's canonical name, or the
 * words of an unnamed source), {@code speakerSpan}, {@code cue}, {@code cueSpan}. A direct quote split
 * around its attribution ("…,” she said, “…”) is two QUOTE suggestions; the second carries the first's id
 * in {@code partOf}. ACTOR: {@code actor} (canonical name), {@code actorType}, {@code role} when a title
 * or apposition gives one, {@code knownActorId} when it matched an actor the caller passed in, {@code mentions}
 * every place the article names that actor (see {@link Suggester#oneSuggestionPerActor}). CLAIM:
 * {@code claimKind}, {@code claimant} when the text names who claims it.
 *
 * @param id         stable for the same kind and span: a hash of both, so the UI can remember rejections
 * @param confidence between 0 and 1
 */
public record Suggestion(String id, SuggestionKind kind, int start, int end, String exact,
                         QuoteType quoteType, SpeakerResolution resolution, String speaker, Span speakerSpan,
                         String cue, Span cueSpan, String partOf,
                         String actor, ActorType actorType, String role, Long knownActorId,
                         String claimant, ClaimKind claimKind, double confidence, List<Span> mentions) {
    public Suggestion {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exact, "exact");
        if (start < 0 || end < start || exact.length() != end - start) {
            throw new IllegalArgumentException("bad suggestion span [" + start + ", " + end + ") for '" + exact + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }

    public static Suggestion quote(String text, int start, int end, QuoteType type, SpeakerResolution resolution,
                                   String speaker, Span speakerSpan, String cue, Span cueSpan, String partOf,
                                   double confidence) {
        return new Suggestion(idOf(SuggestionKind.QUOTE, start, end), SuggestionKind.QUOTE, start, end,
                text.substring(start, end), type, resolution, speaker, speakerSpan, cue, cueSpan, partOf,
                null, null, null, null, null, null, confidence, List.of());
    }

    public static Suggestion actor(String text, int start, int end, String canonicalName, ActorType type, String role,
                                   Long knownActorId, double confidence) {
        return actor(text, start, end, canonicalName, type, role, knownActorId, confidence, List.of(new Span(start, end)));
    }

    /** An actor mention, with every mention of the same actor in text order ({@code mentions}, this one included). */
    public static Suggestion actor(String text, int start, int end, String canonicalName, ActorType type, String role,
                                   Long knownActorId, double confidence, List<Span> mentions) {
        return new Suggestion(idOf(SuggestionKind.ACTOR, start, end), SuggestionKind.ACTOR, start, end,
                text.substring(start, end), null, null, null, null, null, null, null,
                canonicalName, type, role, knownActorId, null, null, confidence, mentions);
    }

    public static Suggestion claim(String text, int start, int end, ClaimKind kind, String claimant, double confidence) {
        return new Suggestion(idOf(SuggestionKind.CLAIM, start, end), SuggestionKind.CLAIM, start, end,
                text.substring(start, end), null, null, null, null, null, null, null,
                null, null, null, null, claimant, kind, confidence, List.of());
    }

    /** The id a suggestion of this kind and span gets: the first 16 hex digits of SHA-256("kind:start:end"). */
    public static String idOf(SuggestionKind kind, int start, int end) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((kind + ":" + start + ":" + end).getBytes(StandardCharsets.UTF_8));
            return kind.name().charAt(0) + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
