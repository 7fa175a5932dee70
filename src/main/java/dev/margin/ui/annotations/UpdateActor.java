package dev.margin.ui.annotations;

import dev.margin.service.change.ChangeEffect;
import dev.margin.domain.Actor;
import dev.margin.ui.common.Services;

import java.util.List;

/** Changes an actor's aliases, type and roles through the actor service; undo puts the old ones back. */
final class UpdateActor implements AnnotationChange {
    private final Services services;
    private final String description;
    private final Actor before;
    private final Actor after;

    UpdateActor(Services services, String description, Actor before, Actor after) {
        this.services = services;
        this.description = description;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        return save(after);
    }

    @Override
    public ChangeEffect revert() {
        return save(before);
    }

    private ChangeEffect save(Actor version) {
        services.store().inTransaction(() -> {
            if (!before.aliases().equals(after.aliases())) {
                // only when this change adds one: aliases edited elsewhere since are not written back
                services.actors().setAliases(version.id(), version.aliases());
            }
            services.actors().setType(version.id(), version.type());
            services.actors().setRoles(version.id(), version.roles());
        });
        return new ChangeEffect(List.of(), List.of(), List.of(), true);
    }
}
