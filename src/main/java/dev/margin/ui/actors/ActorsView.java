package dev.margin.ui.actors;

import dev.margin.ui.common.Dialogs;
import dev.margin.domain.read.ActorPage;
import dev.margin.domain.read.ActorSummary;
import dev.margin.domain.read.ReviewRow;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The actors view: the list with counts on the left, the selected actor's page on the right. */
public final class ActorsView extends SplitPane {
    private final ActorsViewModel model;
    private final Messages m;
    private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());
    private final VBox page = new VBox(10);

    public ActorsView(ActorsViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        setId("actorsView");
        getStyleClass().add("actors-view");

        TextField filter = new TextField();
        filter.setId("actorFilter");
        filter.setPromptText(m.get("actors.filterPrompt"));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        ListView<ActorSummary> list = new ListView<>(model.visibleActors());
        list.setId("actorList");
        // Name above, counts below: both stay readable in a narrow list, with no sideways scrolling.
        list.setCellFactory(view -> new ListCell<>() {
            private final Label name = new Label();
            private final Label counts = new Label();
            private final VBox lines = new VBox(1, name, counts);

            {
                name.getStyleClass().add("actor-list-name");
                counts.getStyleClass().add("actor-list-counts");
                lines.setMinWidth(0);
            }

            @Override
            protected void updateItem(ActorSummary actor, boolean empty) {
                super.updateItem(actor, empty);
                setText(null);
                if (empty || actor == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(actor.name());
                counts.setText(m.get("actors.listCounts", actor.quotes(), actor.mentions(), actor.claims()));
                setGraphic(lines);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, actor) -> {
            if (actor != null) {
                model.selectedProperty().set(actor);
            }
        });
        model.selectedProperty().addListener((observable, old, actor) -> {
            if (actor != null && list.getSelectionModel().getSelectedItem() != actor) {
                list.getSelectionModel().select(actor);
            }
        });
        list.setPlaceholder(new Label(m.get("actors.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(6, filter, list);
        left.setPadding(new Insets(10));

        page.setId("actorPage");
        page.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        getItems().addAll(left, scroll);
        setDividerPositions(0.3);
        model.pageProperty().addListener((observable, old, shown) -> showPage(shown));
        showPage(null);
    }

    private void showPage(ActorPage shown) {
        page.getChildren().clear();
        if (shown == null) {
            Label empty = new Label(m.get("actors.choose"));
            empty.getStyleClass().add("empty-state");
            page.getChildren().add(empty);
            return;
        }
        Label name = new Label(shown.actor().name());
        name.setId("actorName");
        name.getStyleClass().add("actor-name");
        Label type = new Label(m.get("actorType." + shown.actor().type().name()));
        type.getStyleClass().add("actor-type");
        Label aliases = new Label(shown.actor().aliases().isEmpty() ? m.get("actors.noAliases")
                : m.get("actors.aliases", String.join(", ", shown.actor().aliases())));
        aliases.setId("actorAliases");
        aliases.setWrapText(true);

        Button rename = new Button(m.get("actors.rename"));
        rename.setId("actorRename");
        rename.setOnAction(event -> ask(m.get("actors.rename"), shown.actor().name(), "actorNameField").ifPresent(model::rename));
        Button editAliases = new Button(m.get("actors.editAliases"));
        editAliases.setId("actorEditAliases");
        editAliases.setOnAction(event -> ask(m.get("actors.editAliases"), String.join(", ", shown.actor().aliases()), "actorAliasesField")
                .ifPresent(model::setAliases));
        Button merge = new Button(m.get("actors.merge"));
        merge.setId("actorMerge");
        merge.setOnAction(event -> new MergeDialog(model, m, getScene().getWindow()).showAndWait());
        HBox buttons = new HBox(8, rename, editAliases, merge);

        page.getChildren().addAll(name, type, aliases, buttons, heading(m.get("actors.roles")), roles(shown.roles()),
                heading(m.get("actors.quotes", shown.quotes().size())), entries("actorQuotes", shown.quotes()),
                heading(m.get("actors.claims", shown.claims().size())), entries("actorClaims", shown.claims()),
                new Label(m.get("actors.mentions", shown.mentions())));
    }

    private Optional<String> ask(String title, String current, String fieldId) {
        TextInputDialog dialog = Dialogs.textInput(getScene().getWindow(), null, title, title, current);
        dialog.getEditor().setId(fieldId);
        return dialog.showAndWait();
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("actor-heading");
        return heading;
    }

    private VBox roles(List<ActorPage.RoleEntry> roles) {
        VBox box = new VBox(4);
        box.setId("actorRoles");
        if (roles.isEmpty()) {
            box.getChildren().add(new Label(m.get("actors.noRoles")));
        }
        for (ActorPage.RoleEntry role : roles) {
            String when = role.asOf() == null ? m.get("actors.undated") : dates.format(role.asOf());
            box.getChildren().add(new Label(role.articleTitle() == null ? m.get("actors.role", role.role(), when)
                    : m.get("actors.roleFrom", role.role(), when, role.articleTitle())));
        }
        return box;
    }

    /** Quotes or claims, each a line: date, article (a link into it at the annotation), the words. */
    private VBox entries(String id, List<ReviewRow> rows) {
        VBox box = new VBox(6);
        box.setId(id);
        if (rows.isEmpty()) {
            box.getChildren().add(new Label(m.get("actors.nothing")));
        }
        for (ReviewRow row : rows) {
            Hyperlink article = new Hyperlink(row.articleTitle().text());
            article.getStyleClass().add("article-link");
            article.setOnAction(event -> model.open(row));
            String when = row.articleDate() == null ? m.get("actors.undated") : dates.format(row.articleDate());
            Label date = new Label(when + (row.outlet().isEmpty() ? "" : " · " + row.outlet()));
            date.getStyleClass().add("entry-date");
            Text words = new Text(Excerpt.quoted(row.text().text(), Excerpt.ON_A_PAGE));
            words.getStyleClass().add("entry-words");
            TextFlow flow = new TextFlow(words);
            if (row.claimStatus() != null) {
                Text status = new Text("  " + m.get("claimStatus." + row.claimStatus().name()));
                status.getStyleClass().addAll("entry-status", "status-" + row.claimStatus().name().toLowerCase(Locale.ROOT));
                flow.getChildren().add(status);
            }
            VBox entry = new VBox(2, new HBox(6, date, article), flow);
            entry.getStyleClass().add("actor-entry");
            box.getChildren().add(entry);
        }
        return box;
    }
}
