package dev.margin.ui.actors;

import dev.margin.domain.read.ActorPage;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.ReviewRow;
import dev.margin.service.ActorService;
import dev.margin.service.change.ActorNamesChange;
import dev.margin.service.change.Change;
import dev.margin.ui.common.Messages;
import dev.margin.ui.review.ReviewChange;
import dev.margin.ui.review.ReviewContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The actors view: every actor with its counts (filterable by name or alias), the page of the selected one, and
 * the edits that go through {@link ActorService} (rename, aliases, merge), each one transaction.
 */
public final class ActorsViewModel {
    private final ReviewContext context;
    private final Messages messages;
    private final ObservableList<ActorSummary> actors = FXCollections.observableArrayList();
    private final FilteredList<ActorSummary> visible = new FilteredList<>(actors);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<ActorSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ActorPage> page = new SimpleObjectProperty<>();
    private long requested = -1;

    public ActorsViewModel(ReviewContext context) {
        this.context = context;
        this.messages = context.messages();
        filterText.addListener((observable, old, text) -> visible.setPredicate(actor -> matches(actor, text)));
        selected.addListener((observable, old, actor) -> loadPage(actor));
    }

    static boolean matches(ActorSummary actor, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || actor.name().toLowerCase(Locale.ROOT).contains(wanted)
                || actor.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** Reads the actors again, keeping the selection (by id) when the actor is still there. */
    public void reload() {
        long keep = selected.get() == null ? -1 : selected.get().id();
        context.tasks().submit(() -> context.queries().actorSummaries(), list -> {
            actors.setAll(list);
            selected.set(list.stream().filter(actor -> actor.id() == keep).findFirst().orElse(null));
            if (selected.get() != null) {
                loadPage(selected.get());
            }
        }, error -> context.status().failed(messages.get("actors.loading"), error));
    }

    private void loadPage(ActorSummary actor) {
        if (actor == null) {
            requested = -1;
            page.set(null);
            return;
        }
        long id = actor.id();
        requested = id;
        context.tasks().submit(() -> context.queries().actorPage(id).orElse(null), loaded -> {
            if (requested == id) {
                page.set(loaded);
            }
        }, error -> context.status().failed(messages.get("actors.loading"), error));
    }

    public void select(long actorId) {
        actors.stream().filter(actor -> actor.id() == actorId).findFirst().ifPresent(selected::set);
    }

    public void rename(String newName) {
        ActorSummary actor = selected.get();
        if (actor == null || newName == null || newName.isBlank()) {
            return;
        }
        String name = newName.strip();
        change(actor.id(), ActorNamesChange.rename(context.actors(), messages.get("actors.renamed", name), actor.id(), name));
    }

    /** Sets the selected actor's aliases from a comma-separated list. */
    public void setAliases(String commaSeparated) {
        ActorSummary actor = selected.get();
        if (actor == null) {
            return;
        }
        List<String> aliases = Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(alias -> !alias.isEmpty()).toList();
        change(actor.id(), ActorNamesChange.aliases(context.actors(), messages.get("actors.aliasesSaved", actor.name()), actor.id(), aliases));
    }

    /** Merges {@code absorbed} into {@code kept} (one transaction), then shows the kept actor. */
    public void merge(ActorSummary kept, ActorSummary absorbed) {
        if (kept == null || absorbed == null || kept.id() == absorbed.id()) {
            return;
        }
        context.tasks().submit(() -> context.actors().merge(kept.id(), absorbed.id()), outcome -> {
            // A merge cannot be undone (the dialog says so before), and earlier steps may name the absorbed actor.
            context.history().clear();
            context.status().saved(messages.get("actors.merged", absorbed.name(), kept.name(), outcome.annotationsRepointed()));
            selected.set(null);
            reloadSelecting(kept.id());
            context.opener().actorsChanged();
        }, error -> context.status().failed(messages.get("actors.merge"), error));
    }

    /** What a merge of {@code absorbed} into {@code kept} will leave: the kept name and the summed counts. */
    public String mergePreview(ActorSummary kept, ActorSummary absorbed) {
        if (kept == null || absorbed == null || kept.id() == absorbed.id()) {
            return messages.get("actors.mergeChoose");
        }
        return messages.get("actors.mergePreview", kept.name(), absorbed.name(), kept.quotes() + absorbed.quotes(),
                kept.mentions() + absorbed.mentions(), kept.claims() + absorbed.claims());
    }

    /** Makes an undoable change to the actor (review window's history); each step refreshes this view and the reader. */
    private void change(long actorId, Change change) {
        context.history().perform(new ReviewChange(change, effect -> {
            reloadSelecting(actorId);
            context.opener().actorsChanged();
        }));
    }

    private void reloadSelecting(long id) {
        context.tasks().submit(() -> context.queries().actorSummaries(), list -> {
            actors.setAll(list);
            selected.set(list.stream().filter(actor -> actor.id() == id).findFirst().orElse(null));
        }, error -> context.status().failed(messages.get("actors.loading"), error));
    }

    public void open(ReviewRow row) {
        context.opener().openAndReveal(row.articleId(), row.annotationId());
    }

    public ObservableList<ActorSummary> actors() {
        return actors;
    }

    public ObservableList<ActorSummary> visibleActors() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<ActorSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ActorPage> pageProperty() {
        return page;
    }
}
