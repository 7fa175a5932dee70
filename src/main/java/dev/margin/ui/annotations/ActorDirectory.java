package dev.margin.ui.annotations;

import dev.margin.domain.Actor;
import dev.margin.service.ActorNaming;
import dev.margin.service.ActorService;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The actors known to the library, kept in memory for the editors: names for the annotation list,
 * matching a typed name to an actor by name or alias, and autocompletion. Reloaded in the background
 * after a change that created or edited an actor. Autocompletion may ask from any thread: it reads
 * an immutable snapshot.
 */
public final class ActorDirectory {
    private final ActorService actors;
    private final TaskRunner tasks;
    private volatile Map<Long, Actor> byId = Map.of();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(0);

    public ActorDirectory(ActorService actors, TaskRunner tasks) {
        this.actors = actors;
        this.tasks = tasks;
    }

    /** Reloads the actors in the background; {@code then} runs on the UI thread afterwards. */
    public void reload(Runnable then, Consumer<Throwable> onFailure) {
        tasks.submit(actors::all, loaded -> {
            replace(loaded);
            then.run();
        }, onFailure);
    }

    void replace(Collection<Actor> actors) {
        byId = actors.stream().collect(Collectors.toUnmodifiableMap(Actor::id, Function.identity()));
        version.set(version.get() + 1);
    }

    public Optional<Actor> get(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The actor's name, or an empty string when unknown. */
    public String nameOf(Long id) {
        return get(id).map(Actor::name).orElse("");
    }

    /** The actor a typed name means, by the library's one rule ({@link ActorNaming}): name, alias, then a unique surname. */
    public Optional<Actor> find(String typed) {
        return ActorNaming.resolve(byId.values(), typed);
    }

    /** Names and aliases that start with the typed text, or have a word that does; names first, at most {@code limit}. */
    public List<String> complete(String typed, int limit) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (Actor actor : byId.values()) {
            if (matchesWord(actor.name(), wanted)) {
                names.add(actor.name());
            }
            for (String alias : actor.aliases()) {
                if (matchesWord(alias, wanted) && !alias.equalsIgnoreCase(actor.name())) {
                    aliases.add(alias);
                }
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        aliases.sort(String.CASE_INSENSITIVE_ORDER);
        names.addAll(aliases);
        return names.stream().distinct().limit(limit).toList();
    }

    private static boolean matchesWord(String candidate, String wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.startsWith(wanted)) {
            return true;
        }
        for (String word : lower.split("\\s+")) {
            if (word.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    public Collection<Actor> all() {
        return byId.values();
    }

    /** Goes up by one after every reload, so views can refresh the names they show. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
