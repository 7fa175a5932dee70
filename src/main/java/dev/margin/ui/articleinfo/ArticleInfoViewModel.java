package dev.margin.ui.articleinfo;

import dev.margin.domain.Article;
import dev.margin.domain.ArticleAssessment;
import dev.margin.domain.ArticleInfo;
import dev.margin.domain.ArticleVerdict;
import dev.margin.service.ArticleInfoRules;
import dev.margin.service.LibraryServices;
import dev.margin.ui.annotations.AnnotatingViewModel;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The information panel's state for the open article: its title, byline, outlet, date, address, language, and the
 * note, tags and verdict on the whole article, as editable text, loaded in the background whenever another article
 * opens. {@link #save()} checks the fields ({@link ArticleInfoRules}, and the date's form) and saves them as one
 * change on the window's undo history (Ctrl+Z puts the old information back); {@link #revert()} drops what was typed.
 */
public final class ArticleInfoViewModel {
    private final LibraryServices services;
    private final AnnotatingViewModel annotating;
    private final TaskRunner tasks;
    private final StatusViewModel status;
    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty byline = new SimpleStringProperty(this, "byline", "");
    private final StringProperty outlet = new SimpleStringProperty(this, "outlet", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final ObjectProperty<ArticleVerdict> verdict = new SimpleObjectProperty<>(this, "verdict");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The information as stored, for the open article; null while none is open or it is loading. */
    private final ReadOnlyObjectWrapper<ArticleInfo> stored = new ReadOnlyObjectWrapper<>(this, "stored");
    private final BooleanBinding changed;
    private long articleId = -1;
    private LongConsumer onSaved = id -> { };

    public ArticleInfoViewModel(LibraryServices services, AnnotatingViewModel annotating, TaskRunner tasks, StatusViewModel status,
                                Messages messages) {
        this.services = services;
        this.annotating = annotating;
        this.tasks = tasks;
        this.status = status;
        this.messages = messages;
        Observable[] fields = {title, byline, outlet, date, url, language, note, tags, verdict, stored};
        changed = Bindings.createBooleanBinding(() -> stored.get() != null && !fieldsMatch(stored.get()), fields);
        for (Observable field : fields) {
            field.addListener(observable -> problem.set(""));
        }
        annotating.articleProperty().addListener((observable, old, article) -> {
            if (article == null) {
                articleId = -1;
                stored.set(null);
                fill(null);
            } else if (old == null || old.id() != article.id()) {
                load(article);
            }
        });
    }

    /** Reads the article's information in the background; the fields show it once it arrives (if still open). */
    private void load(Article article) {
        long id = article.id();
        articleId = id;
        stored.set(null);
        fill(ArticleInfo.of(article, ArticleAssessment.NONE));
        tasks.submit(() -> services.library().info(id), info -> {
            if (articleId == id) {
                stored.set(info);
                fill(info);
            }
        }, error -> status.failed(messages.get("status.loading"), error));
    }

    private void fill(ArticleInfo info) {
        title.set(info == null ? "" : info.title());
        byline.set(info == null ? "" : info.byline());
        outlet.set(info == null ? "" : info.outlet());
        date.set(info == null || info.publishedDate() == null ? "" : info.publishedDate().toString());
        url.set(info == null || info.url() == null ? "" : info.url());
        language.set(info == null ? "" : info.language());
        note.set(info == null ? "" : info.assessment().note());
        tags.set(info == null ? "" : String.join(", ", info.assessment().tags()));
        verdict.set(info == null ? null : info.assessment().verdict());
        problem.set("");
    }

    private boolean fieldsMatch(ArticleInfo info) {
        ArticleInfo typed = typedOrNull();
        return typed != null && typed.equals(info);
    }

    /** The fields as information, or null when the date cannot be read. */
    private ArticleInfo typedOrNull() {
        try {
            return typed();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ArticleInfo typed() {
        LocalDate published = null;
        if (!date.get().isBlank()) {
            try {
                published = LocalDate.parse(date.get().strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(messages.get("articleInfo.badDate", date.get().strip()));
            }
        }
        List<String> tagList = Arrays.stream(tags.get().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ArticleInfo(title.get(), byline.get(), outlet.get(), url.get(), published, language.get(),
                new ArticleAssessment(note.get(), tagList, verdict.get()));
    }

    /**
     * Saves the fields as one undoable change, when they differ from what is stored; a field the library would
     * refuse is said in {@link #problemProperty()} instead and nothing is saved. Returns false when refused.
     */
    public boolean save() {
        ArticleInfo before = stored.get();
        if (before == null || !changed.get()) {
            return true;
        }
        ArticleInfo info;
        try {
            info = typed();
            ArticleInfoRules.check(info);
        } catch (IllegalArgumentException refused) {
            problem.set(refused.getMessage());
            return false;
        }
        long id = articleId;
        String description = messages.get("change.articleInfo");
        Runnable after = () -> {
            if (articleId == id) {
                // What the library holds now (a redo or an undo may have put either version back).
                tasks.submit(() -> services.library().info(id), now -> {
                    if (articleId == id) {
                        stored.set(now);
                        fill(now);
                    }
                }, error -> status.failed(messages.get("status.loading"), error));
            }
            onSaved.accept(id);
        };
        // Counted as saved while it is being written, so leaving the panel meanwhile does not save it twice.
        stored.set(info);
        annotating.commands().perform(AnnotationChange.following(services.changes().editArticle(description, id, info), after, after,
                error -> {
                    if (articleId == id) {
                        // Nothing was saved: the typed fields stay, to be corrected.
                        stored.set(before);
                        problem.set(error.getMessage());
                    }
                }));
        return true;
    }

    /** Puts back what is stored, dropping what was typed. */
    public void revert() {
        fill(stored.get());
    }

    /** Runs with the article's id after its information was saved, redone or undone (the window shows it again). */
    public void setOnSaved(LongConsumer action) {
        onSaved = Objects.requireNonNull(action, "action");
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bylineProperty() {
        return byline;
    }

    public StringProperty outletProperty() {
        return outlet;
    }

    /** The publication date as typed, YYYY-MM-DD. */
    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The tags, separated by commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public ObjectProperty<ArticleVerdict> verdictProperty() {
        return verdict;
    }

    /** Whether the panel is open. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Why the last save was refused, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The stored information of the open article, or null (none open, or still loading). */
    public ReadOnlyObjectProperty<ArticleInfo> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** True when a field differs from what is stored. */
    public BooleanBinding changedBinding() {
        return changed;
    }
}
