package dev.margin.service.change;

import dev.margin.domain.Annotation;

import java.util.List;
import java.util.UUID;

/**
 * What a change did to the current article's annotations: the window applies this to its list and
 * to the article view. {@code actorsChanged} says the actor list (for autocompletion) must be reloaded.
 */
public record ChangeEffect(List<Annotation> added, List<Annotation> changed, List<UUID> removed, boolean actorsChanged) {
    public ChangeEffect {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public static ChangeEffect added(Annotation annotation, boolean actorsChanged) {
        return new ChangeEffect(List.of(annotation), List.of(), List.of(), actorsChanged);
    }

    public static ChangeEffect changed(Annotation annotation, boolean actorsChanged) {
        return new ChangeEffect(List.of(), List.of(annotation), List.of(), actorsChanged);
    }

    public static ChangeEffect removed(Annotation annotation, boolean actorsChanged) {
        return new ChangeEffect(List.of(), List.of(), List.of(annotation.id()), actorsChanged);
    }
}
