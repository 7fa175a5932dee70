package dev.margin.ui.team;

import dev.margin.service.LibraryOpening;
import dev.margin.service.LibraryServices;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Dialogs;
import dev.margin.ui.common.Errors;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.TaskRunner;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * File › Open team library…: server, port, database, user and TLS mode, and a password field used only when
 * ~/.pgpass (or PGPASSFILE) holds none for that server. Open connects in the background while the dialog shows
 * progress; Cancel stops waiting for it. A failure is shown in the dialog, naming the problem, so the field at fault
 * can be corrected and tried again; on success the dialog closes and the window switches to the library. A typed
 * password goes to the server and nowhere else: not into the settings, the address, or a log.
 */
public final class TeamLibraryDialog {
    private final Dialog<ButtonType> dialog;
    private final Messages messages;
    private final TaskRunner tasks;
    private final LibraryOpening opening;
    private final Consumer<OpenedLibrary> opened;
    private final TextField host = field("teamHost");
    private final TextField port = field("teamPort");
    private final TextField database = field("teamDatabase");
    private final TextField user = field("teamUser");
    private final ChoiceBox<String> sslMode = new ChoiceBox<>();
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final Label progress = new Label();
    private final HBox working = new HBox(8);
    private final ButtonType openButton;
    private BackgroundTask<LibraryServices> attempt;

    public TeamLibraryDialog(Window owner, Messages messages, TaskRunner tasks, LibraryOpening opening, TeamAddress initial,
                             Consumer<OpenedLibrary> opened) {
        this.messages = messages;
        this.tasks = tasks;
        this.opening = opening;
        this.opened = opened;
        dialog = Dialogs.dialog(owner, "teamLibraryDialog", messages.get("team.dialog.title"), Dialogs.Size.WINDOW_FORM);
        dialog.setHeaderText(messages.get("team.dialog.header"));
        openButton = new ButtonType(messages.get("team.dialog.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(openButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(openButton).setId("teamOpen");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("teamCancel");
        dialog.getDialogPane().setContent(form());
        fill(initial);
        // Open connects in the background with the dialog still up; Cancel then stops the attempt instead of closing.
        dialog.getDialogPane().lookupButton(openButton).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            openNow();
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION, event -> {
            if (attempt != null) {
                event.consume();
                cancelAttempt();
            }
        });
        dialog.setOnHidden(hidden -> {
            password.clear();
            cancelAttempt();
        });
    }

    private Node form() {
        sslMode.getItems().setAll(TeamAddress.SSL_MODES);
        sslMode.setId("teamSslMode");
        password.setId("teamPassword");
        password.setPromptText(messages.get("team.dialog.passwordPrompt"));
        port.setPrefColumnCount(6);
        port.setMinWidth(Region.USE_PREF_SIZE);
        GridPane grid = new GridPane();
        grid.getColumnConstraints().addAll(new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE, Region.USE_PREF_SIZE),
                grow(), new ColumnConstraints(), new ColumnConstraints());
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("team.dialog.host", host), host, label("team.dialog.port", port), port);
        grid.addRow(row++, label("team.dialog.database", database), database);
        grid.addRow(row++, label("team.dialog.user", user), user);
        grid.addRow(row++, label("team.dialog.sslMode", sslMode), sslMode);
        grid.addRow(row++, label("team.dialog.password", password), password);
        for (Node spanning : new Node[] {database, user, sslMode, password}) {
            GridPane.setColumnSpan(spanning, 3);
        }
        Label hint = new Label(messages.get("team.dialog.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("dialog-hint");
        problem.setId("teamProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("dialog-problem");
        problem.setStyle("-fx-text-fill: -color-danger-fg;");
        // room for three lines kept from the start: the dialog does not grow under a message, so none may run off it
        problem.setMinHeight(60);
        problem.setPrefHeight(60);
        problem.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        problem.setVisible(false);
        spinner.setPrefSize(18, 18);
        progress.setId("teamProgress");
        working.getChildren().setAll(spinner, progress);
        working.setId("teamWorking");
        working.setMinHeight(22);
        working.setVisible(false);
        VBox content = new VBox(12, grid, hint, working, problem);
        content.setPadding(new Insets(4, 12, 0, 12));
        content.setPrefWidth(540);
        return content;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private void fill(TeamAddress initial) {
        host.setText(initial.host());
        port.setText(String.valueOf(initial.port()));
        database.setText(initial.database());
        user.setText(initial.user());
        sslMode.setValue(TeamAddress.SSL_MODES.contains(initial.sslMode()) ? initial.sslMode() : "prefer");
    }

    /** Shows the dialog (it does not wait for it). */
    public void show() {
        dialog.show();
        (host.getText().isBlank() ? host : database.getText().isBlank() ? database : password).requestFocus();
    }

    /** The address the form describes (whatever its state). */
    TeamAddress typed() {
        int number;
        try {
            number = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        return new TeamAddress(host.getText().strip(), number, database.getText().strip(), user.getText().strip(),
                sslMode.getValue() == null ? "prefer" : sslMode.getValue());
    }

    /** Opens the library the form describes, in the background (Open; also used to reopen the last one at start). */
    public void openNow() {
        if (attempt != null) {
            return;
        }
        TeamAddress address = typed();
        if (address.problem().isPresent()) {
            showProblem(address.problem().get());
            return;
        }
        char[] typedPassword = password.getText().isEmpty() ? null : password.getText().toCharArray();
        problem.setVisible(false);
        progress.setText(messages.get("team.dialog.connecting", address.host() + ":" + address.port()));
        setWorking(true);
        BackgroundTask<LibraryServices> task = BackgroundTask.create(context -> {
            LibraryServices services = opening.openTeam(address.address(), () -> typedPassword == null ? null : typedPassword.clone());
            if (typedPassword != null) {
                java.util.Arrays.fill(typedPassword, '\0');
            }
            if (context.cancellation().isCancelled()) {
                services.close();
                throw new CancellationException("Opening " + address.label() + " was cancelled.");
            }
            return services;
        });
        attempt = task;
        task.onSuccess(services -> {
            if (attempt != task) {
                tasks.run(BackgroundTask.create(context -> {
                    services.close(); // cancelled after it connected: let it go
                    return null;
                }));
                return;
            }
            attempt = null;
            setWorking(false);
            dialog.close();
            opened.accept(new OpenedLibrary(services, address));
        }).onFailure(error -> {
            if (attempt != task) {
                return;
            }
            attempt = null;
            setWorking(false);
            showProblem(Errors.describe(error));
            if (Errors.describe(error).contains("password")) {
                password.requestFocus();
            }
        }).onCancelled(cancelled -> { });
        tasks.run(task);
    }

    private void cancelAttempt() {
        if (attempt != null) {
            attempt.cancel();
            attempt = null;
            setWorking(false);
            showProblem(messages.get("team.dialog.cancelled"));
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void setWorking(boolean busy) {
        working.setVisible(busy);
        dialog.getDialogPane().lookupButton(openButton).setDisable(busy);
        for (Node field : new Node[] {host, port, database, user, sslMode, password}) {
            field.setDisable(busy);
        }
    }

    /** The dialog itself (tests, screenshots). */
    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
