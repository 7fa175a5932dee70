package dev.margin.ui;

import dev.margin.ui.annotations.NoteMarkdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads the classes a start needs on a spare core while the main thread starts JavaFX and the FX thread
 * builds the window, so both find most of them already loaded. The names come from
 * {@value #CLASS_LIST}, the classes one start loaded from the class path and the runtime image in the order it
 * loaded them (written by {@code dev.margin.bench.StartupClassList}, docs/perf/startup.md); the installed app's
 * start-up archive is made from the same list ({@link StartupArchive}). It only loads: no static
 * initialiser of a JavaFX class runs off the FX thread; a name no longer on the class path is skipped.
 * {@code -Dmargin.classWarmer=false} turns it off (to write the list, and to measure what it gains).
 */
final class ClassWarmer {
    static final String CLASS_LIST = "startup-classes.txt";
    private static final System.Logger LOG = System.getLogger(ClassWarmer.class.getName());
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ClassWarmer() {
    }

    /** Starts loading on a background thread; later calls do nothing, and so does {@code -Dmargin.classWarmer=false}. */
    static void startInBackground() {
        boolean enabled = Boolean.parseBoolean(System.getProperty("margin.classWarmer", "true"));
        if (enabled && STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(ClassWarmer::load, "margin-class-warmer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void load() {
        loadListedClasses();
        // Plain Java, safe to initialise here: the note preview's Markdown parser.
        NoteMarkdown.warmUp();
    }

    /** Loads, without initialising, every class of the list on the calling thread; returns how many loaded. */
    static int loadListedClasses() {
        ClassLoader loader = ClassWarmer.class.getClassLoader();
        int loaded = 0;
        for (String name : classList()) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "Not preloaded: " + name, e);
            }
        }
        return loaded;
    }

    /** The class names of the list, without blank lines and comments; none when the list is missing. */
    static List<String> classList() {
        try (InputStream in = ClassWarmer.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                LOG.log(System.Logger.Level.WARNING, "No " + CLASS_LIST + " beside " + ClassWarmer.class.getName() + ": nothing is preloaded");
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read " + CLASS_LIST + ": nothing is preloaded", e);
            return List.of();
        }
    }
}
