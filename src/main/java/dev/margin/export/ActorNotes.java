package dev.margin.export;

import dev.margin.domain.Actor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The note names of actors, which the article notes' {@code [[wiki-links]]} point to, and, in a
 * folder export, the actor notes themselves ({@value #FOLDER}/Adaeze Okafor.md): type,
 * description, roles, aliases (as Obsidian aliases), the group it belongs to, and which article
 * notes name it. A name is made safe for every file system and unique ignoring case; in a folder, a
 * note the user wrote under that name is never replaced: the actor's note takes the next free name
 * ("Adaeze Okafor 2") and the links say so ({@code [[Adaeze Okafor 2|Adaeze Okafor]]}).
 */
final class ActorNotes {
    static final String FOLDER = "actors";
    static final String ID_MARKER = "margin-actor-id: ";
    private static final Pattern NOT_IN_NOTE_NAMES = Pattern.compile("[\\[\\]|#^/\\\\:*?\"<>\\p{Cntrl}]+");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])");

    private final Map<Long, Actor> actors;
    private final Map<Long, String> names = new HashMap<>();

    /** Names for {@code actors} as a single Markdown file refers to them (no folder to check). */
    ActorNotes(List<Actor> actors) {
        this(actors, null);
    }

    /** Names for {@code actors}, avoiding notes in {@code folder}/actors that this exporter did not write. */
    ActorNotes(List<Actor> actors, Path folder) {
        this.actors = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Actor actor : actors) {
            this.actors.put(actor.id(), actor);
            String base = noteName(actor.name());
            String name = base;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)) || foreignNoteAt(folder, name, actor); n++) {
                name = base + " " + n;
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.put(actor.id(), name);
        }
    }

    /** The wiki-link to the actor's note, showing its name: {@code [[Adaeze Okafor]]} or {@code [[AC DC|AC/DC]]}. */
    String link(long actorId) {
        Actor actor = actors.get(actorId);
        String name = names.get(actorId);
        String shown = actor.name().replaceAll("[\\[\\]|\\n]+", " ").strip();
        return name.equals(shown) ? "[[" + name + "]]" : "[[" + name + "|" + shown + "]]";
    }

    /** The file the actor's note goes to in {@code folder}. */
    Path file(Path folder, long actorId) {
        return folder.resolve(FOLDER).resolve(names.get(actorId) + ".md");
    }

    /** A note name for an actor: without the characters links and file systems refuse, never a device name or empty. */
    static String noteName(String actorName) {
        String name = NOT_IN_NOTE_NAMES.matcher(actorName).replaceAll(" ").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("[. ]+$", "");
        if (name.isEmpty()) {
            return "actor";
        }
        if (name.codePointCount(0, name.length()) > FileNames.MAX_CODE_POINTS) {
            name = name.substring(0, name.offsetByCodePoints(0, FileNames.MAX_CODE_POINTS)).strip();
        }
        return RESERVED.matcher(name).matches() ? name + " (actor)" : name;
    }

    private static boolean foreignNoteAt(Path folder, String name, Actor actor) {
        if (folder == null) {
            return false;
        }
        Path file = folder.resolve(FOLDER).resolve(name + ".md");
        if (!Files.exists(file)) {
            return false;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(40).noneMatch((ID_MARKER + actor.id())::equals);
        } catch (IOException | UncheckedIOException unreadable) {
            return true;
        }
    }

    /**
     * Writes one actor's note.
     *
     * @param appearances the article notes (file name without .md, and title) that name the actor, with what names it there
     */
    void write(Actor actor, Map<String, EnumMap<AnnotationKind, Integer>> appearances, Map<String, String> titles,
               AnnotationText text, Writer out) throws IOException {
        out.write("---\n");
        out.write("title: " + MarkdownText.yamlString(actor.name()) + "\n");
        out.write("type: " + Labels.of(actor.type()) + "\n");
        if (!actor.aliases().isEmpty()) {
            out.write("aliases:\n");
            for (String alias : actor.aliases()) {
                out.write("  - " + MarkdownText.yamlString(alias) + "\n");
            }
        }
        if (actor.externalId() != null && !actor.externalId().isBlank()) {
            out.write("external-id: " + MarkdownText.yamlString(actor.externalId()) + "\n");
        }
        out.write(ID_MARKER + actor.id() + "\n");
        out.write("---\n\n");
        out.write("# " + MarkdownText.literal(actor.name()) + "\n\n");
        out.write(Labels.title(actor.type()) + (actor.description().isBlank() ? "" : " · " + MarkdownText.literal(actor.description())) + "\n\n");
        if (actor.parentId() != null && actors.containsKey(actor.parentId())) {
            out.write("Part of " + link(actor.parentId()) + "\n\n");
        }
        List<String> roles = text.roles(actor.id());
        if (!roles.isEmpty()) {
            out.write("## Roles\n\n");
            for (String role : roles) {
                out.write("- " + MarkdownText.literal(role) + "\n");
            }
            out.write("\n");
        }
        if (!appearances.isEmpty()) {
            out.write("## In the articles\n\n");
            for (Map.Entry<String, EnumMap<AnnotationKind, Integer>> entry : appearances.entrySet()) {
                out.write("- [[" + entry.getKey() + "|" + titles.get(entry.getKey()).replaceAll("[\\[\\]|\\n]+", " ").strip() + "]]: "
                        + what(entry.getValue()) + "\n");
            }
            out.write("\n");
        }
    }

    /** "2 quotes, 1 claim, 1 mention". */
    private static String what(EnumMap<AnnotationKind, Integer> counts) {
        StringBuilder line = new StringBuilder();
        for (AnnotationKind kind : List.of(AnnotationKind.QUOTE, AnnotationKind.CLAIM, AnnotationKind.ACTOR, AnnotationKind.HIGHLIGHT)) {
            Integer count = counts.get(kind);
            if (count == null) {
                continue;
            }
            String noun = switch (kind) {
                case QUOTE -> "quote";
                case CLAIM -> "claim";
                case ACTOR -> "mention";
                case HIGHLIGHT -> "highlight";
            };
            line.append(line.length() == 0 ? "" : ", ").append(count).append(' ').append(noun).append(count == 1 ? "" : "s");
        }
        return line.toString();
    }

    /** For each actor, the article notes naming it (by note name) with how often per kind. */
    static Map<Long, Map<String, EnumMap<AnnotationKind, Integer>>> appearances(Map<Article, List<Annotation>> notes,
                                                                                Map<Article, String> noteNames) {
        Map<Long, Map<String, EnumMap<AnnotationKind, Integer>>> byActor = new HashMap<>();
        notes.forEach((article, annotations) -> {
            for (Annotation annotation : annotations) {
                for (Long actorId : AnnotationActors.named(annotation)) {
                    byActor.computeIfAbsent(actorId, id -> new LinkedHashMap<>())
                            .computeIfAbsent(noteNames.get(article), n -> new EnumMap<>(AnnotationKind.class))
                            .merge(annotation.kind(), 1, Integer::sum);
                }
            }
        });
        return byActor;
    }
}
