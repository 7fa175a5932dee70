package dev.margin.ui.annotations;

import dev.margin.domain.Actor;
import dev.margin.domain.ActorType;
import dev.margin.domain.Annotation;
import dev.margin.ui.common.Completion;
import dev.margin.ui.common.Messages;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.Optional;

/**
 * The actor-mention part of the editor: which actor is meant (autocompleted by name and alias, or a
 * new one), the actor's type, and the role this article gives it.
 */
final class ActorForm {
    private final AnnotatingViewModel annotating;
    private final GridPane grid = new GridPane();
    private final TextField actor = new TextField();
    private final ComboBox<ActorType> type;
    private final TextField role = new TextField();
    private Annotation current;
    private boolean loading;

    ActorForm(AnnotatingViewModel annotating, Messages messages) {
        this.annotating = annotating;
        grid.getStyleClass().add("editor-form");
        actor.setId("mentionActor");
        actor.setPromptText(messages.get("editor.actor.prompt"));
        Completion.bind(actor, request -> annotating.actors().complete(request.getUserText(), 12));
        type = FormSupport.enumBox(ActorType.class, "actorType", messages);
        type.setId("actorType");
        role.setId("actorRole");
        FormSupport.row(grid, messages.get("editor.actor"), actor);
        FormSupport.row(grid, messages.get("editor.actorType"), type);
        FormSupport.row(grid, messages.get("editor.role"), role);

        FormSupport.commitOnLeave(actor, () -> current, annotating, (mention, typed) -> {
            if (!typed.isBlank() && !typed.strip().equals(annotating.actors().nameOf(mention.actorId()))) {
                annotating.setMentionedActor(mention, typed, type.getValue() == null ? ActorType.PERSON : type.getValue());
            }
        });
        type.valueProperty().addListener((observable, old, chosen) -> {
            if (!loading && chosen != null) {
                linked().ifPresent(linkedActor -> annotating.setActorType(linkedActor, chosen));
            }
        });
        FormSupport.commitOnLeave(role, () -> current, annotating, (mention, typed) ->
                annotating.actors().get(mention.actorId()).ifPresent(linkedActor -> annotating.setRole(linkedActor, typed)));
    }

    private Optional<Actor> linked() {
        return current == null ? Optional.empty() : annotating.actors().get(current.actorId());
    }

    GridPane node() {
        return grid;
    }

    void show(Annotation mention) {
        loading = true;
        current = mention;
        Optional<Actor> linkedActor = linked();
        if (!actor.isFocused()) {
            actor.setText(linkedActor.map(Actor::name).orElse(""));
        }
        type.setValue(linkedActor.map(Actor::type).orElse(ActorType.PERSON));
        if (!role.isFocused()) {
            role.setText(linkedActor.map(a -> ActorNames.roleIn(a, mention.articleId())).orElse(""));
        }
        loading = false;
    }
}
