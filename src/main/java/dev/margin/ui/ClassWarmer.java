package dev.margin.ui;

import java.util.List;

/**
 * Loads the classes the window needs on a second core while the FX thread builds the window, so the
 * FX thread finds most of them already loaded and verified. It only loads (no static initialisers run,
 * no node is made), which is safe on any thread; a class that is missing is simply skipped.
 */
final class ClassWarmer {
    private static final System.Logger LOG = System.getLogger(ClassWarmer.class.getName());
    private static final List<String> CLASSES = List.of(
            "org.fxmisc.richtext.StyleClassedTextArea",
            "org.fxmisc.richtext.GenericStyledArea",
            "org.fxmisc.richtext.model.SimpleEditableStyledDocument",
            "org.fxmisc.richtext.model.StyleSpansBuilder",
            "org.fxmisc.flowless.VirtualizedScrollPane",
            "org.fxmisc.flowless.VirtualFlow",
            "org.fxmisc.richtext.ParagraphBox",
            "org.fxmisc.richtext.ParagraphText",
            "org.reactfx.EventStreams",
            "org.reactfx.value.Val",
            "org.controlsfx.control.StatusBar",
            "impl.org.controlsfx.skin.StatusBarSkin",
            "org.controlsfx.control.textfield.TextFields",
            "org.controlsfx.control.textfield.AutoCompletionBinding",
            "org.kordamp.ikonli.javafx.FontIcon",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignF",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignA",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignS",
            "org.kordamp.ikonli.materialdesign2.MaterialDesignM",
            "atlantafx.base.theme.PrimerLight",
            "javafx.scene.control.skin.MenuBarSkin",
            "javafx.scene.control.skin.ToolBarSkin",
            "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.VirtualFlow",
            "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.skin.CheckBoxSkin",
            "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.ProgressBarSkin",
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "com.sun.javafx.scene.control.behavior.TextFieldBehavior",
            "com.sun.javafx.scene.control.behavior.ListViewBehavior",
            "dev.margin.ui.reader.ReaderWindow",
            "dev.margin.ui.reader.ReaderActions",
            "dev.margin.ui.reader.ReaderMenus",
            "dev.margin.ui.library.LibraryView",
            "dev.margin.ui.annotations.AnnotationPanel",
            "dev.margin.ui.annotations.AnnotationEditor",
            "dev.margin.ui.editor.ArticleView",
            "dev.margin.ui.editor.Legend");

    private ClassWarmer() {
    }

    static void startInBackground() {
        Thread thread = new Thread(ClassWarmer::load, "margin-class-warmer");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void load() {
        ClassLoader loader = ClassWarmer.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "Not preloaded: " + name, e);
            }
        }
    }
}
