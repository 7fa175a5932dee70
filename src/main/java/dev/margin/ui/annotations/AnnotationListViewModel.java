package dev.margin.ui.annotations;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;

import java.util.EnumMap;
import java.util.Map;

/**
 * The annotation list on the right: the article's annotations in text order, without the kinds the
 * user hid (the same set hides their highlights in the article), and how many there are of each kind.
 */
public final class AnnotationListViewModel {
    private final ObservableList<Annotation> all;
    private final ObservableSet<AnnotationKind> hiddenKinds = FXCollections.observableSet();
    private final FilteredList<Annotation> visible;
    private final Map<AnnotationKind, IntegerBinding> counts = new EnumMap<>(AnnotationKind.class);

    public AnnotationListViewModel(ObservableList<Annotation> annotations) {
        this.all = annotations;
        this.visible = new FilteredList<>(annotations, this::shown);
        hiddenKinds.addListener((SetChangeListener<AnnotationKind>) change -> visible.setPredicate(this::shown));
        for (AnnotationKind kind : AnnotationKind.values()) {
            counts.put(kind, Bindings.createIntegerBinding(
                    () -> (int) all.stream().filter(a -> a.kind() == kind).count(), all));
        }
    }

    private boolean shown(Annotation annotation) {
        return !hiddenKinds.contains(annotation.kind());
    }

    public void setKindShown(AnnotationKind kind, boolean shown) {
        if (shown) {
            hiddenKinds.remove(kind);
        } else {
            hiddenKinds.add(kind);
        }
    }

    public boolean isKindShown(AnnotationKind kind) {
        return !hiddenKinds.contains(kind);
    }

    public ObservableSet<AnnotationKind> hiddenKinds() {
        return hiddenKinds;
    }

    public ObservableList<Annotation> visible() {
        return visible;
    }

    public IntegerBinding count(AnnotationKind kind) {
        return counts.get(kind);
    }
}
