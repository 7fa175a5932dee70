package dev.margin.ui.annotations;

import dev.margin.domain.Annotation;
import dev.margin.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Small helpers the editor forms share: committing a field on Enter or when it loses focus, enum pickers, labelled rows. */
final class FormSupport {
    private FormSupport() {
    }

    /**
     * Calls {@code commit} with the latest stored version of the annotation being edited and the
     * field's text when the user presses Enter in it (TextField) or leaves it. The annotation is the
     * one shown when the field got the focus: clicking another annotation while typing saves the text
     * to the annotation it was typed for. The form compares with the stored value, so an unchanged
     * field saves nothing.
     */
    static void commitOnLeave(TextInputControl field, Supplier<Annotation> shown, AnnotatingViewModel annotating,
                              BiConsumer<Annotation, String> commit) {
        AtomicReference<UUID> editing = new AtomicReference<>();
        Runnable commitNow = () -> {
            UUID id = editing.get() != null ? editing.get() : shown.get() == null ? null : shown.get().id();
            if (id != null) {
                annotating.find(id).ifPresent(latest -> commit.accept(latest, field.getText()));
            }
        };
        field.focusedProperty().addListener((observable, was, is) -> {
            if (is) {
                editing.set(shown.get() == null ? null : shown.get().id());
            } else if (was) {
                commitNow.run();
                editing.set(null);
            }
        });
        if (field instanceof TextField textField) {
            textField.setOnAction(event -> commitNow.run());
        }
    }

    /** A combo box over an enum's values, shown through the messages "{prefix}.{NAME}". */
    static <E extends Enum<E>> ComboBox<E> enumBox(Class<E> type, String prefix, Messages messages) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        StringConverter<E> converter = new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + "." + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : converter.toString(item));
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Adds a label and its field as the next row of a two-column form. */
    static void row(GridPane grid, String label, Node field) {
        if (grid.getColumnConstraints().isEmpty()) {
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            fields.setFillWidth(true);
            grid.getColumnConstraints().setAll(labels, fields);
        }
        int row = grid.getRowCount();
        Label caption = new Label(label);
        caption.setLabelFor(field);
        caption.getStyleClass().add("form-label");
        GridPane.setValignment(caption, VPos.TOP);
        caption.setPadding(new Insets(6, 0, 0, 0));
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
    }
}
