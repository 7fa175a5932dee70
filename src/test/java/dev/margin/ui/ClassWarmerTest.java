package dev.margin.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up class list names classes that exist, so a stale list is noticed here and not as a slower start. */
class ClassWarmerTest {
    @Test
    void everyListedClassIsOnTheClassPath() {
        List<String> names = ClassWarmer.classList();
        assertThat(names).hasSizeGreaterThan(1000).contains("dev.margin.ui.reader.ReaderWindow", "org.fxmisc.richtext.StyleClassedTextArea");
        List<String> missing = names.stream().filter(name -> !loads(name)).toList();
        assertThat(missing)
                .as("classes in %s that no longer exist: regenerate it with dev.margin.bench.StartupClassList", ClassWarmer.CLASS_LIST)
                .isEmpty();
    }

    @Test
    void theListHoldsNoTestOnlyOrGeneratedClasses() {
        assertThat(ClassWarmer.classList())
                .noneMatch(name -> name.startsWith("com.sun.glass.ui.monocle.") || name.startsWith("dev.margin.bench."))
                .noneMatch(name -> name.contains("$$Lambda") || name.contains("/0x"));
    }

    private static boolean loads(String name) {
        try {
            Class.forName(name, false, ClassWarmerTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
