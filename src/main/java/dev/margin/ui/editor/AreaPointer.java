package dev.margin.ui.editor;

import dev.margin.domain.Annotation;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What a click or a context-menu request on the article area means: the annotations under a
 * character, the source link in the header, or a menu for the selection. Translates area offsets
 * to text offsets so that handlers only ever see offsets into the article text.
 */
final class AreaPointer {
    private final StyleClassedTextArea area;
    private final Supplier<ArticleDocument> document;
    private final Supplier<IndexRange> textSelection;
    private final IntFunction<List<Annotation>> annotationsAt;
    private Consumer<List<Annotation>> onAnnotationsClicked = list -> { };
    private Consumer<String> onSourceLinkClicked = url -> { };
    private Function<IndexRange, ContextMenu> contextMenuFactory = range -> null;
    private ContextMenu shownContextMenu;

    AreaPointer(StyleClassedTextArea area, Supplier<ArticleDocument> document, Supplier<IndexRange> textSelection,
                IntFunction<List<Annotation>> annotationsAt) {
        this.area = area;
        this.document = document;
        this.textSelection = textSelection;
        this.annotationsAt = annotationsAt;
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::handleClick);
        // A filter, so the menu is ours before RichTextFX's own context-menu handling sees the request.
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::handleContextMenu);
    }

    void setOnAnnotationsClicked(Consumer<List<Annotation>> handler) {
        onAnnotationsClicked = Objects.requireNonNull(handler, "handler");
    }

    void setOnSourceLinkClicked(Consumer<String> handler) {
        onSourceLinkClicked = Objects.requireNonNull(handler, "handler");
    }

    void setContextMenuFactory(Function<IndexRange, ContextMenu> factory) {
        contextMenuFactory = Objects.requireNonNull(factory, "factory");
    }

    private void handleClick(MouseEvent event) {
        ArticleDocument shown = document.get();
        if (shown == null || event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()
                || event.getClickCount() != 1 || area.getSelection().getLength() > 0) {
            return;
        }
        area.hit(event.getX(), event.getY()).getCharacterIndex().ifPresent(areaOffset -> {
            int areaParagraph = area.offsetToPosition(areaOffset, TwoDimensional.Bias.Forward).getMajor();
            if (areaParagraph == shown.sourceLinkParagraph()) {
                onSourceLinkClicked.accept(shown.article().url());
            } else if (areaOffset >= shown.headerLength()) {
                onAnnotationsClicked.accept(annotationsAt.apply(areaOffset - shown.headerLength()));
            }
        });
    }

    private void handleContextMenu(ContextMenuEvent event) {
        ArticleDocument shown = document.get();
        if (shown == null) {
            return;
        }
        IndexRange range = textSelection.get();
        if (range.getLength() == 0) {
            // From the keyboard (menu key, Shift+F10) the caret says where; from the mouse the pointer does.
            int at = event.isKeyboardTrigger() ? area.getCaretPosition() : area.hit(event.getX(), event.getY()).getInsertionIndex();
            int offset = shown.toText(at);
            range = new IndexRange(offset, offset);
        }
        ContextMenu menu = contextMenuFactory.apply(range);
        if (shownContextMenu != null) {
            shownContextMenu.hide();
        }
        shownContextMenu = menu;
        if (menu != null) {
            double x = event.getScreenX();
            double y = event.getScreenY();
            Optional<Bounds> caret = event.isKeyboardTrigger() ? area.getCaretBounds() : Optional.empty();
            if (caret.isPresent()) {
                x = caret.get().getMaxX();
                y = caret.get().getMaxY();
            }
            menu.show(area, x, y);
            event.consume();
        }
    }
}
