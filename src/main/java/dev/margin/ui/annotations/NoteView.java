package dev.margin.ui.annotations;

import dev.margin.notes.NoteBlock;
import dev.margin.notes.NoteMarkdown;
import dev.margin.notes.NoteRun;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;
import java.util.function.Consumer;

/**
 * A note drawn from its Markdown: one text flow per block (headings, paragraphs, list items with their
 * bullet or number, code blocks, quoted blocks with a bar beside them), bold, italic and code runs, and links
 * that open in the desktop's browser when clicked. Read-only; the styles live in note-view.css.
 */
public final class NoteView extends VBox {
    private static final double INDENT = 18;

    private final Consumer<String> openLink;
    private final Label empty;

    /** {@code openLink} opens a web or mail address (HostServices' showDocument in the app). */
    public NoteView(Consumer<String> openLink, String emptyText) {
        super(6);
        this.openLink = openLink;
        getStyleClass().add("note-view");
        getStylesheets().add(NoteView.class.getResource("note-view.css").toExternalForm());
        empty = new Label(emptyText);
        empty.getStyleClass().add("note-empty");
        show("");
    }

    /** Draws {@code markdown} in place of what was shown. */
    public void show(String markdown) {
        List<NoteBlock> blocks = NoteMarkdown.blocks(markdown);
        if (blocks.isEmpty()) {
            getChildren().setAll(empty);
            return;
        }
        getChildren().setAll(blocks.stream().map(this::blockNode).toList());
    }

    private Node blockNode(NoteBlock block) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("note-block");
        for (NoteRun run : block.runs()) {
            flow.getChildren().add(run.link() == null ? text(run) : link(run));
        }
        Node node = flow;
        switch (block.kind()) {
            case HEADING -> flow.getStyleClass().addAll("note-heading", "note-heading-" + Math.min(block.level(), 3));
            case PARAGRAPH -> flow.getStyleClass().add("note-paragraph");
            case CODE_BLOCK -> flow.getStyleClass().add("note-code-block");
            case LIST_ITEM -> {
                flow.getStyleClass().add("note-list-item");
                Text marker = new Text(block.marker());
                marker.getStyleClass().addAll("note-text", "note-marker");
                HBox item = new HBox(6, marker, flow);
                HBox.setHgrow(flow, Priority.ALWAYS);
                flow.setMinWidth(0);
                node = item;
            }
        }
        int indent = block.kind() == NoteBlock.Kind.HEADING ? 0 : Math.max(block.level() - 1, 0);
        if (block.kind() == NoteBlock.Kind.PARAGRAPH && block.level() > 0) {
            indent = block.level(); // a list item's later paragraph lines up with the item's text
        }
        VBox.setMargin(node, new Insets(0, 0, 0, indent * INDENT));
        if (block.quoted()) {
            VBox quote = new VBox(node);
            quote.getStyleClass().add("note-quote");
            return quote;
        }
        return node;
    }

    private static Text text(NoteRun run) {
        Text text = new Text(run.text());
        text.getStyleClass().add("note-text");
        if (run.bold()) {
            text.getStyleClass().add("note-bold");
        }
        if (run.italic()) {
            text.getStyleClass().add("note-italic");
        }
        if (run.code()) {
            text.getStyleClass().add("note-code");
        }
        return text;
    }

    private Hyperlink link(NoteRun run) {
        Hyperlink link = new Hyperlink(run.text());
        link.getStyleClass().add("note-link");
        if (run.bold()) {
            link.getStyleClass().add("note-bold");
        }
        if (run.italic()) {
            link.getStyleClass().add("note-italic");
        }
        link.setTooltip(new Tooltip(run.link()));
        link.setOnAction(event -> {
            openLink.accept(run.link());
            link.setVisited(false);
        });
        return link;
    }
}
