package dev.margin.ui.review.agreement;

import dev.margin.agreement.Difference;
import dev.margin.service.AgreementKind;
import dev.margin.service.AgreementService;
import dev.margin.service.AgreementService.ArticleAgreement;
import dev.margin.service.AgreementService.CodedArticle;
import dev.margin.service.AgreementService.Comparison;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.TaskMonitor;
import dev.margin.ui.review.ReviewContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The agreement view: the articles two or more annotators coded (and "all of them" first), the annotators compared
 * on the chosen one, α per kind and the table of where they differ, filtered by kind. Everything is read and
 * computed by {@link AgreementService} in a background task with progress and cancel; one task at a time, a newer
 * request cancelling the older one. Used on the FX thread.
 */
public final class AgreementViewModel {
    /** An entry of the article list: one article, or (article null) all of them together. */
    public record Scope(CodedArticle article, int articles) {
        public boolean all() {
            return article == null;
        }
    }

    private final ReviewContext context;
    private final AgreementService agreement;
    private final Messages m;
    private final TaskMonitor monitor = new TaskMonitor();
    private final ObservableList<CodedArticle> coded = FXCollections.observableArrayList();
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<String> annotatorChoices = FXCollections.observableArrayList();
    private final ObservableList<String> annotators = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final ObservableList<DifferenceRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<DifferenceRow> rows = new FilteredList<>(allRows);
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Runnable next;
    private long generation;
    private boolean settingAnnotators;

    public AgreementViewModel(ReviewContext context, AgreementService agreement) {
        this.context = context;
        this.agreement = agreement;
        this.m = context.messages();
        scope.addListener((observable, old, chosen) -> scopeChosen(chosen));
        annotators.addListener((ListChangeListener<String>) change -> {
            if (!settingAnnotators) {
                compare();
            }
        });
        kind.addListener((observable, old, shown) -> rows.setPredicate(row -> shown == null || row.kind() == shown));
    }

    /** The tab was chosen (re-read the articles, keeping the choice) or left. */
    public void setShown(boolean onScreen) {
        if (onScreen) {
            reload();
        }
    }

    /** Re-reads which articles two or more annotators coded, then compares on the chosen one again. */
    public void reload() {
        long mine = ++generation;
        empty.set("");
        start(BackgroundTask.create(work -> agreement.codedArticles(work.cancellation(), (done, total) ->
                        work.progress(total == 0 ? BackgroundTask.INDETERMINATE : (double) done / total, m.get("agreement.scanning", done, total))))
                .onSuccess(found -> {
                    if (mine == generation) {
                        articlesRead(found);
                    }
                }), m.get("agreement.scanning.start"));
    }

    private void articlesRead(List<CodedArticle> found) {
        Scope was = scope.get();
        coded.setAll(found);
        List<Scope> entries = new ArrayList<>();
        if (found.size() > 1) {
            entries.add(new Scope(null, found.size()));
        }
        found.forEach(article -> entries.add(new Scope(article, 1)));
        scopes.setAll(entries);
        if (found.isEmpty()) {
            scope.set(null);
            clearResults();
            empty.set(m.get("agreement.empty"));
            return;
        }
        Scope kept = entries.stream().filter(entry -> was != null && sameScope(entry, was)).findFirst().orElse(entries.getFirst());
        if (kept.equals(scope.get())) {
            compare();
        } else {
            scope.set(kept);
        }
    }

    private static boolean sameScope(Scope a, Scope b) {
        return a.all() ? b.all() : !b.all() && a.article().articleId() == b.article().articleId();
    }

    private void scopeChosen(Scope chosen) {
        if (chosen == null) {
            return;
        }
        List<CodedArticle> articles = articlesOf(chosen);
        Set<String> everyone = new TreeSet<>();
        articles.forEach(article -> everyone.addAll(article.coders()));
        List<String> kept = annotators.stream().filter(everyone::contains).toList();
        settingAnnotators = true;
        annotators.clear(); // first: a check list must never hold a choice that is gone
        annotatorChoices.setAll(everyone);
        annotators.setAll(kept.size() >= 2 ? kept : AgreementService.defaultAnnotators(articles));
        settingAnnotators = false;
        compare();
    }

    private List<CodedArticle> articlesOf(Scope chosen) {
        return chosen.all() ? List.copyOf(coded) : List.of(chosen.article());
    }

    /** Computes agreement among the chosen annotators on the chosen article(s), in the background. */
    public void compare() {
        Scope chosen = scope.get();
        if (chosen == null) {
            return;
        }
        List<String> who = List.copyOf(annotators);
        if (who.size() < 2) {
            clearResults();
            empty.set(m.get("agreement.chooseTwo"));
            return;
        }
        List<Long> ids = articlesOf(chosen).stream().map(CodedArticle::articleId).toList();
        long mine = ++generation;
        empty.set("");
        start(BackgroundTask.create(work -> agreement.compare(ids, who, Set.of(AgreementKind.values()), work.cancellation(),
                        (done, total) -> work.progress((double) done / Math.max(1, total), m.get("agreement.comparing", done, total))))
                .onSuccess(result -> {
                    if (mine == generation) {
                        show(result);
                    }
                }), m.get("agreement.comparing.start"));
    }

    private void show(Comparison result) {
        comparison.set(result);
        List<DifferenceRow> found = new ArrayList<>();
        for (ArticleAgreement article : result.articles()) {
            article.differences().forEach((kindOf, differences) -> {
                for (Difference difference : differences) {
                    found.add(new DifferenceRow(article.articleId(), article.title(), kindOf, difference.start(), difference.end(),
                            article.text().substring(difference.start(), difference.end()), difference.byCoder()));
                }
            });
        }
        found.sort(java.util.Comparator.comparingInt((DifferenceRow row) -> result.articles().stream()
                        .map(ArticleAgreement::articleId).toList().indexOf(row.articleId()))
                .thenComparingInt(DifferenceRow::start).thenComparing(DifferenceRow::kind));
        allRows.setAll(found);
        summary.set(result.articles().isEmpty() ? "" : m.get("agreement.summary", String.join(", ", result.annotators()),
                result.articles().size(), result.leftOut().size()));
        if (result.articles().isEmpty()) {
            empty.set(m.get("agreement.noneInCommon", String.join(", ", result.annotators())));
        } else if (found.isEmpty()) {
            empty.set(m.get("agreement.noDifferences"));
        }
    }

    private void clearResults() {
        comparison.set(null);
        allRows.clear();
        summary.set("");
    }

    /** Runs {@code task} shown by the monitor; a task still running is cancelled and this one starts when it has ended. */
    private <T> void start(BackgroundTask<T> task, String message) {
        if (monitor.isRunning()) {
            next = () -> start(task, message);
            monitor.cancel(m.get("agreement.cancelling"));
            return;
        }
        monitor.watch(task, BackgroundTask.INDETERMINATE, message).onDone(() -> {
            Runnable then = next;
            next = null;
            if (then != null) {
                then.run();
            }
        }).onFailure(error -> context.status().failed(m.get("agreement.failed"), error))
                .onCancelled(cancelled -> {
                    if (!monitor.isRunning()) {
                        empty.set(m.get("agreement.cancelled"));
                    }
                });
        context.tasks().run(task);
    }

    /** Stops the running reading or computation; what was shown before stays. */
    public void cancel() {
        next = null;
        monitor.cancel(m.get("agreement.cancelling"));
    }

    /** Shows the row's stretch in the reader: {@code annotator}'s annotation there, else anyone's. */
    public void open(DifferenceRow row, String annotator) {
        UUID annotation = row == null ? null : row.annotationFor(annotator);
        if (annotation != null) {
            context.opener().openAndReveal(row.articleId(), annotation);
        }
    }

    public TaskMonitor task() {
        return monitor;
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObservableList<String> annotatorChoices() {
        return annotatorChoices;
    }

    /** The annotators compared (two or more); changing it computes again. */
    public ObservableList<String> annotators() {
        return annotators;
    }

    /** The kind the table shows (null: every kind). */
    public ObjectProperty<AgreementKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public ObservableList<DifferenceRow> rows() {
        return rows;
    }

    /** What the view says instead of results ("" when it shows results). */
    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** Who was compared on how many articles, and how many were left out. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
