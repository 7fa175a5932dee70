package dev.margin.service.change;

import dev.margin.domain.Annotation;
import dev.margin.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Several changes that the user made as one (a new mention and the role it gave its actor): made, undone and
 * redone together, in one transaction, so a part that fails leaves the others unmade too.
 */
final class CompositeChange extends StoredChange {
    private final List<Change> parts;

    CompositeChange(Store store, String description, List<? extends Change> parts) {
        super(store, description);
        this.parts = List.copyOf(parts);
    }

    @Override
    protected ChangeEffect applyStep() {
        List<ChangeEffect> effects = new ArrayList<>();
        for (Change part : parts) {
            effects.add(part.apply());
        }
        return merge(effects);
    }

    @Override
    protected ChangeEffect revertStep() {
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
