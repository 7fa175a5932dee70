package dev.margin.ui.team;

import dev.margin.service.LibraryOpening;
import dev.margin.service.LibraryServices;
import dev.margin.ui.common.BackgroundTask;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.Settings;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The File menu's libraries: Open team library…, Open recent (the team libraries opened before, newest first) and
 * Open local library (back to the library file). Remembers, in the settings, the recent addresses and which library
 * was open last, so that the next start reopens it ({@link #reopenLast()}). Addresses hold no password.
 */
public final class TeamLibraryMenus {
    /** The recent team libraries' addresses, newest first, separated by spaces (an address holds none). */
    public static final String RECENT = "team.recent";
    /** The team library open when the window closed; empty (or missing) for the local library. */
    public static final String LAST = "team.last";
    private static final int RECENT_KEPT = 6;

    /**
     * What the menus need.
     *
     * @param current   the team library open now, or null when the local one is
     * @param localFile the local library file (Open local library)
     * @param switchTo  switches the window to a library opened in the background
     */
    public record Dependencies(Stage stage, Messages messages, Settings settings, TaskRunner tasks, StatusViewModel status,
                               LibraryOpening opening, TeamAddress current, Path localFile, Consumer<OpenedLibrary> switchTo) {
    }

    private final Dependencies deps;

    private TeamLibraryMenus(Dependencies deps) {
        this.deps = deps;
    }

    /** Adds the items at the top of the window's File menu (found as the menu holding {@code #menuQuit}). */
    public static TeamLibraryMenus install(MenuBar bar, Dependencies deps) {
        TeamLibraryMenus menus = new TeamLibraryMenus(deps);
        Messages m = deps.messages();
        Menu file = bar.getMenus().stream().filter(menu -> menu.getItems().stream().anyMatch(i -> "menuQuit".equals(i.getId())))
                .findFirst().orElse(bar.getMenus().get(0));
        MenuItem openTeam = item("menuOpenTeam", m.get("menu.file.openTeam"), () -> menus.showDialog(null));
        Menu recent = new Menu(m.get("menu.file.openRecent"));
        recent.setId("menuOpenRecent");
        for (String address : recent(deps.settings())) {
            TeamAddress.parse(address).ifPresent(team -> recent.getItems().add(
                    item("menuRecent" + recent.getItems().size(), team.label(), () -> menus.showDialog(team))));
        }
        recent.setDisable(recent.getItems().isEmpty());
        MenuItem openLocal = item("menuOpenLocal", m.get("menu.file.openLocal"), menus::openLocal);
        openLocal.setDisable(deps.current() == null);
        file.getItems().addAll(0, List.of(openTeam, recent, openLocal, new SeparatorMenuItem()));
        return menus;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** The recent team libraries' addresses, newest first. */
    public static List<String> recent(Settings settings) {
        String kept = settings.get(RECENT, "").strip();
        return kept.isEmpty() ? List.of() : Arrays.asList(kept.split(" +"));
    }

    /** Shows the dialog filled with {@code team}, or with the last one used (or an empty form). */
    public TeamLibraryDialog showDialog(TeamAddress team) {
        TeamAddress initial = team != null ? team : recent(deps.settings()).stream().map(TeamAddress::parse)
                .flatMap(Optional::stream).findFirst()
                .orElse(new TeamAddress("", TeamAddress.DEFAULT_PORT, "", System.getProperty("user.name", ""), "prefer"));
        TeamLibraryDialog dialog = new TeamLibraryDialog(deps.stage(), deps.messages(), deps.tasks(), deps.opening(), initial,
                this::opened);
        dialog.show();
        return dialog;
    }

    /** At start: opens again the team library that was open when the window closed, showing the dialog while it connects. */
    public Optional<TeamLibraryDialog> reopenLast() {
        Optional<TeamAddress> last = TeamAddress.parse(deps.settings().get(LAST, ""));
        last.ifPresent(team -> deps.status().info(deps.messages().get("team.reopening", team.label())));
        return last.map(team -> {
            TeamLibraryDialog dialog = showDialog(team);
            dialog.openNow();
            return dialog;
        });
    }

    private void opened(OpenedLibrary library) {
        remember(deps.settings(), library.team());
        deps.switchTo().accept(library);
    }

    /** Puts {@code team} first among the recent libraries and marks it (or the local library, for null) as the last open. */
    public static void remember(Settings settings, TeamAddress team) {
        if (team == null) {
            settings.put(LAST, "");
        } else {
            List<String> kept = new ArrayList<>(recent(settings));
            kept.remove(team.address());
            kept.add(0, team.address());
            settings.put(RECENT, String.join(" ", kept.subList(0, Math.min(RECENT_KEPT, kept.size()))));
            settings.put(LAST, team.address());
        }
        settings.save();
    }

    private void openLocal() {
        deps.status().info(deps.messages().get("team.openingLocal", deps.localFile()));
        deps.tasks().run(BackgroundTask.<LibraryServices>create(context -> deps.opening().openLocal(deps.localFile()))
                .onSuccess(services -> {
                    remember(deps.settings(), null);
                    deps.switchTo().accept(new OpenedLibrary(services, null));
                })
                .onFailure(error -> deps.status().failed(deps.messages().get("team.openLocal"), error)));
    }
}
