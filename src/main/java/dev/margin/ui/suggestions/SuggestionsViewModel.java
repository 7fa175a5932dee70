package dev.margin.ui.suggestions;

import dev.margin.domain.Annotation;
import dev.margin.domain.Article;
import dev.margin.service.LibraryServices;
import dev.margin.service.SuggestionService;
import dev.margin.service.change.Changes;
import dev.margin.suggest.Suggestion;
import dev.margin.suggest.SuggestionFilter;
import dev.margin.suggest.SuggestionKind;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The suggestions of the open article and what the user does with them: suggest (in the background),
 * move to the next or previous one, accept, reject, accept all of a kind. Accepting and rejecting go
 * through the window's {@link dev.margin.ui.annotations.CommandStack}, so they are saved at once and
 * undoable. The open list is the suggester's result without what was rejected or is marked now, so an
 * undo brings a suggestion back by itself. Holds no nodes; used on the UI thread.
 */
public final class SuggestionsViewModel {
    /** The settings key of "Suggest on every import". */
    public static final String SUGGEST_ON_IMPORT = "suggest.onImport";

    private final SuggestionService service;
    private final Changes changes;
    private final AnnotatingViewModel annotating;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final ObservableList<Suggestion> open = FXCollections.observableArrayList();
    private final ObjectProperty<Suggestion> current = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanProperty suggestOnImport = new SimpleBooleanProperty();
    private final Map<SuggestionKind, ReadOnlyIntegerWrapper> counts = new EnumMap<>(SuggestionKind.class);
    /** The suggestions rejected since they were made (the library keeps them too, for the next time). */
    private final Set<String> rejectedIds = new HashSet<>();
    private final Set<Long> suggestWhenShown = new HashSet<>();
    private final SuggestionMemory memory = new SuggestionMemory();
    private List<Suggestion> all = List.of();
    /** The article (id and revision) the current suggestions were made for, or null. */
    private Article suggestedFor;
    private int generation;

    public SuggestionsViewModel(LibraryServices services, AnnotatingViewModel annotating, TaskRunner tasks,
                                StatusViewModel status, Messages messages, Settings settings) {
        this.service = services.suggestions();
        this.changes = services.changes();
        this.annotating = annotating;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        for (SuggestionKind kind : SuggestionKind.values()) {
            counts.put(kind, new ReadOnlyIntegerWrapper());
        }
        suggestOnImport.set(settings.getBoolean(SUGGEST_ON_IMPORT, false));
        suggestOnImport.addListener((observable, was, on) -> settings.put(SUGGEST_ON_IMPORT, on));
        annotating.articleProperty().addListener((observable, old, article) -> articleShown(article));
        annotating.addChangeListener(effect -> refilter());
        // The article is set before its annotations: filter again once they are there (a recalled list needs it).
        annotating.annotations().addListener((ListChangeListener<Annotation>) change -> refilter());
    }

    private void articleShown(Article article) {
        if (article != null && suggestedFor != null && article.id() == suggestedFor.id() && article.revision() == suggestedFor.revision()) {
            // The same text shown again (the library was refreshed): the suggestions still fit it.
            return;
        }
        if (suggestedFor != null) {
            memory.keep(suggestedFor, all, rejectedIds);
        }
        generation++;
        busy.set(false);
        SuggestionMemory.Kept kept = article == null ? null : memory.recall(article).orElse(null);
        all = kept == null ? List.of() : kept.suggestions();
        suggestedFor = kept == null ? null : kept.article();
        rejectedIds.clear();
        if (kept != null) {
            rejectedIds.addAll(kept.rejectedIds());
        }
        current.set(null);
        refilter();
        if (article != null && suggestWhenShown.remove(article.id())) {
            suggest();
        }
    }

    /** Articles just imported: with "Suggest on every import" on, each gets suggestions when it is shown. */
    public void imported(Collection<Long> articleIds) {
        if (!suggestOnImport.get()) {
            return;
        }
        suggestWhenShown.addAll(articleIds);
        Article shown = annotating.articleProperty().get();
        if (shown != null && suggestWhenShown.remove(shown.id())) {
            suggest();
        }
    }

    /** Suggests for the open article in the background; the list fills when the suggester is done. */
    public void suggest() {
        Article article = annotating.articleProperty().get();
        if (article == null) {
            status.info(messages.get("suggestions.noArticle"));
            return;
        }
        int asked = ++generation;
        busy.set(true);
        status.info(messages.get("suggestions.busy"));
        tasks.run(BackgroundTask.create(context -> service.suggest(article.id())).onSuccess(result -> {
            if (asked != generation) {
                return;
            }
            busy.set(false);
            suggestedFor = result.article();
            all = result.suggestions();
            rejectedIds.clear();
            current.set(null);
            refilter();
            status.info(open.isEmpty() ? messages.get("suggestions.noneFound", article.displayTitle())
                    : messages.get("suggestions.found", open.size(), article.displayTitle()));
        }).onFailure(error -> {
            if (asked == generation) {
                busy.set(false);
                status.failed(messages.get("suggestions.busy"), error);
            }
        }));
    }

    /** The open list again: the suggester's result without rejections and without what is marked now. */
    private void refilter() {
        Suggestion was = current.get();
        List<Suggestion> kept = SuggestionFilter.withoutMarkedOrRejected(all, annotating.annotations(), rejectedIds);
        open.setAll(kept);
        for (SuggestionKind kind : SuggestionKind.values()) {
            counts.get(kind).set((int) kept.stream().filter(s -> s.kind() == kind).count());
        }
        if (kept.isEmpty()) {
            current.set(null);
        } else if (was == null || !kept.contains(was)) {
            // Carry on from where the user was: the first open suggestion at or after the one just answered.
            int from = was == null ? 0 : was.start();
            current.set(kept.stream().filter(s -> s.start() >= from).findFirst().orElse(kept.get(kept.size() - 1)));
        }
    }

    /** Makes the innermost open suggestion covering the text offset the current one (a click on it); false when none does. */
    public boolean pickAt(int offset) {
        return open.stream()
                .filter(s -> s.start() <= offset && offset < s.end())
                .min(Comparator.comparingInt(s -> s.end() - s.start()))
                .map(s -> {
                    current.set(s);
                    return true;
                }).orElse(false);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        if (open.isEmpty()) {
            return;
        }
        int index = open.indexOf(current.get());
        int target = index < 0 ? 0 : Math.floorMod(index + direction, open.size());
        current.set(open.get(target));
    }

    public void acceptCurrent() {
        Suggestion chosen = current.get();
        Article article = annotating.articleProperty().get();
        if (chosen == null || article == null) {
            status.info(messages.get("suggestions.nothingCurrent"));
            return;
        }
        annotating.commands().perform(changes.acceptSuggestion(messages.get("change.acceptSuggestion", kindName(chosen.kind())),
                article.id(), chosen, all));
    }

    public void rejectCurrent() {
        Suggestion chosen = current.get();
        Article article = annotating.articleProperty().get();
        if (chosen == null || article == null) {
            status.info(messages.get("suggestions.nothingCurrent"));
            return;
        }
        String id = chosen.id();
        annotating.commands().perform(AnnotationChange.following(
                changes.rejectSuggestion(messages.get("change.rejectSuggestion", kindName(chosen.kind())), article.id(), chosen),
                () -> {
                    rejectedIds.add(id);
                    refilter();
                }, () -> {
                    rejectedIds.remove(id);
                    refilter();
                }));
    }

    public void acceptAll(SuggestionKind kind) {
        Article article = annotating.articleProperty().get();
        if (article == null || counts.get(kind).get() == 0) {
            return;
        }
        annotating.commands().perform(changes.acceptAllSuggestions(
                messages.get("change.acceptAllSuggestions", messages.get("kind.plural." + kind.name()).toLowerCase(Locale.ROOT)),
                article.id(), kind, List.copyOf(open)));
    }

    private String kindName(SuggestionKind kind) {
        return messages.get("kind." + kind.name()).toLowerCase(Locale.ROOT);
    }

    public ObservableList<Suggestion> open() {
        return open;
    }

    public ObjectProperty<Suggestion> currentProperty() {
        return current;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanProperty suggestOnImportProperty() {
        return suggestOnImport;
    }

    public ReadOnlyIntegerProperty count(SuggestionKind kind) {
        return counts.get(kind).getReadOnlyProperty();
    }
}
