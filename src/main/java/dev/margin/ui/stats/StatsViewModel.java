package dev.margin.ui.stats;

import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewStats;
import dev.margin.ui.common.Messages;
import dev.margin.ui.review.ReviewContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics view: counts for the whole library, or for the filter the annotations browser shows, re-read
 * when the scope or (in filter scope) the browser's filter changes.
 */
public final class StatsViewModel {
    /** How many speakers the "most quoted" chart shows. */
    public static final int TOP_SPEAKERS = 10;

    private final ReviewContext context;
    private final Messages messages;
    private final ObservableValue<AnnotationFilter> browserFilter;
    private final BooleanProperty filtered = new SimpleBooleanProperty(false);
    private final ObjectProperty<ReviewStats> stats = new SimpleObjectProperty<>();
    private long requested;
    private boolean shown;

    public StatsViewModel(ReviewContext context, ObservableValue<AnnotationFilter> browserFilter) {
        this.context = context;
        this.messages = context.messages();
        this.browserFilter = browserFilter;
        filtered.addListener((observable, was, now) -> reload());
        // Only while the charts are on screen: counting the whole library on every keystroke in the browser
        // would queue behind (and ahead of) the searches on the same background thread.
        browserFilter.addListener((observable, old, filter) -> {
            if (filtered.get() && shown) {
                reload();
            }
        });
    }

    /** The filter the charts count: none, or the browser's. */
    public AnnotationFilter scope() {
        return filtered.get() && browserFilter.getValue() != null ? browserFilter.getValue() : AnnotationFilter.none();
    }

    public void reload() {
        AnnotationFilter filter = scope();
        long mine = ++requested;
        context.tasks().submit(() -> context.queries().stats(filter, TOP_SPEAKERS), counted -> {
            if (mine == requested) {
                stats.set(counted);
            }
        }, error -> context.status().failed(messages.get("stats.loading"), error));
    }

    /** The months from the first to the last with annotations, empty months included as zero, so the line has no gaps. */
    public static List<ReviewStats.MonthCount> everyMonth(List<ReviewStats.MonthCount> counted) {
        List<ReviewStats.MonthCount> months = new ArrayList<>();
        if (counted.isEmpty()) {
            return months;
        }
        int index = 0;
        for (YearMonth month = counted.get(0).month(); !month.isAfter(counted.get(counted.size() - 1).month()); month = month.plusMonths(1)) {
            if (counted.get(index).month().equals(month)) {
                months.add(counted.get(index++));
            } else {
                months.add(new ReviewStats.MonthCount(month, 0));
            }
        }
        return months;
    }

    /** Whether the charts are on screen; showing them re-reads the counts. */
    public void setShown(boolean onScreen) {
        shown = onScreen;
        if (onScreen) {
            reload();
        }
    }

    /** True: count what the browser's filter selects; false: the whole library. */
    public BooleanProperty filteredProperty() {
        return filtered;
    }

    public ReadOnlyObjectProperty<ReviewStats> statsProperty() {
        return stats;
    }
}
