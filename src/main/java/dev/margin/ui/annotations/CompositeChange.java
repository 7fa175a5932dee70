package dev.margin.ui.annotations;

import dev.margin.service.change.ChangeEffect;
import dev.margin.domain.Annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Several changes that the user made as one (a new mention and the role it gave its actor): undone together. */
final class CompositeChange implements AnnotationChange {
    private final String description;
    private final List<AnnotationChange> parts;

    CompositeChange(String description, List<AnnotationChange> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        List<ChangeEffect> effects = new ArrayList<>();
        for (AnnotationChange part : parts) {
            effects.add(part.apply());
        }
        return merge(effects);
    }

    @Override
    public ChangeEffect revert() {
        List<ChangeEffect> effects = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            effects.add(parts.get(i).revert());
        }
        return merge(effects);
    }

    private static ChangeEffect merge(List<ChangeEffect> effects) {
        List<Annotation> added = new ArrayList<>();
        List<Annotation> changed = new ArrayList<>();
        List<UUID> removed = new ArrayList<>();
        boolean actors = false;
        for (ChangeEffect effect : effects) {
            added.addAll(effect.added());
            changed.addAll(effect.changed());
            removed.addAll(effect.removed());
            actors |= effect.actorsChanged();
        }
        return new ChangeEffect(added, changed, removed, actors);
    }
}
