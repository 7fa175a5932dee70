package dev.margin.ui.review;

import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ArticleSummary;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewCount;
import dev.margin.domain.read.ReviewOrder;
import dev.margin.domain.read.ReviewRow;
import dev.margin.ui.common.Errors;
import dev.margin.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The annotations browser: the filter the user builds, and the rows it selects, paged in as the table scrolls.
 *
 * <p>Every change of the filter or the sort starts a new query generation. Queries run through the context's
 * task runner; one that is still waiting when a newer one is asked for is skipped before it touches the store,
 * and results of an older generation are dropped when they arrive, so typing fast runs only the queries
 * whose results can still be shown (that is the search box's debounce, without a fixed delay). The first page
 * comes first; the count follows as a query of its own.
 */
public final class AnnotationBrowserViewModel {
    /** Rows per page: a screenful several times over. */
    public static final int PAGE = 100;

    private final ReviewContext context;
    private final Messages messages;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableSet<AnnotationKind> kinds = FXCollections.observableSet(EnumSet.noneOf(AnnotationKind.class));
    private final ObjectProperty<ActorSummary> actor = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<ClaimStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final ObservableList<String> annotators = FXCollections.observableArrayList();
    private final ObjectProperty<Long> articleId = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewOrder> order = new SimpleObjectProperty<>(ReviewOrder.byDefault());

    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty count = new SimpleIntegerProperty(-1);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final ObjectProperty<AnnotationFilter> appliedFilter = new SimpleObjectProperty<>(AnnotationFilter.none());
    private final ObservableList<ActorSummary> actorChoices = FXCollections.observableArrayList();
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<String> outletChoices = FXCollections.observableArrayList();
    private final ObservableList<String> annotatorChoices = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> articleChoices = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private boolean endReached;
    private boolean pageLoading;
    private boolean applying;

    public AnnotationBrowserViewModel(ReviewContext context) {
        this.context = context;
        this.messages = context.messages();
        searchText.addListener((observable, old, text) -> refresh());
        kinds.addListener((SetChangeListener<AnnotationKind>) change -> refresh());
        actor.addListener((observable, old, value) -> refresh());
        tags.addListener((ListChangeListener<String>) change -> refresh());
        statuses.addListener((ListChangeListener<ClaimStatus>) change -> refresh());
        outlets.addListener((ListChangeListener<String>) change -> refresh());
        annotators.addListener((ListChangeListener<String>) change -> refresh());
        articleId.addListener((observable, old, value) -> refresh());
        from.addListener((observable, old, value) -> refresh());
        to.addListener((observable, old, value) -> refresh());
        order.addListener((observable, old, value) -> refresh());
    }

    /** The filter as the controls stand; a date range the wrong way round is read as the right way round. */
    public AnnotationFilter filter() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null && start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        return new AnnotationFilter(searchText.get(), Set.copyOf(kinds), actor.get() == null ? null : actor.get().id(), Set.of(),
                Set.copyOf(tags), Set.copyOf(statuses), Set.copyOf(outlets), articleId.get(), start, end, Set.of(),
                Set.copyOf(annotators));
    }

    /** Runs the query for the current filter and sort: the first page, then the count. */
    public void refresh() {
        if (applying) {
            return;
        }
        AnnotationFilter filter = filter();
        ReviewOrder sort = order.get();
        long mine = generation.incrementAndGet();
        loading.set(true);
        endReached = false;
        pageLoading = true;
        context.tasks().submit(() -> generation.get() == mine ? context.queries().rows(filter, sort, 0, PAGE) : null,
                page -> {
                    if (page == null || generation.get() != mine) {
                        return;
                    }
                    appliedFilter.set(filter);
                    rows.setAll(page);
                    endReached = page.size() < PAGE;
                    pageLoading = false;
                    loading.set(false);
                    updateMessage(filter);
                    countRows(filter, mine);
                }, error -> failed(mine, error));
    }

    private void countRows(AnnotationFilter filter, long mine) {
        count.set(-1);
        countText.set(messages.get("review.counting"));
        ReviewOrder sort = order.get();
        context.tasks().submit(() -> generation.get() == mine ? context.queries().tally(filter) : null,
                total -> {
                    if (total != null && generation.get() == mine) {
                        count.set(total.annotations());
                        countText.set(countText(total, !filter.ftsQuery().isEmpty() && sort.equals(ReviewOrder.byDefault())));
                    }
                }, error -> failed(mine, error));
    }

    /**
     * "1,234 annotations", or "About 490,000 annotations" for an estimate (to two significant figures: a sample
     * gives no more); with the best matches first and only the newest of many ranked, it says so, or the user
     * would take the order for a ranking of all.
     */
    private String countText(ReviewCount total, boolean bestFirst) {
        String text = total.exact() ? messages.get("review.count", total.annotations())
                : messages.get("review.countAbout", new BigDecimal(total.annotations()).round(new MathContext(2)).longValue());
        return bestFirst && total.rankingPartial() ? messages.get("review.rankedNewest", text, total.rankedByRelevance()) : text;
    }

    /** Pages in the next rows, if there are more and none are on their way; the table calls it when its end shows. */
    public void loadMore() {
        if (endReached || pageLoading || loading.get()) {
            return;
        }
        AnnotationFilter filter = appliedFilter.get();
        ReviewOrder sort = order.get();
        int offset = rows.size();
        long mine = generation.get();
        pageLoading = true;
        context.tasks().submit(() -> generation.get() == mine ? context.queries().rows(filter, sort, offset, PAGE) : null,
                page -> {
                    if (page == null || generation.get() != mine) {
                        return;
                    }
                    rows.addAll(page);
                    endReached = page.size() < PAGE;
                    pageLoading = false;
                }, error -> failed(mine, error));
    }

    private void failed(long mine, Throwable error) {
        if (generation.get() != mine) {
            return;
        }
        loading.set(false);
        pageLoading = false;
        message.set(messages.get("review.failed", Errors.describe(error)));
        context.status().failed(messages.get("review.searching"), error);
    }

    private void updateMessage(AnnotationFilter filter) {
        if (!rows.isEmpty()) {
            message.set("");
        } else if (filter.isEmpty()) {
            message.set(messages.get("review.emptyLibrary"));
        } else if (!filter.ftsQuery().isEmpty()) {
            message.set(messages.get("review.noMatchText", searchText.get().strip()));
        } else {
            message.set(messages.get("review.noMatch"));
        }
    }

    /** Sets every control back to "everything". */
    public void clearFilter() {
        apply(AnnotationFilter.none(), null);
    }

    /** Sets the controls to {@code filter}; {@code actorSummary} is the actor it names (for the actor field), or null. */
    public void apply(AnnotationFilter filter, ActorSummary actorSummary) {
        applying = true;
        try {
            searchText.set(filter.text());
            kinds.clear();
            kinds.addAll(filter.kinds());
            actor.set(filter.actorId() == null ? null : actorSummary);
            tags.setAll(filter.tags().stream().sorted().toList());
            statuses.setAll(filter.statuses().stream().sorted().toList());
            outlets.setAll(filter.outlets().stream().sorted().toList());
            annotators.setAll(filter.annotators().stream().sorted().toList());
            articleId.set(filter.articleId());
            from.set(filter.from());
            to.set(filter.to());
        } finally {
            applying = false;
        }
        refresh();
    }

    /** Loads what the filter controls offer: actors, tags, outlets, articles, annotators. */
    public void loadChoices() {
        context.tasks().submit(() -> context.queries().filterChoices(),
                choices -> {
                    actorChoices.setAll(choices.actors());
                    tagChoices.setAll(choices.tags());
                    outletChoices.setAll(choices.outlets());
                    articleChoices.setAll(choices.articles());
                    annotatorChoices.setAll(choices.annotators());
                }, error -> context.status().failed(messages.get("review.loadChoices"), error));
    }

    public ObservableList<ActorSummary> actorChoices() {
        return actorChoices;
    }

    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    public ObservableList<String> outletChoices() {
        return outletChoices;
    }

    /** Everyone who made an annotation in the library. */
    public ObservableList<String> annotatorChoices() {
        return annotatorChoices;
    }

    public ObservableList<ArticleSummary> articleChoices() {
        return articleChoices;
    }

    /** Shows the row's annotation in its article, in the main window. */
    public void open(ReviewRow row) {
        if (row != null) {
            context.opener().openAndReveal(row.articleId(), row.annotationId());
        }
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableSet<AnnotationKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ActorSummary> actorProperty() {
        return actor;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<ClaimStatus> statuses() {
        return statuses;
    }

    public ObservableList<String> outlets() {
        return outlets;
    }

    /** The annotators chosen: only their annotations show (none chosen: everyone's). */
    public ObservableList<String> annotators() {
        return annotators;
    }

    public ObjectProperty<Long> articleIdProperty() {
        return articleId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<ReviewOrder> orderProperty() {
        return order;
    }

    /** The rows paged in so far. */
    public ObservableList<ReviewRow> rows() {
        return rows;
    }

    /** How many rows the filter selects; -1 while counting. */
    public ReadOnlyIntegerProperty countProperty() {
        return count;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the table is empty ("No annotations match …"), or empty while it has rows. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The filter of the rows shown. */
    public ObjectProperty<AnnotationFilter> appliedFilterProperty() {
        return appliedFilter;
    }

    /** Every page asked for so far (for tests): true when the last page came back short. */
    public boolean endReached() {
        return endReached;
    }
}
